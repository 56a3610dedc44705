import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { HubClient } from "../../clients/client";
import { CaptureEventsDocument, ConfigureRulesDocument, CreateProductDocument } from "../../clients/generated/graphql";
import { signToken } from "../../lib/auth/token";
import { commissioning, epcisDocument, shipping } from "../../lib/testing/epcis-fixtures";
import { AnomalyKind } from "../../subgraphs/serials/anomaly/anomaly-kind";
import type { BenchHub } from "../bench-hub";
import {
  epcOf,
  GTIN_OFF,
  GTIN_ON,
  HOUR_MS,
  PROBE,
  RULES_OFF,
  RULES_ON,
  SERIALS,
  SUBSCRIBERS,
  type Counts,
  type DriveJob,
  type DriveResult,
  type Stream,
  type SubscriberReport,
} from "./alerts-load";
import type { BenchResult } from "../run";

/**
 * `npm run bench -- alerts [--quick]` (issue 5): latency from the commit of an anomaly to its
 * receipt by 100 graphql-ws subscribers at 1,000 events/s with 5 % anomalous, and capture
 * throughput with every rule on against the same capture with every rule disabled.
 *
 * The hub runs in the bench process; the subscribers and the load generator each run in a
 * child process (alerts-load.ts, forked), so neither shares an event loop with the hub.
 */

// ---------------------------------------------------------------- the bench process

function child(role: "subscribers" | "driver"): ChildProcess {
  const forked = fork(join(__dirname, "alerts-load.js"), ["alerts-child", role], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  forked.on("exit", (code) => {
    if (code) {
      console.error(`alerts: the ${role} process exited with ${code}`);
    }
  });
  return forked;
}

/** Sends `message` and waits for the child's reply of type `type`. */
function ask<T>(target: ChildProcess, message: unknown, type: string, ms = 120_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`No "${type}" from the child within ${ms} ms`)), ms);
    const onMessage = (reply: { type?: string }) => {
      if (reply.type === type) {
        done(undefined, reply as T);
      }
    };
    const onExit = (code: number | null) => done(new Error(`The child exited (${code}) before "${type}"`));
    function done(error?: Error, value?: T) {
      clearTimeout(timer);
      target.off("message", onMessage).off("exit", onExit);
      if (error) {
        reject(error);
      } else {
        resolve(value as T);
      }
    }
    target.on("message", onMessage).on("exit", onExit);
    target.send(message as object);
  });
}

