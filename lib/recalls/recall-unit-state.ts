/**
 * Where an affected unit stands in a recall, for progress: derived by the serials service
 * from the unit's status (see subgraphs/serials/recall/unit-state.ts), shown by the recalls
 * service. One list, so both agree on the names.
 */
export const RECALL_UNIT_STATES = ["NOT_YET_SHIPPED", "IN_CHANNEL", "SOLD", "RETURNED", "DESTROYED", "UNKNOWN"] as const;

export type RecallUnitStateName = (typeof RECALL_UNIT_STATES)[number];

/** The ways of counting an affected set, as the serials service groups them. */
export type ImpactDimension = "status" | "state" | "country" | "lot" | "custodian";

/** Largest explicit serial list of one recall (inline and uploaded lists together). */
export const MAX_LISTED_SERIALS = 1_000_000;
