import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../../../lib/federation/relay";
import type { RejectedDelivery as Rejected } from "./rejected.repository";

@ObjectType({ description: "A delivery that could not be mapped, kept so it can be replayed after a fix." })
export class RejectedDelivery {
  @Field(() => ID)
  id!: string;

  @Field()
  connector!: string;

  @Field({ description: "The delivery's idempotency key (message id, IDoc number, or a hash of the body)." })
  deliveryId!: string;

  @Field()
  receivedAt!: Date;

  @Field({ description: "Where in the payload mapping failed." })
  path!: string;

  @Field()
  reason!: string;

  @Field({ description: "The payload as received (UTF-8; the first 64 KiB)." })
  body!: string;

  @Field(() => Date, { nullable: true })
  replayedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "What the last replay did." })
  replayResult!: string | null;
}

export const RejectedDeliveryConnection = connectionType("RejectedDelivery", RejectedDelivery);

export enum ReplayStatus {
  QUEUED = "QUEUED",
  REJECTED = "REJECTED",
  ALREADY_DELIVERED = "ALREADY_DELIVERED",
}
registerEnumType(ReplayStatus, {
  name: "ReplayStatus",
  valuesConfig: {
    QUEUED: { description: "Mapped now: stored in the inbox and handed on like a new delivery." },
    REJECTED: { description: "Still cannot be mapped; path and reason say why." },
    ALREADY_DELIVERED: { description: "The same delivery has since arrived and been stored; nothing was added." },
  },
});

@ObjectType()
export class ReplayResult {
  @Field(() => ReplayStatus)
  status!: ReplayStatus;

  @Field(() => RejectedDelivery)
  rejected!: RejectedDelivery;

  @Field(() => ID, { nullable: true, description: "The inbox entry (for /epcis/capture, the capture id)." })
  deliveryRef!: string | null;

  @Field(() => String, { nullable: true })
  path!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

/** Bodies shown to admins are cut here: enough to see the problem, small enough for a page of them. */
const BODY_PREVIEW_BYTES = 64 * 1024;

export const toRejectedView = (row: Rejected): RejectedDelivery => ({
  id: row.id,
  connector: row.connector,
  deliveryId: row.deliveryId,
  receivedAt: row.receivedAt,
  path: row.path,
  reason: row.reason,
  body: row.body.subarray(0, BODY_PREVIEW_BYTES).toString("utf8"),
  replayedAt: row.replayedAt,
  replayResult: row.replayResult,
});

