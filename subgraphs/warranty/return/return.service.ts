import { randomUUID } from "node:crypto";
import type { Identity } from "../../../lib/auth/identity";
import { keyString } from "../../../lib/serial-key";
import { requireText } from "../../../lib/validation/text";
import { ClaimStatus } from "../claim/claim-enums";
import type { ClaimRepository } from "../claim/claim.repository";
import { optionalCountry, unitOfCode } from "../input/unit-code";
import type { SerialsClient } from "../peers/serials-client";
import { isGenuine } from "../peers/unit-facts";
import { returnEvent } from "../peers/warranty-events";
import type { SaleRepository } from "../sale/sale.repository";
import { suspicionOf } from "../status/suspicion";
import { ReturnCheck } from "./return-check.entity";
import { decideReturn } from "./return-decision";
import { ReturnVerdict } from "./return-enums";
import type { ReturnRepository } from "./return.repository";
import type { CheckReturnInput, ReturnDecision } from "./return.types";

export interface ReturnDeps {
  serials: SerialsClient;
  sales: SaleRepository;
  claims: ClaimRepository;
  returns: ReturnRepository;
}

/**
 * checkReturn: matches a returned unit to its sale and decides ACCEPT / REVIEW / REJECT.
 * Every check is kept; an accepted one takes the unit back in its history (receiving,
 * returned, under an RMA) in the same transaction, so a unit cannot be refunded twice.
 */
export class ReturnService {
  constructor(private readonly deps: ReturnDeps) {}

  async check(caller: Identity, input: CheckReturnInput): Promise<ReturnDecision> {
    const key = unitOfCode(input.code, "input.code");
    const orderRef = requireText(input.orderRef, "input.orderRef", 100);
    const channel = requireText(input.channel, "input.channel", 64);
    const country = optionalCountry(input.country, "input.country");
    const [{ units, verifications }, claims, accepted] = await Promise.all([
      this.deps.serials.inspect(caller, [key], [input.code]),
      this.deps.claims.forUnits(caller.tenant, [key]),
      this.deps.returns.acceptedFor(caller.tenant, key),
    ]);
    const unit = units.get(keyString(key));
    const registrations = new Map((await this.deps.sales.forEvents(caller.tenant, unit?.sales.map((sale) => sale.eventId) ?? [])).map((sale) => [sale.eventId, sale]));
    const outcome = decideReturn({
      genuine: isGenuine(verifications[0]),
      status: unit?.status ?? null,
      sales: (unit?.sales ?? []).map((sale) => ({ ...sale, country: sale.country ?? registrations.get(sale.eventId)?.country ?? null })),
      orderRef,
      country,
      lastAcceptedReturn: accepted.at(-1)?.checkedAt ?? null,
      openClaim: claims.some((claim) => claim.status === ClaimStatus.OPEN),
      flagged: suspicionOf(unit),
    });
    const id = randomUUID();
    const now = new Date();
    const eventId = outcome.decision === ReturnVerdict.ACCEPT ? randomUUID() : null;
    const check = Object.assign(new ReturnCheck(), {
      tenantId: caller.tenant,
      id,
      gtin: key.gtin,
      serialNumber: key.serial,
      orderRef,
      channel,
      country,
      decision: outcome.decision,
      reasons: outcome.reasons,
      eventId: eventId ? `urn:uuid:${eventId}` : null,
      checkedAt: now,
      checkedBy: caller.sub,
    });
    await this.deps.returns.record(check, async () => {
      if (eventId) {
        await this.deps.serials.capture(caller, [returnEvent(key, eventId, now, orderRef, id)]);
      }
    });
    return { id, decision: outcome.decision, reasons: outcome.messages, reasonCodes: outcome.reasons, eventId: check.eventId };
  }
}
