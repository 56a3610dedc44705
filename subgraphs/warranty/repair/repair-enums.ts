import { registerEnumType } from "type-graphql";

/** What is wrong with a part offered in a repair. */
export enum PartProblem {
  /** The code names no unit the hub knows (a GTIN nobody owns, or a serial never issued). */
  UNKNOWN = "UNKNOWN",
  /** The code names a real unit but does not verify (forged signature, wrong lot or expiry). */
  NOT_GENUINE = "NOT_GENUINE",
  /** On record as installed in another unit. */
  ALREADY_INSTALLED = "ALREADY_INSTALLED",
  /** Under an open recall, or recalled in its history. Always refused, whatever the policy. */
  RECALLED = "RECALLED",
}

registerEnumType(PartProblem, { name: "PartProblem" });

/** A part as stored with its repair. */
export interface StoredPart {
  removed: { gtin: string; serial: string } | null;
  installed: { gtin: string; serial: string };
  problems: PartProblem[];
  /** Where the installed part was on record before this repair, when elsewhere. */
  previouslyIn: { gtin: string; serial: string } | null;
}
