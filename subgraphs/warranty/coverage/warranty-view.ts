import type { AssessedUnit } from "./coverage.service";
import { Warranty } from "./warranty.type";

/** The Warranty object of an assessed unit; null when nothing has started its clock. */
export function warrantyOf({ key, coverage }: AssessedUnit): Warranty | null {
  if (coverage.startsOn === null || coverage.endsOn === null || coverage.basis === null) {
    return null;
  }
  return Object.assign(new Warranty(), {
    key,
    startsOn: coverage.startsOn,
    endsOn: coverage.endsOn,
    status: coverage.status,
    reason: coverage.reason,
    remainingDays: coverage.remainingDays,
    basis: coverage.basis,
  });
}
