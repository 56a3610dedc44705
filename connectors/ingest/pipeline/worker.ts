import type { Logger } from "../../../lib/log/logger";
import type { ConnectorEvent, Headers, ParseResult } from "../../core/connector";
import { MappingError } from "../../core/errors";
import type { ConnectorRegistry } from "../../core/registry";
import type { ConnectorConfigRepository } from "../connector-config/connector-config.repository";
import { LEASE_SECONDS, type InboxRepository, type InboxRow } from "../inbox/inbox.repository";
import type { RejectedRepository } from "../rejected/rejected.repository";
import type { SkuCatalogue } from "./catalogue";
import { documentsOf, type CaptureOutcome, type SerialsHandoff } from "./handoff";
import type { IngestMetrics } from "./metrics";

export interface WorkerDeps {
  registry: ConnectorRegistry;
  configs: ConnectorConfigRepository;
  inbox: InboxRepository;
  rejected: RejectedRepository;
  catalogue: SkuCatalogue;
  handoff: SerialsHandoff;
  metrics: IngestMetrics;
  log: Logger;
  /** Performs a connector's enrichment read (SAP OData); injectable for tests. */
  fetch?: typeof fetch;
}

/**
 * After this many attempts (about four hours of backoff) a delivery stops being retried and
 * is kept as rejected, so an admin sees it and can replay it once the cause is fixed.
 */
export const MAX_ATTEMPTS = 30;

/** Leases of deliveries in hand are renewed this often, well inside LEASE_SECONDS. */
export const RENEW_EVERY_MS = (LEASE_SECONDS * 1000) / 3;

/**
 * Hands stored deliveries to the serials service. Each row is leased, so several workers
 * (or replicas) never take the same one; a crash leaves the row pending and it is replayed
 * once its lease runs out (at most LEASE_SECONDS, as leases are renewed while a row is in hand).
 * Event ids are deterministic, so a row replayed after a partial hand-off adds nothing twice.
 */
