import { Field, ObjectType } from "type-graphql";
import type { SerialRole } from "../../../lib/epcis/normalise";
import type { SerialKey } from "../../../lib/serial-key";
import { SerialEvent } from "./serial-event.entity";

@ObjectType({ description: "A newly captured event, once for each unit it names." })
export class SerialEventNotice {
  /** The unit; the `serial` field resolves it with its current state. */
  key!: SerialKey;

  @Field(() => SerialEvent)
  event!: SerialEvent;

  @Field(() => String, { nullable: true, description: "How the event names the unit: epc, parent, child, input or output." })
  role!: SerialRole | null;

  /** Every unit of the same pub/sub message (one shared array), so their states load in one query. */
  batch!: readonly SerialKey[];

  /** First notice of its message: subscriptions renew their loaders there. */
  opensBatch!: boolean;
}
