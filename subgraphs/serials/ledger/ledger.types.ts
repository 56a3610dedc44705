import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

/** Which side of the running hash a sibling goes on: H(0x01 ‖ sibling ‖ running) for LEFT. */
export enum MerkleSide {
  LEFT = "LEFT",
  RIGHT = "RIGHT",
}

/** What a ledger leaf stands for. */
export enum LedgerLeafKind {
  EVENT = "EVENT",
  RETRACTION = "RETRACTION",
}

registerEnumType(MerkleSide, { name: "MerkleSide" });
registerEnumType(LedgerLeafKind, {
  name: "LedgerLeafKind",
  valuesConfig: {
    EVENT: { description: "The event as stored: sha256 of the canonical JSON of {eventId, body}." },
    RETRACTION: { description: "Its retraction: sha256 of the canonical JSON of {retracted: eventId, errorDeclaration}." },
  },
});

@ObjectType({ description: "The result of recomputing the caller's tenant's ledger chain from the stored events." })
export class LedgerVerification {
  @Field({ description: "True when every batch's events, Merkle root and chain hash match." })
  ok!: boolean;

  @Field(() => Int, { description: "Batches found intact, in order, before the first bad one (all of them when ok)." })
  batches!: number;

  @Field(() => Int, { description: "Events and retractions in those batches." })
  events!: number;

  @Field(() => Int, { nullable: true, description: "Sequence number of the first batch that does not verify." })
  firstBadBatch!: number | null;

  @Field(() => String, { nullable: true, description: "Why that batch does not verify." })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Chain hash of the last intact batch (hex). Keep it outside the hub: a later head that does not chain to it shows a rewrite.",
  })
  head!: string | null;
}

@ObjectType({ description: "One step of a Merkle audit path, from the leaf up." })
export class MerkleStep {
  @Field({ description: "The sibling hash, hex." })
  hash!: string;

  @Field(() => MerkleSide)
  side!: MerkleSide;
}

@ObjectType({
  description:
    "Proof that an event (or its retraction) is in a ledger batch: hash the leaf as H(0x00 ‖ leafHash), combine it with " +
    "each path step as H(0x01 ‖ left ‖ right) and compare with merkleRoot (RFC 6962).",
})
export class EventProof {
  @Field()
  eventId!: string;

  @Field(() => LedgerLeafKind)
  kind!: LedgerLeafKind;

  @Field(() => Int, { description: "Sequence number of the batch, per tenant." })
  batchSeq!: number;

  @Field({ description: "The leaf data, hex: sha256 of the canonical JSON described by kind." })
  leafHash!: string;

  @Field(() => [MerkleStep])
  path!: MerkleStep[];

  @Field({ description: "The batch's Merkle root, hex." })
  merkleRoot!: string;

  @Field({ description: "The batch's chain hash: sha256(previous chain hash ‖ seq ‖ count ‖ root), hex." })
  chainHash!: string;
}
