import type { Identity } from "../../../lib/auth/identity";
import { HubError } from "../../../lib/errors/hub-error";
import type { Logger } from "../../../lib/log/logger";
import { keyString } from "../../../lib/serial-key";
import { centreOf, maySee } from "../access/centre-scope";
import { ClaimStatus } from "../claim/claim-enums";
import type { ClaimRepository } from "../claim/claim.repository";
import type { CoverageService } from "../coverage/coverage.service";
import { unitOfCode } from "../input/unit-code";
import type { RecallsClient, UnitOnRecord } from "../peers/recalls-client";
import type { SerialsClient } from "../peers/serials-client";
import { isGenuine, isRecalled, type CodeVerification, type UnitFacts } from "../peers/unit-facts";
import type { WarrantyRepair } from "../repair/repair.entity";
import type { RepairRepository } from "../repair/repair.repository";
import type { SaleRepository } from "../sale/sale.repository";
import { saleView } from "../sale/sale-view";
import { WarrantyFlag } from "./warranty-flag";
import { WarrantyStatus } from "./warranty-status.type";

export interface StatusDeps {
  serials: SerialsClient;
  recalls: RecallsClient;
  coverage: CoverageService;
  claims: ClaimRepository;
  repairs: RepairRepository;
  sales: SaleRepository;
  log: Logger;
}

interface FlagFacts {
  unit: UnitFacts | undefined;
  verification: CodeVerification;
  openRecalls: number;
  openClaim: boolean;
  repairs: WarrantyRepair[];
}

function flagsOf({ unit, verification, openRecalls, openClaim, repairs }: FlagFacts): WarrantyFlag[] {
  const flags: [boolean, WarrantyFlag][] = [
    [!isGenuine(verification), WarrantyFlag.NOT_GENUINE],
    [unit?.status === "STOLEN", WarrantyFlag.STOLEN],
    [(unit?.suspectAnomalies ?? 0) > 0, WarrantyFlag.SUSPECT],
    [(unit?.openAnomalies ?? 0) > 0, WarrantyFlag.HAS_ANOMALIES],
    [openRecalls > 0 || isRecalled(verification) || unit?.status === "RECALLED", WarrantyFlag.RECALLED],
    [openClaim, WarrantyFlag.OPEN_CLAIM],
    [repairs.some((repair) => repair.accepted && repair.parts.length > 0), WarrantyFlag.PART_SWAPS],
    [unit?.installedIn != null, WarrantyFlag.INSTALLED_AS_PART],
    [unit?.status === "RETURNED", WarrantyFlag.RETURNED],
  ];
  return flags.filter(([on]) => on).map(([, flag]) => flag);
}

/**
 * warrantyStatus: one scanned code, every answer a counter needs. Serials answers the unit,
 * its sales and the verification in one call; products, recalls and warranty's own tables
 * in parallel; the gateway resolves `serial`, `product` and `openRecalls` further.
 */
export class WarrantyStatusService {
  constructor(private readonly deps: StatusDeps) {}

  async status(caller: Identity, code: string): Promise<WarrantyStatus> {
    const key = unitOfCode(code, "code");
    const [{ units, verifications }, claims, repairs] = await Promise.all([
      this.deps.serials.inspect(caller, [key], [code]),
      this.deps.claims.forUnits(caller.tenant, [key]),
      this.deps.repairs.forUnits(caller.tenant, [key]),
    ]);
    const verification = verifications[0];
    const unit = units.get(keyString(key));
    const staff = centreOf(caller) === null;
    const [assessed, openRecalls, registrations] = await Promise.all([
      this.deps.coverage.assess(caller, [key], units, () => verification),
      unit ? this.openRecalls(caller, unit) : Promise.resolve([]),
      staff && unit ? this.deps.sales.forEvents(caller.tenant, unit.sales.map((sale) => sale.eventId)) : Promise.resolve([]),
    ]);
    const computed = assessed.get(keyString(key));
    if (!computed) {
      throw new HubError("INTERNAL", "The unit could not be assessed.");
    }
    const { coverage } = computed;
    const byEvent = new Map(registrations.map((sale) => [sale.eventId, sale]));
    return Object.assign(new WarrantyStatus(), {
      gtin: key.gtin,
      serialNumber: key.serial,
      serial: unit ? { gtin: key.gtin, serial: key.serial } : null,
      product: computed.terms ? { gtin: key.gtin } : null,
      genuine: isGenuine(verification),
      verificationFailure: verification.failureReason,
      coverage: coverage.status,
      coverageReason: coverage.reason,
      startsAt: coverage.startsOn,
      endsAt: coverage.endsOn,
      remainingDays: coverage.remainingDays,
      basis: coverage.basis,
      months: coverage.months,
      soldAt: unit?.sales[0]?.eventTime ?? null,
      sales: staff && unit ? unit.sales.map((sale) => saleView(sale, byEvent.get(sale.eventId))) : [],
      extensions: computed.extensions,
      claims: claims.filter((claim) => maySee(caller, claim.serviceCentre)),
      repairs: repairs.filter((repair) => maySee(caller, repair.serviceCentre)),
      openRecalls: openRecalls.map((id) => ({ id })),
      flags: flagsOf({ unit, verification, openRecalls: openRecalls.length, openClaim: claims.some((claim) => claim.status === ClaimStatus.OPEN), repairs }),
    });
  }

  private async openRecalls(caller: Identity, unit: UnitOnRecord): Promise<string[]> {
    try {
      return (await this.deps.recalls.openRecalls(caller, [unit])).get(keyString(unit)) ?? [];
    } catch (error) {
      // verify (serials) also asks recalls, so RECALLED still shows in flags; only the list goes missing.
      this.deps.log.warn({ error: (error as Error).message }, "Could not ask the recalls service");
      return [];
    }
  }
}
