import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { sharedReading } from "./shared-reading";

/** Where an HTTP request went, as a label with a handful of values (never the path itself). */
export type RouteClass = "graphql" | "webhooks" | "epcis" | "rest" | "static" | "health" | "metrics" | "other";

/** A pool's counts, read at scrape time (pg's Pool has them). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Error codes kept as they are in the label; anything else is counted as OTHER. */
const KNOWN_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_CODE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
]);

/** Longest a scrape waits for one source that asks the database. @default 1000 */
export const SOURCE_TIMEOUT_MS = 1000;

/**
 * How long a backlog reading (a count over the inbox) serves every scrape: /metrics answers
 * without a token, so scrapes must not each cost a query. @default 5000
 */
export const BACKLOG_TTL_MS = 5000;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The hub's operational metrics, one set per process, for GET /metrics without a token.
 * Nothing here is labelled by tenant, subject or path: traffic shapes only. Parts of the
 * hub register what they can count (pools, sockets, readiness, the inbox) as sources read
 * at scrape time, and unregister when they stop; several hubs in one process (tests) add up.
 */
export class OpsMetrics {
  readonly registry = new Registry();
  private readonly pools = new Map<string, Set<() => PoolCounts>>();
  private readonly sockets = new Set<() => number>();
  private readonly readiness = new Set<() => Promise<boolean>>();
  private readonly backlogs = new Set<() => Promise<{ pending: number; oldestSeconds: number }>>();

  readonly httpRequests = new Counter({
    name: "serialhub_http_requests_total",
    help: "HTTP requests at the front door, by route class and status code.",
    labelNames: ["route", "status"] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: "serialhub_http_request_duration_seconds",
    help: "Time from request to the end of the response at the front door, by route class.",
    labelNames: ["route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly operations = new Counter({
    name: "serialhub_graphql_operations_total",
    help: "GraphQL operations executed by the gateway, by type and whether the result carried errors.",
    labelNames: ["type", "outcome"] as const,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: "serialhub_graphql_errors_total",
    help: "GraphQL errors sent to clients, by extensions.code (rejections before execution included).",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "serialhub_" });
    // Read by the collect functions below, where `this` is the gauge.
    const { pools, sockets, readiness, backlogs } = this;
    new Gauge({
      name: "serialhub_websocket_connections",
      help: "Open graphql-ws connections at the front door.",
      registers: [this.registry],
      collect() {
        this.set(sum([...sockets].map((count) => count())));
      },
    });
    const poolGauge = (name: string, help: string, read: (pool: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ["service"] as const,
        registers: [this.registry],
        collect() {
          this.reset();
          for (const [service, ofService] of pools) {
            this.set({ service }, sum([...ofService].map((counts) => read(counts()))));
          }
        },
      });
    poolGauge("serialhub_db_pool_in_use", "Database connections checked out, per service.", (pool) => pool.totalCount - pool.idleCount);
    poolGauge("serialhub_db_pool_idle", "Open database connections not in use, per service.", (pool) => pool.idleCount);
    poolGauge("serialhub_db_pool_waiting", "Requests waiting for a database connection, per service.", (pool) => pool.waitingCount);
    new Gauge({
      name: "serialhub_ready",
      help: "1 when every service and its database answer (as /readyz), else 0.",
      registers: [this.registry],
      async collect() {
        const answers = await Promise.all([...readiness].map((ready) => ready().catch(() => false)));
        this.set(answers.length > 0 && answers.every(Boolean) ? 1 : 0);
      },
    });
    const lag = new Gauge({
      name: "serialhub_ingest_backlog_age_seconds",
      help: "Age of the oldest delivery not yet handed on, all tenants together.",
      registers: [this.registry],
    });
    new Gauge({
      name: "serialhub_ingest_backlog",
      help: "Webhook deliveries stored and not yet handed on, all tenants together.",
      registers: [this.registry],
      async collect() {
        // A scrape must not wait on a database that is down: a backlog that cannot be read is left out.
        const answers = await Promise.all([...backlogs].map((read) => withTimeout(read(), SOURCE_TIMEOUT_MS).catch(() => undefined)));
        const known = answers.filter((answer) => answer !== undefined);
        this.set(sum(known.map((answer) => answer.pending)));
        lag.set(Math.max(0, ...known.map((answer) => answer.oldestSeconds)));
      },
    });
  }

  /** Starts timing a front-door request; call the result with the status when it ends. */
  startRequest(route: RouteClass): (status: number) => void {
    const stop = this.httpDuration.startTimer({ route });
    return (status) => {
      stop();
      this.httpRequests.inc({ route, status: String(status) });
    };
  }

  countError(code: unknown): void {
    this.errors.inc({ code: typeof code === "string" && KNOWN_CODES.has(code) ? code : "OTHER" });
  }

  /** Each `add*` returns its own removal, for when the part stops. */
  addPool(service: string, counts: () => PoolCounts): () => void {
    const set = this.pools.get(service) ?? new Set();
    this.pools.set(service, set);
    set.add(counts);
    return () => set.delete(counts);
  }

  addSockets(count: () => number): () => void {
    this.sockets.add(count);
    return () => this.sockets.delete(count);
  }

  addReadiness(ready: () => Promise<boolean>): () => void {
    this.readiness.add(ready);
    return () => this.readiness.delete(ready);
  }

  /** The backlog is read once per BACKLOG_TTL_MS at most, however many scrapes come (one query in flight at most). */
  addBacklog(read: () => Promise<{ pending: number; oldestSeconds: number }>): () => void {
    const shared = sharedReading(read, BACKLOG_TTL_MS);
    this.backlogs.add(shared);
    return () => this.backlogs.delete(shared);
  }

  /** The Prometheus text exposition. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

let processMetrics: OpsMetrics | undefined;

/** This process's metrics: one registry, however many services run in it. */
export function opsMetrics(): OpsMetrics {
  processMetrics ??= new OpsMetrics();
  return processMetrics;
}