/** Runs one job in a fresh load-generator process. */
function driven(job: DriveJob): Promise<DriveResult> {
  return ask<DriveResult>(child("driver"), job, "driven", 600_000);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const fmt = (n: number) => n.toLocaleString("en");

interface LatencyOptions {
  subscribers: number;
  seconds: number;
  rate: number;
  batchSize: number;
  stream: Stream;
  /** Deliveries still missing this long after the last batch are reported as undelivered. */
  drainCapSeconds: number;
}

/**
 * Opens `subscribers` anomalyDetected subscriptions in a child process, proves them live with
 * probe anomalies, drives `rate` events/s at them from another child, and waits for every
 * subscriber to have every anomaly the captures reported (or for the cut-off).
 */
async function latencyRun(bench: BenchHub, options: LatencyOptions): Promise<BenchResult[]> {
  const { subscribers, rate, batchSize } = options;
  const url = bench.hub.url;
  const tenantToken = (sub: string) => signToken(bench.config.jwtSecret, { sub, tenant: RULES_ON, roles: ["integrator"] });
  const watchers = child("subscribers");
  try {
    const tokens = Array.from({ length: subscribers }, (_, s) => tenantToken(`bench-watcher-${s}`));
    await ask(watchers, { type: "open", url, tokens }, "opened");
    const counts = () => ask<Counts>(watchers, { type: "counts" }, "counts");
    const prober = new HubClient({ url, token: tenantToken("bench-prober") });
    const readyStarted = performance.now();
    for (let probe = 0; ; probe++) {
      const serial = `${PROBE}${options.stream.tag}-${probe}`;
      const { captureEvents } = await prober.request(CaptureEventsDocument, { epcis: epcisDocument([shipping([epcOf(serial)], "2025-01-03T00:00:00Z")]) });
      if (captureEvents.anomalies.length !== 1) {
        throw new Error(`A probe raised ${captureEvents.anomalies.length} anomalies: ${JSON.stringify(captureEvents)}`);
      }
      await sleep(500);
      const { probes, ended } = await counts();
      if (probes.every((n) => n > 0)) {
        break;
      }
      if (ended > 0 || performance.now() - readyStarted > 60_000) {
        throw new Error(`Subscribers not live after ${probe + 1} probes: ${probes.filter((n) => n > 0).length} of ${subscribers} ready, ${ended} ended`);
      }
    }
    await sleep(500); // the last probes' deliveries

    const intervalMs = (batchSize / rate) * 1000;
    const batches = Math.round((options.seconds * rate) / batchSize);
    const load = await driven({ url, token: tenantToken("bench-driver"), stream: options.stream, start: 0, batches, batchSize, intervalMs, width: 32 });
    const expected = load.anomalyIds.length;
    const drainStarted = performance.now();
    let arriving = 0;
    let last = -1;
    let lastAt = performance.now();
    for (;;) {
      const { received } = await counts();
      const total = received.reduce((sum, n) => sum + n, 0);
      if (received.every((n) => n >= expected)) {
        break;
      }
      if (total !== last) {
        arriving = last < 0 ? 0 : (total - last) / ((performance.now() - lastAt) / 1000);
        last = total;
        lastAt = performance.now();
      }
      const now = performance.now();
      if (now - lastAt > 10_000 || now - drainStarted > options.drainCapSeconds * 1000) {
        break;
      }
      await sleep(200);
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const report = await ask<SubscriberReport>(watchers, { type: "finish", expected: load.anomalyIds }, "report");
    await prober.close();

    const latencies = [...report.latencies].sort((a, b) => a - b);
    const due = expected * subscribers;
    const undelivered = due - latencies.length;
    const short = report.perSubscriber.filter((s) => s.missing > 0).length;
    const fewest = Math.min(...report.perSubscriber.map((s) => s.received));
    const repeats = report.perSubscriber.reduce((sum, s) => sum + s.repeats, 0);
    const unexpected = report.perSubscriber.reduce((sum, s) => sum + s.unexpected, 0);
    const trips = [...load.roundTrips].sort((a, b) => a - b);
    console.log(
      `alerts (${subscribers} subscriber${subscribers > 1 ? "s" : ""}): ${fmt(load.events)} events (${fmt(load.accepted)} accepted) in ${load.seconds.toFixed(1)} s, ` +
        `last batch sent ${load.lagMs.toFixed(0)} ms behind schedule; captureEvents round trip p50 ${percentile(trips, 50).toFixed(0)} ms, p99 ${percentile(trips, 99).toFixed(0)} ms; ` +
        `${fmt(expected)} anomalies raised, ${fmt(latencies.length)} of ${fmt(due)} deliveries within ${drainSeconds.toFixed(1)} s after the last batch` +
        (undelivered > 0
          ? ` (still arriving at ${fmt(Math.round(arriving))}/s at the cut-off; of those delivered p50 ${fmt(percentile(latencies, 50))} ms, max ${fmt(latencies.at(-1) ?? NaN)} ms)`
          : "") +
        `; ${repeats} repeats, ${unexpected} unexpected, ${report.errors.length} subscription errors${report.errors.length ? `: ${report.errors.join(" | ")}` : ""}`,
    );
    if (load.errors.length > 0) {
      console.log(`alerts: ${load.errors.length} failed batches, first: ${load.errors[0]}`);
    }

    const scenario = `alerts: ${fmt(rate)} events/s, 5 % anomalous, ${subscribers} subscriber${subscribers > 1 ? "s" : ""}`;
    const window = load.seconds + drainSeconds;
    // Undelivered ones were committed before the last batch returned: their latency is at least the drain time.
    // Issue 6's alert_p50_ms and alert_p99_ms are those of the 100-subscriber run.
    const key = (p: number) => (subscribers === SUBSCRIBERS && (p === 50 || p === 99) ? { key: `alert_p${p}_ms` } : {});
    const quantile = (p: number): Pick<BenchResult, "variant" | "rate" | "unit" | "key"> => {
      const rank = Math.max(1, Math.ceil((p / 100) * due));
      return rank <= latencies.length
        ? { variant: `latency commit -> subscriber, ${p === 100 ? "max" : `p${p}`}`, rate: latencies[rank - 1], unit: "ms", ...key(p) }
        : { variant: `latency commit -> subscriber, ${p === 100 ? "max" : `p${p}`}: not delivered by the cut-off`, rate: drainSeconds * 1000, unit: "ms or more", ...key(p) };
    };
    return [
      {
        scenario,
        variant: `ingest ${fmt(load.events)} events, captureEvents batches of ${batchSize} every ${intervalMs} ms${load.errors.length ? ` (${load.errors.length} failed)` : ""}`,
        seconds: load.seconds,
        rate: load.accepted / load.seconds,
        unit: "events/s",
      },
      {
        scenario,
        variant:
          undelivered === 0
            ? `deliveries: all ${subscribers} received all ${fmt(expected)} anomalies (0 lost)`
            : `deliveries: ${fmt(latencies.length)} of ${fmt(due)} (${subscribers} x ${fmt(expected)}) by the cut-off, ${short} subscribers short, fewest ${fmt(fewest)}`,
        seconds: window,
        rate: latencies.length / window,
        unit: "messages/s",
      },
      ...[50, 99, 100].map((p) => ({ scenario, seconds: window, ...quantile(p) })),
    ];
  } finally {
    if (watchers.connected) {
      watchers.kill();
    }
  }
}

export async function alerts(bench: BenchHub): Promise<BenchResult[]> {
  // --smoke (the harness's smoke test) only checks that it runs.
  const smoke = process.argv.includes("--smoke");
  const quick = smoke || process.argv.includes("--quick");
  const rate = 1000;
  const batchSize = 50;
  const intervalMs = (batchSize / rate) * 1000;
  const loadSeconds = smoke ? 2 : quick ? 5 : 15;
  const throughputEvents = smoke ? 2_000 : quick ? 5_000 : 20_000;
  const url = bench.hub.url;
  const token = (tenant: string) => signToken(bench.config.jwtSecret, { sub: "bench-driver", tenant, roles: ["integrator"] });

  // Seed: the same product and 10,000 commissioned units in each tenant; every rule off in one.
  const seedStarted = performance.now();
  for (const tenant of [RULES_ON, RULES_OFF]) {
    const admin = bench.client(tenant, "admin");
    const gtin = tenant === RULES_ON ? GTIN_ON : GTIN_OFF;
    await admin.request(CreateProductDocument, { input: { gtin, name: "Alert pump", brand: "Bench", markets: ["DE"], warrantyMonths: 12 } });
    const integrator = bench.client(tenant, "integrator");
    const prefix = tenant === RULES_ON ? "A-" : "B-";
    for (let start = 0; start < SERIALS; start += 5_000) {
      const epcs = Array.from({ length: Math.min(5_000, SERIALS - start) }, (_, n) => epcOf(`${prefix}${start + n}`, gtin));
      await integrator.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning(epcs, "2025-01-02T08:00:00Z")]) });
    }
  }
  const everyKind = Object.values(AnomalyKind);
  const configured = await bench.client(RULES_OFF, "admin").request(ConfigureRulesDocument, { input: { disabled: everyKind } });
  if (configured.configureRules.disabled.length !== everyKind.length) {
    throw new Error(`Could not disable every rule for ${RULES_OFF}: ${JSON.stringify(configured.configureRules.disabled)}`);
  }
  console.log(`alerts: seeded 2 tenants x ${fmt(SERIALS)} commissioned units in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  const base = Date.parse("2025-02-01T00:00:00Z");
  const onStream = (offsetHours: number, anomalyEvery = 0): Stream => ({ gtin: GTIN_ON, prefix: "A-", tag: String(offsetHours), base: base + offsetHours * HOUR_MS, anomalyEvery });
  const offStream = (offsetHours: number): Stream => ({ gtin: GTIN_OFF, prefix: "B-", tag: String(offsetHours), base: base + offsetHours * HOUR_MS, anomalyEvery: 0 });

  // Warm-up at the target rate, normal events only.
  await driven({ url, token: token(RULES_ON), stream: onStream(0), start: 0, batches: 40, batchSize, intervalMs, width: 32 });

  // Latency: first one subscriber (the pipeline itself), then the 100 of issue 5.
  const latency = (subscribers: number, seconds: number, offsetHours: number, drainCap: number) =>
    latencyRun(bench, { subscribers, seconds, rate, batchSize, stream: onStream(offsetHours, 20), drainCapSeconds: drainCap });
  // Deliveries still missing 30 s after the last batch already miss the 100 ms goal by far; waiting longer only stretches the run.
  const results: BenchResult[] = [...(await latency(1, smoke ? 1 : quick ? 3 : 5, 6, 30)), ...(await latency(SUBSCRIBERS, loadSeconds, 12, 30))];
  // Let the hub finish whatever the closed subscriptions left in flight.
  await sleep(2000);

  // Throughput: the same shape of normal events into each tenant, as fast as 4 senders go,
  // in A B B A halves so neither side gets the warmer or the emptier database.
  const throughputBatch = 500;
  const half = Math.round(throughputEvents / throughputBatch / 2);
  const burst = (tenant: string, stream: Stream, start: number, count: number) =>
    driven({ url, token: token(tenant), stream, start, batches: count, batchSize: throughputBatch, intervalMs: 0, width: 4 });
  await burst(RULES_ON, onStream(24), 0, 4);
  await burst(RULES_OFF, offStream(24), 0, 4);
  const totals: Record<string, { events: number; seconds: number; anomalies: number; errors: string[] }> = {
    [RULES_ON]: { events: 0, seconds: 0, anomalies: 0, errors: [] },
    [RULES_OFF]: { events: 0, seconds: 0, anomalies: 0, errors: [] },
  };
  const rounds: [string, number][] = [
    [RULES_ON, 0],
    [RULES_OFF, 0],
    [RULES_OFF, half * throughputBatch],
    [RULES_ON, half * throughputBatch],
  ];
  const perRound: string[] = [];
  for (const [tenant, start] of rounds) {
    const stream = tenant === RULES_ON ? onStream(36) : offStream(36);
    const run = await burst(tenant, stream, start, half);
    perRound.push(`${tenant === RULES_ON ? "on" : "off"} ${fmt(Math.round(run.accepted / run.seconds))}`);
    totals[tenant].events += run.accepted;
    totals[tenant].seconds += run.seconds;
    totals[tenant].anomalies += run.anomalyIds.length;
    totals[tenant].errors.push(...run.errors);
  }
  console.log(`alerts: capture rounds (events/s): ${perRound.join(", ")}`);
  for (const [tenant, total] of Object.entries(totals)) {
    if (total.errors.length > 0 || total.events !== half * 2 * throughputBatch) {
      throw new Error(`Throughput run for ${tenant}: ${total.events} accepted, errors: ${total.errors.slice(0, 3).join(" | ")}`);
    }
    if (total.anomalies > 0) {
      console.log(`alerts: ${tenant} raised ${total.anomalies} anomalies on normal events`);
    }
  }
  const on = totals[RULES_ON];
  const off = totals[RULES_OFF];
  const tScenario = `alerts: capture ${fmt(on.events)} normal events`;
  results.push(
    { scenario: tScenario, variant: `rules on, batches of ${throughputBatch}, 4 senders`, seconds: on.seconds, rate: on.events / on.seconds, unit: "events/s" },
    { scenario: tScenario, variant: `every rule disabled (${everyKind.length} kinds), same shape`, seconds: off.seconds, rate: off.events / off.seconds, unit: "events/s" },
    {
      scenario: tScenario,
      variant: "rules on vs every rule disabled",
      seconds: on.seconds + off.seconds,
      rate: (100 * (on.events / on.seconds)) / (off.events / off.seconds),
      unit: "% of the rate without rules",
    },
  );
  return results;
}
