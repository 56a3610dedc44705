import { registerEnumType } from "type-graphql";

export enum ReturnVerdict {
  ACCEPT = "ACCEPT",
  REVIEW = "REVIEW",
  REJECT = "REJECT",
}

/** Why a return is not simply accepted; each reason carries the decision it leads to. */
export enum ReturnReason {
  NOT_GENUINE = "NOT_GENUINE",
  NOT_SOLD = "NOT_SOLD",
  NOT_IN_ORDER = "NOT_IN_ORDER",
  ALREADY_RETURNED = "ALREADY_RETURNED",
  SOLD_IN_OTHER_MARKET = "SOLD_IN_OTHER_MARKET",
  OPEN_WARRANTY_CLAIM = "OPEN_WARRANTY_CLAIM",
  UNIT_FLAGGED = "UNIT_FLAGGED",
}

registerEnumType(ReturnVerdict, { name: "ReturnVerdict" });
registerEnumType(ReturnReason, { name: "ReturnReason" });
