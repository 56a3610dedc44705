import { Field, InputType } from "type-graphql";
import { RecallStatus } from "./recall-status";

@InputType()
export class RecallFilter {
  @Field(() => RecallStatus, { nullable: true })
  status?: RecallStatus | null;

  @Field(() => String, { nullable: true, description: "Recalls of this GTIN." })
  gtin?: string | null;
}
