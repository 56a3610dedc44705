import { Field, ObjectType } from "type-graphql";
import type { SerialKey } from "../../../lib/serial-key";

@ObjectType({ description: "A serialised part installed in a unit, as the association events (installing, removing) record it." })
export class ComponentLink {
  /** Resolved to a Serial by the field resolvers. */
  parentKey!: SerialKey;

  componentKey!: SerialKey;

  @Field({ description: "Event time of the association event that installed it." })
  installedAt!: Date;

  @Field({ description: "That association event's id." })
  eventId!: string;
}
