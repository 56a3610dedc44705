import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { maxIssuable, serialSpace, type SerialMode as Mode, type SerialPolicyValues } from "../../../lib/serials/serial-policy";

export enum SerialMode {
  /** CSPRNG, checked against the serials already issued. */
  RANDOM = "RANDOM",
  /** FF3-1 encryption of a per-GTIN counter: unique by construction. */
  ENCRYPTED_COUNTER = "ENCRYPTED_COUNTER",
}

registerEnumType(SerialMode, { name: "SerialMode" });

@ObjectType({ description: "How serials of a product are generated." })
export class SerialPolicy {
  @Field(() => Int)
  length!: number;

  @Field()
  alphabet!: string;

  @Field(() => SerialMode)
  mode!: Mode;

  @Field({ description: "How many serials the policy's space holds (alphabet size to the power of length)." })
  space!: string;

  @Field({ description: "The most serials that may be issued per GTIN: space / 10,000 (EU FMD guess bound)." })
  maxIssuable!: string;
}

export const toSerialPolicy = (values: SerialPolicyValues): SerialPolicy => ({
  ...values,
  space: serialSpace(values).toString(),
  maxIssuable: maxIssuable(values).toString(),
});

@InputType()
export class SetSerialPolicyInput {
  @Field()
  gtin!: string;

  @Field(() => Int, { description: "1 to 20 characters." })
  length!: number;

  @Field(() => String, { nullable: true, description: "Characters to draw from; default: upper-case letters and digits without 0/O/1/I/L/Y/Z." })
  alphabet?: string | null;

  @Field(() => SerialMode, { nullable: true, defaultValue: SerialMode.RANDOM })
  mode?: SerialMode;
}
