import { registerEnumType } from "type-graphql";

export enum JobStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  DONE = "DONE",
  FAILED = "FAILED",
}

registerEnumType(JobStatus, { name: "JobStatus" });
