import { fork } from "node:child_process";
import autocannon from "autocannon";

/**
 * HTTP load from its own process (autocannon), so the load generator never shares an event
 * loop with the hub it measures. Bodies rotate, one per request, when several are given.
 */
export interface CannonJob {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Request bodies used in turn; one fixed body when a single one is given. */
  bodies?: string[];
  /** Requests in flight at once. @default 10 */
  connections?: number;
  seconds: number;
  /** A run of this length first, not counted. @default 0 */
  warmupSeconds?: number;
}

export interface CannonResult {
  requests: number;
  rps: number;
  /** Latency from request to complete response, ms (exact, from every response). */
  p50: number;
  p99: number;
  mean: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx responses whose body carried GraphQL `errors`. */
  graphqlErrors: number;
  /** The first such body, to say what went wrong. */
  firstError?: string;
  /** Requests of the warm-up run, not counted above. */
  warmupRequests: number;
  /**
   * CPU time of the measuring process (the hub) per request, ms, warm-up included: a cost
   * that other load on a shared machine disturbs far less than the request rate. Set by `measure`.
   */
  hubCpuMs?: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function shoot(job: CannonJob, seconds: number): Promise<CannonResult> {
  const bodies = job.bodies ?? [];
  let next = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  let finish: (error: Error | null, result: autocannon.Result) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const options: autocannon.Options = {
    url: job.url,
    method: job.method ?? "POST",
    headers: { "content-type": "application/json", ...job.headers },
    connections: job.connections ?? 10,
    duration: seconds,
    body: bodies.length === 1 ? bodies[0] : undefined,
    requests: [
      {
        setupRequest: bodies.length > 1 ? (request) => ({ ...request, body: bodies[next++ % bodies.length] }) : undefined,
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors":[')) {
            graphqlErrors += 1;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) => finish(error as Error | null, result));
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await finished;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((sum, n) => sum + n, 0) / Math.max(1, latencies.length),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    firstError,
    warmupRequests: 0,
  };
}

if (require.main === module && process.argv[2] === "cannon-child") {
  process.once("message", (job: CannonJob) => {
    void (async () => {
      const warmup = job.warmupSeconds ? await shoot(job, job.warmupSeconds) : undefined;
      const result = { ...(await shoot(job, job.seconds)), warmupRequests: warmup?.requests ?? 0 };
      process.send?.(result, () => process.exit(0));
    })().catch((error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    });
  });
}

/** Runs one job in a fresh autocannon process and returns what it measured. */
export function cannon(job: CannonJob): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["cannon-child"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: CannonResult | undefined;
    child.once("message", (message: CannonResult) => (result = message));
    child.once("error", reject);
    child.once("exit", (code) => (result ? resolve(result) : reject(new Error(`The autocannon process exited with ${code} and no result.`))));
    child.send(job);
  });
}

/**
 * One probe request first (its answer must satisfy `accept`, so no run measures error
 * answers), then the load; any error, non-2xx or GraphQL error in the run fails it.
 */
export async function measure(label: string, job: CannonJob, accept: (answer: unknown) => boolean): Promise<CannonResult> {
  const probe = await fetch(job.url, { method: job.method ?? "POST", headers: { "content-type": "application/json", ...job.headers }, body: job.bodies?.[0] });
  const answer: unknown = await probe.json().catch(() => undefined);
  if (!probe.ok || !accept(answer)) {
    throw new Error(`${label}: the probe request failed (${probe.status}): ${JSON.stringify(answer).slice(0, 400)}`);
  }
  const cpu = process.cpuUsage();
  const result = await cannon(job);
  const used = process.cpuUsage(cpu);
  result.hubCpuMs = (used.user + used.system) / 1000 / Math.max(1, result.requests + result.warmupRequests);
  if (result.errors + result.non2xx + result.graphqlErrors > 0) {
    throw new Error(`${label}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.graphqlErrors} GraphQL errors; first: ${result.firstError ?? "-"}`);
  }
  console.log(
    `${label}: ${Math.round(result.rps).toLocaleString("en")} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, mean ${result.mean.toFixed(2)} ms, ` +
      `hub CPU ${result.hubCpuMs.toFixed(3)} ms/request ` +
      `(${result.requests.toLocaleString("en")} requests, ${job.connections ?? 10} connections)`,
  );
  return result;
}
