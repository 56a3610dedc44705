import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../../lib/federation/relay";
import { PROBLEM_KINDS, type ProblemKind as ProblemKindName } from "../../../web/pages/verify-model";

/** The choices of the page's "report a problem" form. */
export const ProblemKind = Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, kind])) as { [K in ProblemKindName]: K };
registerEnumType(ProblemKind, { name: "ProblemKind", description: "What a consumer or inspector says is wrong with a pack." });

@InputType()
export class ReportProblemInput {
  @Field({ description: "The code as scanned: a Digital Link, element string or scan data." })
  code!: string;

  @Field(() => ProblemKind)
  kind!: ProblemKindName;

  @Field(() => String, { nullable: true, description: "Up to 2,000 characters." })
  message?: string | null;

  @Field(() => String, { nullable: true, description: "An email or phone number, given to be contacted back; up to 200 characters." })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: "The requestId of the verify call (the page's scan) this report is about." })
  scanId?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country of the person reporting." })
  country?: string | null;
}

@ObjectType({ description: "What the person who reported is told: it arrived." })
export class ProblemReportReceipt {
  @Field(() => ID)
  id!: string;

  @Field()
  receivedAt!: Date;
}

@ObjectType({ description: "A problem a consumer or inspector reported from the verification page." })
export class ProblemReport {
  @Field(() => ID)
  id!: string;

  @Field()
  gtin!: string;

  @Field()
  serial!: string;

  @Field(() => String, { nullable: true })
  lot!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  expiry!: string | null;

  @Field(() => ProblemKind)
  kind!: ProblemKindName;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => String, { nullable: true, description: "Personal data the reporter chose to give." })
  contact!: string | null;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "The event id of the verification scan the report was made from." })
  scanEventId!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class ProblemReportEdge {
  @Field()
  cursor!: string;

  @Field(() => ProblemReport)
  node!: ProblemReport;
}

@ObjectType()
export class ProblemReportConnection {
  @Field(() => [ProblemReportEdge])
  edges!: ProblemReportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: "Consumer and inspector verification scans in one country." })
export class ScanStatsBucket {
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2; null when the scan gave none." })
  country!: string | null;

  @Field(() => Int)
  count!: number;
}
