import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A place where units are made, stored, scanned or sold: GS1 location master data of the tenant." })
@Entity({ name: "locations" })
export class Location {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field(() => ID, { description: "Canonical GS1 Digital Link of the GLN and its extension: https://id.gs1.org/414/{gln}[/254/{extension}]." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field()
  @Column({ type: "text" })
  name!: string;

  @Field({ description: "ISO 3166-1 alpha-2 country code." })
  @Column({ type: "char", length: 2 })
  country!: string;

  @Field(() => Float, { nullable: true, description: "Latitude in degrees (WGS 84)." })
  @Column({ type: "double precision", nullable: true })
  lat!: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in degrees (WGS 84)." })
  @Column({ type: "double precision", nullable: true })
  lon!: number | null;

  @Field(() => String, { nullable: true, description: "The party that runs the location: a GLN or a name." })
  @Column({ type: "text", nullable: true })
  party!: string | null;

  @Field()
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field()
  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
