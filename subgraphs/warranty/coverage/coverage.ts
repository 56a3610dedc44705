import { WarrantyStart } from "../settings/warranty-settings";
import { addMonths, daysBetween } from "./calendar";
import { CoverageStatus } from "./coverage-status";

/** Everything a unit's coverage depends on; dates are ISO calendar dates. */
export interface CoverageFacts {
  /** Serials has a record of the unit. */
  unitKnown: boolean;
  /** The product's warranty months; null when the GTIN is not one of the tenant's products. */
  warrantyMonths: number | null;
  startsFrom: WarrantyStart;
  /** Local date of the first standing retail sale. */
  firstSale: string | null;
  /** Local date of the first standing shipment. */
  firstShipment: string | null;
  /** Months added by extendWarranty, summed. */
  extensionMonths: number;
  /** Why policy voids it (stolen, destroyed, not genuine), or null. */
  voidReason: string | null;
  today: string;
}

export interface Coverage {
  status: CoverageStatus;
  /** Why it is not ACTIVE (or null when it is). */
  reason: string | null;
  basis: WarrantyStart | null;
  /** First day covered. */
  startsOn: string | null;
  /** Last day covered, inclusive. */
  endsOn: string | null;
  /** Covered days left, today included; 0 unless ACTIVE. */
  remainingDays: number;
  /** Product months plus extensions. */
  months: number;
}

function start(facts: CoverageFacts): { basis: WarrantyStart; date: string } | null {
  if (facts.startsFrom === WarrantyStart.SHIPMENT && facts.firstShipment) {
    return { basis: WarrantyStart.SHIPMENT, date: facts.firstShipment };
  }
  return facts.firstSale ? { basis: WarrantyStart.SALE, date: facts.firstSale } : null;
}

/**
 * A unit's coverage. It ends on the same day of the month `months` later (month ends clamp:
 * Jan 31 + 1 month ends Feb 28/29), counted from the start each time, so extensions never
 * compound a clamp (Jan 31 + 1 + 1 ends Mar 31, not Mar 28). The end day is covered.
 */
export function computeCoverage(facts: CoverageFacts): Coverage {
  const months = (facts.warrantyMonths ?? 0) + facts.extensionMonths;
  const begun = start(facts);
  const startsOn = begun?.date ?? null;
  const endsOn = begun && months > 0 ? addMonths(begun.date, months) : null;
  const dates = { basis: begun?.basis ?? null, startsOn, endsOn, months };
  if (facts.voidReason) {
    return { ...dates, status: CoverageStatus.VOID, reason: facts.voidReason, remainingDays: 0 };
  }
  if (!facts.unitKnown) {
    return { ...dates, status: CoverageStatus.NOT_REGISTERED, reason: "No unit with this GTIN and serial is on record.", remainingDays: 0 };
  }
  if (facts.warrantyMonths === null) {
    return { ...dates, status: CoverageStatus.NOT_REGISTERED, reason: "The GTIN is not one of your products.", remainingDays: 0 };
  }
  if (!begun) {
    const awaited = facts.startsFrom === WarrantyStart.SHIPMENT ? "shipment or sale" : "sale";
    return { ...dates, status: CoverageStatus.NOT_REGISTERED, reason: `No ${awaited} of this unit is on record.`, remainingDays: 0 };
  }
  if (months === 0 || !endsOn) {
    return { ...dates, status: CoverageStatus.NOT_REGISTERED, reason: "The product carries no warranty.", remainingDays: 0 };
  }
  if (facts.today > endsOn) {
    return { ...dates, status: CoverageStatus.EXPIRED, reason: `Coverage ended on ${endsOn}.`, remainingDays: 0 };
  }
  const remainingDays = daysBetween(facts.today < begun.date ? begun.date : facts.today, endsOn) + 1;
  return { ...dates, status: CoverageStatus.ACTIVE, reason: null, remainingDays };
}
