import { Field, ID, InputType } from "type-graphql";
import { RecallSeverity } from "../recall/recall-severity";

@InputType({ description: "Serials from `from` to `to`, both included: by value when both are all digits, else same-length serials in byte order." })
export class SerialRangeInput {
  @Field()
  from!: string;

  @Field()
  to!: string;
}

@InputType({
  description:
    "Which units of the GTIN a recall covers: the union of every part given. Ranges compare numerically when both bounds are all digits " +
    "(\"9\" to \"120\" holds \"10\" and \"0042\"), otherwise within serials of the bounds' length, byte by byte (\"A100\" to \"A199\"). " +
    "The production window is the units' commissioning time, bounds included.",
})
export class RecallScopeInput {
  @Field(() => [SerialRangeInput], { nullable: true })
  serialRanges?: SerialRangeInput[] | null;

  @Field(() => [String], { nullable: true, description: "Lots (batches), as commissioning or generation recorded them." })
  lots?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Explicit serials. In amendRecall, null keeps the current explicit lists (serials and serialLists) and [] clears them.",
  })
  serials?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Lists uploaded with POST /recalls/serial-lists?gtin=… (CSV), up to 1,000,000 serials in all." })
  serialLists?: string[] | null;

  @Field(() => Date, { nullable: true })
  producedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  producedTo?: Date | null;
}

@InputType()
export class OpenRecallInput {
  @Field({ description: "GTIN-8, -12, -13 or -14 of one of your products." })
  gtin!: string;

  @Field(() => RecallScopeInput)
  scope!: RecallScopeInput;

  @Field({ description: "Why: shown to recall readers, not to service centres or the public." })
  reason!: string;

  @Field({ description: "What holders of an affected unit must do: shown to anyone who verifies one." })
  instructions!: string;

  @Field(() => String, { nullable: true, description: "Short name; defaults to the reason's first 80 characters." })
  title?: string | null;

  @Field(() => RecallSeverity, { nullable: true })
  severity?: RecallSeverity | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-1 alpha-2 countries the recall is announced in; empty: everywhere." })
  markets?: string[] | null;
}
