import { randomUUID } from "node:crypto";
import type { Identity } from "../../../lib/auth/identity";
import { HubError } from "../../../lib/errors/hub-error";
import type { Logger } from "../../../lib/log/logger";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import { requireText } from "../../../lib/validation/text";
import { actingCentre, maySee } from "../access/centre-scope";
import type { CoverageService } from "../coverage/coverage.service";
import { unitOfCode } from "../input/unit-code";
import type { SerialsClient } from "../peers/serials-client";
import { suspicionOf } from "../status/suspicion";
import { decideClaim, duplicateFinding, type ClaimFacts, type ClaimOutcome } from "./claim-decision";
import { ClaimDecision, ClaimStatus } from "./claim-enums";
import { validatePhotos } from "./claim-input";
import { WarrantyClaim } from "./claim.entity";
import type { ClaimRepository } from "./claim.repository";
import type { ClaimResult, OpenWarrantyClaimInput } from "./claim.types";

export interface ClaimDeps {
  serials: SerialsClient;
  claims: ClaimRepository;
  coverage: CoverageService;
  log: Logger;
}

/**
 * openWarrantyClaim: judges a claim on the unit's coverage, suspicion and claim history,
 * stores it whatever the decision, and reports a repeated claim to serials as a
 * WARRANTY_CLAIM_DUPLICATE anomaly (stored and published like any other).
 */
export class ClaimService {
  constructor(private readonly deps: ClaimDeps) {}

  async open(caller: Identity, input: OpenWarrantyClaimInput): Promise<ClaimResult> {
    const key = unitOfCode(input.code, "input.code");
    const centre = actingCentre(caller, input.serviceCentre, "input.serviceCentre");
    const problem = requireText(input.problem, "input.problem", 2000);
    const photos = validatePhotos(input.photos, "input.photos");
    const { units, verifications } = await this.deps.serials.inspect(caller, [key], [input.code]);
    const assessed = (await this.deps.coverage.assess(caller, [key], units, () => verifications[0])).get(keyString(key));
    if (!assessed) {
      throw new HubError("INTERNAL", "The unit could not be assessed.");
    }
    const now = new Date();
    let prior = await this.deps.claims.forUnits(caller.tenant, [key]);
    const facts = (claims: WarrantyClaim[]): ClaimFacts => ({
      known: assessed.unit !== undefined,
      suspicion: suspicionOf(assessed.unit, verifications[0]),
      coverage: assessed.coverage,
      openClaim: claims.find((claim) => claim.status === ClaimStatus.OPEN) ?? null,
      serviceCentre: centre,
      acceptedClaims: claims.filter((claim) => claim.decision === ClaimDecision.ACCEPTED).length,
      claimLimit: assessed.settings.claimLimit,
    });
    const draft = (outcome: ClaimOutcome): WarrantyClaim =>
      Object.assign(new WarrantyClaim(), {
        tenantId: caller.tenant,
        id: randomUUID(),
        gtin: key.gtin,
        serialNumber: key.serial,
        serviceCentre: centre,
        problem,
        photos,
        ...outcome,
        status: outcome.decision === ClaimDecision.ACCEPTED ? ClaimStatus.OPEN : ClaimStatus.REJECTED,
        openedAt: now,
        closedAt: null,
        resolution: null,
        repairId: null,
        openedBy: caller.sub,
      });
    let claim = draft(decideClaim(facts(prior)));
    if (!(await this.deps.claims.insert(claim))) {
      // Another centre's claim became the open one between our read and our write: decide again.
      prior = await this.deps.claims.forUnits(caller.tenant, [key]);
      claim = draft(decideClaim(facts(prior)));
      await this.deps.claims.insert(claim);
    }
    const flaggedDuplicate = assessed.unit ? await this.reportDuplicate(caller, key, claim, prior, assessed.settings.duplicateClaimWindowDays) : false;
    return { decision: claim.decision, reason: claim.reason, message: claim.message, claim, flaggedDuplicate };
  }

  /** closeWarrantyClaim: a centre closes its own open claims; staff close any. */
  async close(caller: Identity, id: string, resolution: string): Promise<WarrantyClaim> {
    const text = requireText(resolution, "input.resolution", 500);
    const claim = await this.deps.claims.byId(caller.tenant, id);
    if (!claim || !maySee(caller, claim.serviceCentre)) {
      throw new HubError("NOT_FOUND", `No claim ${id}.`, { field: "id" });
    }
    if (!(await this.deps.claims.close(caller.tenant, id, text, null))) {
      throw new HubError("CONFLICT", `Claim ${id} is ${claim.status.toLowerCase()}, not open.`, { field: "id" });
    }
    return (await this.deps.claims.byId(caller.tenant, id)) as WarrantyClaim;
  }

  private async reportDuplicate(caller: Identity, key: SerialKey, claim: WarrantyClaim, prior: WarrantyClaim[], windowDays: number): Promise<boolean> {
    const finding = duplicateFinding(claim.serviceCentre, claim.openedAt, prior, windowDays);
    if (!finding) {
      return false;
    }
    try {
      await this.deps.serials.reportAnomalies(caller, [
        { kind: "WARRANTY_CLAIM_DUPLICATE", ...finding, ...key, dedupeKey: `claim:${claim.id}`, source: claim.serviceCentre, eventIds: [] },
      ]);
    } catch (error) {
      // The claim is stored either way; the anomaly is what a failed report loses, so it is logged loudly.
      this.deps.log.error({ error: (error as Error).message, claim: claim.id }, "Could not report a duplicate claim");
    }
    return true;
  }
}
