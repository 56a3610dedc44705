import { registerEnumType } from "type-graphql";

export enum CoverageStatus {
  ACTIVE = "ACTIVE",
  EXPIRED = "EXPIRED",
  VOID = "VOID",
}

registerEnumType(CoverageStatus, { name: "WarrantyCoverageStatus" });
