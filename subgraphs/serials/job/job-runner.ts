import type { Logger } from "../../../lib/log/logger";
import type { GenerationService } from "../generation/generation.service";
import type { Job } from "./job.entity";
import type { JobRepository } from "./job.repository";

export interface JobRunnerOptions {
  /** Serials per transaction. @default 20000 */
  batchSize?: number;
  /** Batches in flight at once: PostgreSQL inserts on as many cores. @default 2 */
  parallel?: number;
  /** How often to look for work when idle. @default 1000 */
  pollMs?: number;
}

/**
 * Runs queued jobs in the background of the serials service. A job is claimed in the
 * database, so with several replicas each job runs once; a runner that dies mid-job
 * stops reporting, and the job is taken over after STALE_AFTER_SECONDS. Each batch and
 * its progress commit together, so a restart carries on where the last commit left off.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly jobs: JobRepository,
    private readonly generation: GenerationService,
    private readonly log: Logger,
    private readonly options: JobRunnerOptions = {},
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Looks for work now (a job was just queued). */
  kick(): void {
    if (!this.running && !this.stopped) {
      this.schedule(0);
    }
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error: Error) => this.log.error({ error: error.message }, "Job runner failed"))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) {
            this.schedule(this.options.pollMs ?? 1000);
          }
        });
    }, delay);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    for (let job = await this.jobs.claim(); job && !this.stopped; job = await this.jobs.claim()) {
      await this.run(job);
    }
  }

  private async run(job: Job): Promise<void> {
    const batchSize = this.options.batchSize ?? 20_000;
    const parallel = this.options.parallel ?? 2;
    this.log.info({ job: job.id, total: job.total, done: job.done }, "Running a generation job");
    try {
      const plan = await this.generation.plan(job.tenantId, job.params, job.id);
      let remaining = job.total - job.done;
      while (remaining > 0 && !this.stopped) {
        const sizes: number[] = [];
        for (let i = 0; i < parallel && remaining > 0; i += 1) {
          const size = Math.min(batchSize, remaining);
          sizes.push(size);
          remaining -= size;
        }
        await Promise.all(sizes.map((size) => this.generation.jobBatch(job, plan, size)));
        await this.generation.publishProgress(job.tenantId, job.id);
      }
      if (remaining > 0) {
        // Stopped for a shutdown: queue the rest for whichever runner starts next.
        await this.jobs.release(job.id);
      }
    } catch (error) {
      this.log.error({ job: job.id, error: (error as Error).message }, "Generation job failed");
      await this.jobs.fail(job.id, (error as Error).message);
      await this.generation.publishProgress(job.tenantId, job.id);
    }
  }

  /** Lets the batch in flight commit, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
