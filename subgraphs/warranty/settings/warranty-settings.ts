import { registerEnumType } from "type-graphql";

/** What starts a unit's warranty clock. */
export enum WarrantyStart {
  /** The first retail sale (registerSale, or a retail_selling event from any source). */
  SALE = "SALE",
  /** The first shipment of the unit (B2B terms); a unit sold without a recorded shipment starts at its sale. */
  SHIPMENT = "SHIPMENT",
}

/** What a repair does with a part that is unknown, does not verify, or is on record in another unit. */
export enum SuspectPartPolicy {
  /** The repair is refused and nothing is recorded in the unit's history. */
  REFUSE = "REFUSE",
  /** The repair is recorded, with flags; the anomaly is raised either way. */
  ACCEPT_WITH_FLAG = "ACCEPT_WITH_FLAG",
}

registerEnumType(WarrantyStart, { name: "WarrantyStart" });
registerEnumType(SuspectPartPolicy, { name: "SuspectPartPolicy" });

/** The tenant's warranty policy; a product may override any value. */
export interface WarrantySettings {
  startsFrom: WarrantyStart;
  /** Accepted claims a unit may have over its life; the next is rejected with CLAIM_LIMIT. */
  claimLimit: number;
  /** Claims for one unit at different centres within this many days raise WARRANTY_CLAIM_DUPLICATE. */
  duplicateClaimWindowDays: number;
  suspectPartPolicy: SuspectPartPolicy;
}

export const DEFAULT_WARRANTY_SETTINGS: Readonly<WarrantySettings> = Object.freeze({
  startsFrom: WarrantyStart.SALE,
  claimLimit: 3,
  duplicateClaimWindowDays: 30,
  suspectPartPolicy: SuspectPartPolicy.REFUSE,
});

/** Inclusive bounds of the numeric settings. */
export const SETTING_BOUNDS: Record<"claimLimit" | "duplicateClaimWindowDays", [number, number]> = {
  claimLimit: [1, 100],
  duplicateClaimWindowDays: [1, 365],
};

/** A product override on top of the tenant default on top of the defaults above. */
export function effectiveWarrantySettings(tenant?: Partial<WarrantySettings> | null, product?: Partial<WarrantySettings> | null): WarrantySettings {
  const defined = (part?: Partial<WarrantySettings> | null) =>
    Object.fromEntries(Object.entries(part ?? {}).filter(([, value]) => value !== null && value !== undefined));
  return { ...DEFAULT_WARRANTY_SETTINGS, ...defined(tenant), ...defined(product) } as WarrantySettings;
}
