import { registerEnumType } from "type-graphql";

export enum CoverageStatus {
  ACTIVE = "ACTIVE",
  EXPIRED = "EXPIRED",
  /** No sale (or, for SHIPMENT terms, no shipment) is on record, or the product carries no warranty. */
  NOT_REGISTERED = "NOT_REGISTERED",
  /** Voided by policy: the unit was reported stolen or destroyed, or the code is not genuine. */
  VOID = "VOID",
}

registerEnumType(CoverageStatus, { name: "WarrantyCoverageStatus" });
