import { registerEnumType } from "type-graphql";

export enum RecallStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}

registerEnumType(RecallStatus, { name: "RecallStatus" });