export class IngestWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private again = false;
  /** Outcomes of claimed rows that could not be written yet (the database was down). */
  private readonly unfinished: (() => Promise<void>)[] = [];
  /** Deliveries claimed and not yet finished, whose leases are renewed. */
  private readonly inHand = new Set<string>();
  private renewer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: WorkerDeps,
    private readonly pollMs = 1000,
    /** Deliveries handed on at once: while one waits on the serials service's database, another is parsed. */
    private readonly concurrency = 4,
  ) {}

  start(): void {
    this.renewer = setInterval(() => this.renewLeases(), RENEW_EVERY_MS);
    this.renewer.unref();
    this.schedule(0);
  }

  private renewLeases(): void {
    if (this.inHand.size > 0) {
      this.deps.inbox.renew([...this.inHand]).catch((error: Error) => this.deps.log.warn({ error: error.message }, "Could not renew delivery leases"));
    }
  }

  kick(): void {
    if (this.running) {
      this.again = true;
    } else if (!this.stopped) {
      this.schedule(0);
    }
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.again = false;
      this.running = this.drain()
        .catch((error: Error) => this.deps.log.error({ error: error.message }, "Ingest worker failed"))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) {
            this.schedule(this.again ? 0 : this.pollMs);
          }
        });
    }, delay);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    await this.settleUnfinished();
    // A claimed row is always processed: leaving it would hold its lease until the lease runs out.
    const lane = async () => {
      while (!this.stopped) {
        const row = await this.deps.inbox.claim();
        if (!row) {
          return;
        }
        this.inHand.add(row.id);
        try {
          await this.process(row);
        } finally {
          this.inHand.delete(row.id);
        }
      }
    };
    // Settled, not Promise.all: one lane losing the database must not leave the others running unawaited (stop() waits for them).
    const lanes = await Promise.allSettled(Array.from({ length: this.concurrency }, lane));
    const failed = lanes.find((lane) => lane.status === "rejected");
    if (failed) {
      throw (failed as PromiseRejectedResult).reason;
    }
  }

  /** One delivery: map, hand on in batches, mark done; a transient failure backs off. */
  async process(row: InboxRow): Promise<void> {
    const { inbox, metrics, log } = this.deps;
    let outcome: Awaited<ReturnType<IngestWorker["deliver"]>>;
    try {
      outcome = await this.deliver(row);
    } catch (error) {
      // A failure the delivery itself causes: retrying will not help, so it is rejected.
      if (error instanceof MappingError) {
        await this.reject(row, error.path, error.message);
        return;
      }
      const reason = (error as Error).message;
      // A peer's detail (subgraph-client.ts) is for the log, never for the stored reason a tenant reads.
      const cause = (error as Error).cause === undefined ? undefined : String((error as Error).cause);
      if (row.attempts >= MAX_ATTEMPTS) {
        log.error({ delivery: row.id, attempts: row.attempts, error: reason, cause }, "Delivery given up after repeated failures; kept for replayRejected");
        await this.reject(row, "", `Gave up after ${row.attempts} attempts; the last failure: ${reason}`);
        return;
      }
      metrics.count("retried", row.tenantId, row.connector);
      log.warn({ delivery: row.id, attempts: row.attempts, error: reason, cause }, "Delivery will be retried");
      await this.finish(() => inbox.markRetry(row.id, row.attempts, reason));
      return;
    }
    await this.finish(() => inbox.markDone(row.id, outcome.events, { accepted: outcome.accepted, duplicates: outcome.duplicates, retracted: outcome.retracted }));
    metrics.count("delivered", row.tenantId, row.connector);
  }

  private async reject(row: InboxRow, path: string, reason: string): Promise<void> {
    try {
      await this.deps.rejected.insert({ tenantId: row.tenantId, connector: row.connector, deliveryId: row.deliveryId, headers: row.headers, body: row.body, path, reason });
    } catch (error) {
      // Nothing kept yet: the row is let go and mapped again later.
      await this.finish(() => this.deps.inbox.markRetry(row.id, row.attempts, (error as Error).message));
      return;
    }
    await this.finish(() => this.deps.inbox.markRejected(row.id, reason));
    this.deps.metrics.count("rejected", row.tenantId, row.connector);
  }

  /**
   * Records how a claimed row ended. When the database is gone at that moment the step is
   * kept and tried again before the next claim: otherwise the row would sit under its lease
   * (LEASE_SECONDS) after the database is back. Every step is idempotent.
   */
  private async finish(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.unfinished.push(step);
      throw error;
    }
  }

  private async settleUnfinished(): Promise<void> {
    while (this.unfinished.length > 0) {
      await this.unfinished[0]();
      this.unfinished.shift();
    }
  }

  private async parse(row: InboxRow): Promise<ParseResult> {
    const connector = this.deps.registry.get(row.connector);
    if (!connector) {
      throw new MappingError("", `Connector "${row.connector}" no longer exists.`);
    }
    const config = await this.deps.configs.find(row.tenantId, row.connector);
    const options = connector.validateOptions((config?.options ?? {}) as never);
    return connector.parse({ rawBody: row.body, headers: row.headers as Headers, options, receivedAt: row.receivedAt });
  }

  private async eventsOf(result: ParseResult): Promise<ConnectorEvent[] | Record<string, unknown> | null> {
    switch (result.kind) {
      case "events":
        return result.events;
      case "epcis":
        return result.document;
      case "not-supported":
        return null;
      case "enrich": {
        const response = await (this.deps.fetch ?? fetch)(result.request.url, { headers: result.request.headers, signal: AbortSignal.timeout(30_000) });
        if (response.status >= 500 || response.status === 429) {
          throw new Error(`The enrichment source answered HTTP ${response.status}.`);
        }
        if (!response.ok) {
          throw new MappingError(result.request.url, `The enrichment source answered HTTP ${response.status}.`);
        }
        // A 200 that is not JSON (a login page, a proxy's notice) will not become JSON by retrying.
        const body: unknown = await response.json().catch(() => {
          throw new MappingError(result.request.url, `The enrichment source answered HTTP ${response.status} with a body that is not JSON.`);
        });
        return result.request.map(body);
      }
    }
  }

  private async deliver(row: InboxRow): Promise<{ events: number } & Omit<CaptureOutcome, "errors">> {
    const payload = await this.eventsOf(await this.parse(row));
    const total = { events: 0, accepted: 0, duplicates: 0, retracted: 0 };
    if (payload === null) {
      return total;
    }
    const documents = Array.isArray(payload) ? documentsOf(payload, await this.deps.catalogue.gtinsOf(row.tenantId, payload)) : [payload];
    for (const document of documents) {
      const outcome = await this.deps.handoff.capture(row.tenantId, document);
      if (outcome.errors.length > 0) {
        const first = outcome.errors[0];
        throw new MappingError(`event ${first.index ?? "-"}: ${first.path}`, `The serials service refused the events: ${first.message}`);
      }
      total.events += ((document.epcisBody as { eventList?: unknown[] }).eventList ?? []).length;
      total.accepted += outcome.accepted;
      total.duplicates += outcome.duplicates;
      total.retracted += outcome.retracted;
    }
    return total;
  }

  /** Lets the deliveries in hand finish (each is handed on and marked), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    clearInterval(this.renewer);
    await this.settleUnfinished().catch((error: Error) =>
      this.deps.log.warn({ error: error.message, rows: this.unfinished.length }, "Some deliveries stay leased until their lease runs out"),
    );
  }
}
