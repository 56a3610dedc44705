import { Field, InputType, ObjectType } from "type-graphql";
import { WarrantyClaim } from "../claim/claim.entity";
import { Serial } from "../serial/serial.stub";
import { PartProblem } from "./repair-enums";
import { WarrantyRepair } from "./repair.entity";

@InputType()
export class PartSwapInput {
  @Field(() => String, { nullable: true, description: "The part taken out, when it carries a code." })
  removed?: string | null;

  @Field({ description: "The part put in: every installed part is verified." })
  installed!: string;
}

@InputType()
export class LogRepairInput {
  @Field({ description: "The repaired unit's code, in any form." })
  code!: string;

  @Field({ description: "The centre doing the repair; a service-centre token may only name itself." })
  serviceCentre!: string;

  @Field(() => [String], { description: "What was done, 1 to 20 entries of up to 500 characters." })
  actions!: string[];

  @Field(() => [PartSwapInput], { defaultValue: [], description: "Serialised parts swapped, up to 50." })
  partsReplaced!: PartSwapInput[];
}

@ObjectType({ description: "One part swap of a repair." })
export class RepairPart {
  @Field(() => Serial, { nullable: true, description: "The part taken out." })
  removed!: Serial | null;

  @Field(() => Serial, { description: "The part put in." })
  installed!: Serial;

  @Field(() => [PartProblem], { description: "What was wrong with the installed part; empty when it verified." })
  problems!: PartProblem[];

  @Field(() => Serial, { nullable: true, description: "Where the installed part was on record before, when elsewhere." })
  previouslyIn!: Serial | null;
}

@ObjectType()
export class RepairResult {
  @Field(() => WarrantyRepair)
  repair!: WarrantyRepair;

  @Field({ description: "False when policy refused the repair: nothing went into the unit's history." })
  accepted!: boolean;

  @Field(() => [String], { description: "Findings, as CODE: element string of the part." })
  flags!: string[];

  @Field()
  message!: string;

  @Field(() => WarrantyClaim, { nullable: true, description: "The centre's open claim on the unit, closed by this repair." })
  closedClaim!: WarrantyClaim | null;
}
