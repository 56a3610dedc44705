import { registerEnumType } from "type-graphql";

/** Health-hazard classes as regulators use them (FDA class I–III, EU serious/other risk). */
export enum RecallSeverity {
  /** Serious harm or death is reasonably probable. */
  CLASS_I = "CLASS_I",
  /** Temporary or reversible harm; serious harm unlikely. */
  CLASS_II = "CLASS_II",
  /** Harm unlikely; a quality or labelling defect. */
  CLASS_III = "CLASS_III",
}

registerEnumType(RecallSeverity, { name: "RecallSeverity" });
