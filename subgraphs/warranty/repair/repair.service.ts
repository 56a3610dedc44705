import { randomUUID } from "node:crypto";
import type { Identity } from "../../../lib/auth/identity";
import { HubError } from "../../../lib/errors/hub-error";
import type { Logger } from "../../../lib/log/logger";
import { keyString } from "../../../lib/serial-key";
import { actingCentre } from "../access/centre-scope";
import { ClaimStatus } from "../claim/claim-enums";
import type { ClaimRepository } from "../claim/claim.repository";
import type { SerialsClient } from "../peers/serials-client";
import { partsEvent } from "../peers/warranty-events";
import type { WarrantySettingsRepository } from "../settings/settings.repository";
import { DEFAULT_WARRANTY_SETTINGS } from "../settings/warranty-settings";
import { checkParts, type PartCheck } from "./part-check";
import { parseRepairInput } from "./repair-input";
import { WarrantyRepair } from "./repair.entity";
import type { RepairRepository } from "./repair.repository";
import type { LogRepairInput, RepairResult } from "./repair.types";

export interface RepairDeps {
  serials: SerialsClient;
  repairs: RepairRepository;
  claims: ClaimRepository;
  settings: WarrantySettingsRepository;
  log: Logger;
}

/**
 * logRepair: verifies every installed part through serials, applies the tenant's part
 * policy, records the swaps as AssociationEvents in the unit's history (so Serial.components
 * and Serial.installedIn follow them), closes the centre's open claim, and reports suspect
 * parts as anomalies. A refused repair is kept with its flags and records no events.
 */
export class RepairService {
  constructor(private readonly deps: RepairDeps) {}

  async log(caller: Identity, input: LogRepairInput): Promise<RepairResult> {
    const centre = actingCentre(caller, input.serviceCentre, "input.serviceCentre");
    const { unit, actions, swaps } = parseRepairInput(input);
    const parts = swaps.flatMap((swap) => [swap.installed, ...(swap.removed ? [swap.removed] : [])]);
    const [{ units, verifications }, settings, claims] = await Promise.all([
      this.deps.serials.inspect(caller, [unit, ...parts], swaps.map((swap) => swap.installedCode)),
      this.deps.settings.forGtins(caller.tenant, [unit.gtin]),
      this.deps.claims.forUnits(caller.tenant, [unit]),
    ]);
    if (!units.has(keyString(unit))) {
      throw new HubError("NOT_FOUND", `No unit ${unit.serial} of GTIN ${unit.gtin} is on record.`, { field: "input.code" });
    }
    const policy = (settings.get(unit.gtin) ?? DEFAULT_WARRANTY_SETTINGS).suspectPartPolicy;
    const check = checkParts(
      unit,
      swaps.map((swap, index) => ({
        removed: swap.removed,
        installed: swap.installed,
        verification: verifications[index],
        installedIn: units.get(keyString(swap.installed))?.installedIn ?? null,
        removedFrom: swap.removed ? (units.get(keyString(swap.removed))?.installedIn ?? null) : null,
      })),
      policy,
    );
    const repairId = randomUUID();
    const at = new Date();
    const events = check.accepted
      ? [
          ...(check.toRemove.length > 0 ? [partsEvent("DELETE", unit, check.toRemove, randomUUID(), at, repairId)] : []),
          // A millisecond later, so the history orders the removal before the installation.
          ...(check.toInstall.length > 0 ? [partsEvent("ADD", unit, check.toInstall, randomUUID(), new Date(at.getTime() + 1), repairId)] : []),
        ]
      : [];
    const openClaim = claims.find((claim) => claim.status === ClaimStatus.OPEN && claim.serviceCentre === centre) ?? null;
    const claimId = check.accepted ? (openClaim?.id ?? null) : null;
    const repair = Object.assign(new WarrantyRepair(), {
      tenantId: caller.tenant,
      id: repairId,
      gtin: unit.gtin,
      serialNumber: unit.serial,
      serviceCentre: centre,
      actions,
      accepted: check.accepted,
      flags: check.flags,
      parts: check.parts,
      eventIds: events.map((event) => event.eventID as string),
      claimId,
      repairedAt: at,
      loggedBy: caller.sub,
    });
    const closed = await this.deps.repairs.record(repair, async (manager) => {
      const closedClaim = claimId ? await this.deps.claims.close(caller.tenant, claimId, `Repaired (repair ${repairId}).`, repairId, manager) : false;
      await this.deps.serials.capture(caller, events);
      return closedClaim;
    });
    await this.report(caller, repairId, centre, check.reports, repair.eventIds);
    return {
      repair,
      accepted: check.accepted,
      flags: check.flags,
      message: check.message,
      closedClaim: closed && claimId ? await this.deps.claims.byId(caller.tenant, claimId) : null,
    };
  }

  private async report(caller: Identity, repairId: string, centre: string, reports: PartCheck["reports"], eventIds: string[]): Promise<void> {
    try {
      await this.deps.serials.reportAnomalies(
        caller,
        reports.map((report) => ({ ...report, dedupeKey: `repair:${repairId}:${report.gtin}:${report.serial}`, source: centre, eventIds })),
      );
    } catch (error) {
      // The repair is stored either way; the anomaly is what a failed report loses, so it is logged loudly.
      this.deps.log.error({ error: (error as Error).message, repair: repairId }, "Could not report suspect parts");
    }
  }
}
