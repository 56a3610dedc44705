import type { Identity } from "../../../lib/auth/identity";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { keyString } from "../../../lib/serial-key";
import { requireText } from "../../../lib/validation/text";
import type { CoverageService } from "../coverage/coverage.service";
import { warrantyOf } from "../coverage/warranty-view";
import { optionalCountry, optionalText, unitOfCode } from "../input/unit-code";
import type { SerialsClient } from "../peers/serials-client";
import { derivedUuid, matchesOrder, saleEvent } from "../peers/warranty-events";
import { SaleRecord } from "./sale.entity";
import type { SaleRepository } from "./sale.repository";
import type { RegisteredSale, RegisterSaleInput } from "./sale.types";
import { saleView } from "./sale-view";

/** A sale may be registered a little ahead of the server clock (tills drift), never further. */
const CLOCK_SKEW_MS = 5 * 60_000;
const OFFSET = /^([+-])(0\d|1[0-4]):([0-5]\d)$/;

export interface SaleDeps {
  serials: SerialsClient;
  sales: SaleRepository;
  coverage: CoverageService;
}

/**
 * registerSale: records the sale as a retail_selling event in the unit's history (so the
 * unit is SOLD there and the rules see it) and keeps what the event does not carry. The
 * event id is derived from the unit and order, so registering twice records one sale.
 */
export class SaleService {
  constructor(private readonly deps: SaleDeps) {}

  async register(caller: Identity, input: RegisterSaleInput): Promise<RegisteredSale> {
    const key = unitOfCode(input.code, "input.code");
    if (!(input.soldAt instanceof Date) || Number.isNaN(input.soldAt.getTime()) || input.soldAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw badInput("input.soldAt must not be in the future.", { field: "input.soldAt" });
    }
    const offset = input.timeZoneOffset ?? "+00:00";
    if (!OFFSET.test(offset)) {
      throw badInput(`input.timeZoneOffset "${offset}" must look like +01:00 (from -14:00 to +14:00).`, { field: "input.timeZoneOffset" });
    }
    const channel = requireText(input.channel, "input.channel", 64);
    const orderRef = requireText(input.orderRef, "input.orderRef", 100);
    const customerRef = optionalText(input.customerRef, "input.customerRef", 100);
    const country = optionalCountry(input.country, "input.country");

    const unit = (await this.deps.serials.inspect(caller, [key])).units.get(keyString(key));
    if (!unit) {
      throw new HubError("NOT_FOUND", `No unit ${key.serial} of GTIN ${key.gtin} is on record: commission it before selling it.`, { field: "input.code" });
    }
    const derived = `urn:uuid:${derivedUuid(caller.tenant, key.gtin, key.serial, orderRef)}`;
    const recorded = unit.sales.find((sale) => sale.eventId === derived || sale.transactions.some((transaction) => matchesOrder(transaction, orderRef)));
    if (!recorded) {
      if (unit.status === "SOLD") {
        const last = unit.sales.at(-1);
        throw new HubError("CONFLICT", `The unit is already sold${last ? ` (${last.eventTime.toISOString().slice(0, 10)})` : ""}; a resale needs a return first.`, {
          field: "input.code",
        });
      }
      await this.deps.serials.capture(caller, [saleEvent(key, derived.slice("urn:uuid:".length), input.soldAt, offset, orderRef)]);
    }
    const record = Object.assign(new SaleRecord(), {
      tenantId: caller.tenant,
      id: derivedUuid(caller.tenant, recorded?.eventId ?? derived),
      gtin: key.gtin,
      serialNumber: key.serial,
      eventId: recorded?.eventId ?? derived,
      soldAt: recorded?.eventTime ?? input.soldAt,
      timeZoneOffset: recorded?.timeZoneOffset ?? offset,
      channel,
      orderRef,
      customerRef,
      country: country ?? recorded?.country ?? null,
      registeredBy: caller.sub,
    });
    await this.deps.sales.insert(record);
    const after = (await this.deps.serials.inspect(caller, [key])).units;
    const assessed = (await this.deps.coverage.assess(caller, [key], after)).get(keyString(key));
    const event = after.get(keyString(key))?.sales.find((sale) => sale.eventId === record.eventId);
    const stored = (await this.deps.sales.forEvents(caller.tenant, [record.eventId]))[0] ?? record;
    return {
      sale: saleView(event ?? { eventId: record.eventId, eventTime: record.soldAt, timeZoneOffset: record.timeZoneOffset, country: null, transactions: [] }, stored),
      warranty: assessed ? warrantyOf(assessed) : null,
    };
  }
}
