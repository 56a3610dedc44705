import { Field, Float, InputType } from "type-graphql";

@InputType()
export class CreateLocationInput {
  @Field({
    description:
      "The GLN of the place in any GS1 form: an SGLN EPC URN (urn:epc:id:sgln:4012345.00001.0), a Digital Link " +
      "(https://id.gs1.org/414/4012345000016/254/7) or a bare 13-digit GLN. Stored in canonical Digital Link form.",
  })
  id!: string;

  @Field({ description: "1 to 200 characters." })
  name!: string;

  @Field({ description: "ISO 3166-1 alpha-2 country code." })
  country!: string;

  @Field(() => Float, { nullable: true, description: "Latitude in degrees, -90 to 90; give lon with it." })
  lat?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in degrees, -180 to 180; give lat with it." })
  lon?: number | null;

  @Field(() => String, { nullable: true, description: "The party that runs the location: a GLN or a name." })
  party?: string | null;
}
