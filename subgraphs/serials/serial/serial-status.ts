import { registerEnumType } from "type-graphql";

/** Where a unit is in its life (domain.md §1.5). */
export enum SerialStatus {
  /** Seen in events but never commissioned. */
  UNCOMMISSIONED = "UNCOMMISSIONED",
  ENCODED = "ENCODED",
  ACTIVE = "ACTIVE",
  IN_TRANSIT = "IN_TRANSIT",
  SOLD = "SOLD",
  DISPENSED = "DISPENSED",
  RECALLED = "RECALLED",
  STOLEN = "STOLEN",
  /** Decommissioned: the serial is detached from the object. Terminal. */
  INACTIVE = "INACTIVE",
  /** Terminal. */
  DESTROYED = "DESTROYED",
}

registerEnumType(SerialStatus, { name: "SerialStatus", description: "The lifecycle state of a unit." });
