import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { SerialRole } from "../../../lib/epcis/normalise";
import type { SerialKey } from "../../../lib/serial-key";
import { SerialRangeInput } from "../event/serial-event-filter.input";
import { SerialEvent } from "../event/serial-event.entity";

/** Owned by the recalls subgraph: here only its key, so an alert can point at it. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Recall {
  @Field(() => ID)
  id!: string;
}

/** What an event did to a recalled unit. */
export enum RecallTrigger {
  SHIPPED = "SHIPPED",
  RECEIVED = "RECEIVED",
  SOLD = "SOLD",
  /** A consumer's or inspector's verification scan. */
  SCANNED = "SCANNED",
  RETURNED = "RETURNED",
}

registerEnumType(RecallTrigger, { name: "RecallTrigger", description: "What an event did to a recalled or watched unit." });

@InputType({
  description:
    "Which alerts to receive. recallId: units of that recall. gtin: units of the product under any open recall. " +
    "serialRange (with or without gtin): a watch list, every alert for those units, even before any recall covers them (recall is then null).",
})
export class RecallAlertFilter {
  @Field(() => ID, { nullable: true })
  recallId?: string | null;

  @Field(() => String, { nullable: true, description: "GTIN-8, -12, -13 or -14." })
  gtin?: string | null;

  @Field(() => SerialRangeInput, { nullable: true })
  serialRange?: SerialRangeInput | null;
}

@ObjectType({ description: "A recalled (or watched) unit was shipped, received, sold, scanned or returned." })
export class RecallAlert {
  /** The unit; the `serial` field resolves it with its current state. */
  key!: SerialKey;

  /** The open recall covering the unit; null for a watched unit no open recall covers. */
  recallId!: string | null;

  @Field(() => SerialEvent)
  event!: SerialEvent;

  @Field(() => RecallTrigger)
  trigger!: RecallTrigger;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country where it happened: the event's, else the unit's last known." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "How the event names the unit: epc, child, carried (inside a moved container), …" })
  role!: SerialRole | null;

  /** Every unit of the same pub/sub message (one shared array), so their states load in one query. */
  batch!: readonly SerialKey[];

  /** First alert of its message: subscriptions renew their loaders there. */
  opensBatch!: boolean;
}
