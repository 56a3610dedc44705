import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { JobStatus } from "./job-status";
import { Job, type GenerationParams } from "./job.entity";

/** A running job whose runner has not reported for this long is taken over by another. */
export const STALE_AFTER_SECONDS = 30;

export class JobRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(manager: EntityManager, tenantId: string, total: number, params: GenerationParams): Promise<Job> {
    const job = Object.assign(new Job(), {
      id: randomUUID(),
      tenantId,
      kind: "GENERATE_SERIALS",
      status: JobStatus.QUEUED,
      total,
      done: 0,
      params,
      error: null,
      createdAt: new Date(),
      heartbeatAt: null,
      finishedAt: null,
    });
    await manager.getRepository(Job).insert(job);
    return job;
  }

  find(tenantId: string, id: string): Promise<Job | null> {
    return this.dataSource.getRepository(Job).findOneBy({ tenantId, id });
  }

  /** Claims the oldest queued job, or a running one whose runner went quiet. */
  async claim(): Promise<Job | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      `WITH claimed AS (
         UPDATE serials.jobs SET status = 'RUNNING', heartbeat_at = now()
         WHERE id = (
           SELECT id FROM serials.jobs
           WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1))
           ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING id)
       SELECT id FROM claimed`,
      [STALE_AFTER_SECONDS],
    );
    return rows.length === 1 ? this.dataSource.getRepository(Job).findOneBy({ id: rows[0].id }) : null;
  }

  /** Records a batch as done, in the batch's own transaction, so progress and serials agree. */
  async advance(manager: EntityManager, id: string, count: number): Promise<void> {
    await manager.query(
      `UPDATE serials.jobs SET done = done + $2, heartbeat_at = now(),
         status = CASE WHEN done + $2 >= total THEN 'DONE' ELSE status END,
         finished_at = CASE WHEN done + $2 >= total THEN now() END
       WHERE id = $1`,
      [id, count],
    );
  }

  async release(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE serials.jobs SET status = 'QUEUED' WHERE id = $1 AND status = 'RUNNING'`, [id]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE serials.jobs SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [id, error]);
  }
}
