import { Job } from "./job.entity";

export const jobTopic = (jobId: string): string => `job.${jobId}`;

export type JobPayload = Omit<Job, "createdAt" | "finishedAt" | "heartbeatAt" | "progress" | "gtin"> & {
  createdAt: string;
  finishedAt: string | null;
};

export const toJobPayload = (job: Job): JobPayload => ({
  id: job.id,
  tenantId: job.tenantId,
  kind: job.kind,
  status: job.status,
  total: job.total,
  done: job.done,
  params: job.params,
  error: job.error,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
});

export const fromJobPayload = (payload: JobPayload): Job =>
  Object.assign(new Job(), {
    ...payload,
    createdAt: new Date(payload.createdAt),
    finishedAt: payload.finishedAt ? new Date(payload.finishedAt) : null,
    heartbeatAt: null,
  });
