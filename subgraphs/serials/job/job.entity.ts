import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { JobStatus } from "./job-status";

/** What a serial-generation job was asked for; kept so a restarted runner can carry on. */
export interface GenerationParams {
  gtin: string;
  lot: string | null;
  expiry: string | null;
  commission: boolean;
}

@ObjectType({ description: "Work too large for one request, done in the background." })
@Entity({ name: "jobs" })
export class Job {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field({ description: "GENERATE_SERIALS." })
  @Column({ type: "text" })
  kind!: string;

  @Field(() => JobStatus)
  @Column({ type: "text" })
  status!: JobStatus;

  @Field(() => Int)
  @Column({ type: "int" })
  total!: number;

  @Field(() => Int)
  @Column({ type: "int" })
  done!: number;

  @Column({ type: "jsonb" })
  params!: GenerationParams;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  error!: string | null;

  @Field()
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Column({ name: "heartbeat_at", type: "timestamptz", nullable: true })
  heartbeatAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "finished_at", type: "timestamptz", nullable: true })
  finishedAt!: Date | null;

  @Field(() => Float, { description: "Share done, 0 to 1." })
  get progress(): number {
    return this.total === 0 ? 1 : this.done / this.total;
  }

  @Field({ description: "GTIN the serials are for." })
  get gtin(): string {
    return this.params.gtin;
  }
}
