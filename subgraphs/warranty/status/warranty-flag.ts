import { registerEnumType } from "type-graphql";

/** What a service centre should know at the counter, beyond coverage. */
export enum WarrantyFlag {
  /** The scanned code does not verify: a copy, or a mistyped code. */
  NOT_GENUINE = "NOT_GENUINE",
  STOLEN = "STOLEN",
  /** Open anomalies of severity ALERT or above: claims are rejected until they are triaged. */
  SUSPECT = "SUSPECT",
  /** Open anomalies of any severity. */
  HAS_ANOMALIES = "HAS_ANOMALIES",
  /** An open recall covers the unit, or its history has it recalled. */
  RECALLED = "RECALLED",
  /** A warranty claim on the unit is open (at any centre). */
  OPEN_CLAIM = "OPEN_CLAIM",
  /** Repairs swapped serialised parts of this unit. */
  PART_SWAPS = "PART_SWAPS",
  /** The unit is itself a part, installed in another unit. */
  INSTALLED_AS_PART = "INSTALLED_AS_PART",
  RETURNED = "RETURNED",
}

registerEnumType(WarrantyFlag, { name: "WarrantyFlag" });
