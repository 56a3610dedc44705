import { setTimeout as sleep } from "node:timers/promises";
import { HubClient } from "../../clients/client";
import { AnomalyDetectedDocument, CaptureEventsDocument } from "../../clients/generated/graphql";
import { commissioning, epcisDocument, objectEvent, shipping } from "../../lib/testing/epcis-fixtures";

/**
 * The two child processes of `npm run bench -- alerts` (see alerts.ts): the load generator and
 * the 100 subscribers, each forked from this file so that neither shares the hub's event loop.
 */

/** GTINs belong to one tenant: the same product shape under two codes. */
export const GTIN_ON = "04012345111118";
export const GTIN_OFF = "09520123456788";
export const RULES_ON = "alerts-rules";
export const RULES_OFF = "alerts-norules";
export const SERIALS = 10_000;
export const SUBSCRIBERS = 100;
export const PROBE = "PROBE-";
export const HOUR_MS = 3_600_000;

export const epcOf = (serial: string, gtin = GTIN_ON) => `https://id.gs1.org/01/${gtin}/21/${serial}`;

/** A deterministic stream of events over `serials` commissioned units `<prefix><n>`, one second apart. */
export interface Stream {
  gtin: string;
  prefix: string;
  /** Keeps the never-commissioned serials of different runs apart (AI 21 allows 20 characters). */
  tag: string;
  /** Event time of event 0 (ms since the epoch); event i happens i seconds later, so each unit's events stay in time order. */
  base: number;
  /** Every `anomalyEvery`-th event is anomalous (0: none), alternately UNKNOWN_SERIAL and DUPLICATE_COMMISSIONING. */
  anomalyEvery: number;
}

export function eventAt(stream: Stream, i: number): Record<string, unknown> {
  const time = new Date(stream.base + i * 1000).toISOString();
  const unit = epcOf(`${stream.prefix}${i % SERIALS}`, stream.gtin);
  if (stream.anomalyEvery > 0 && i % stream.anomalyEvery === stream.anomalyEvery - 1) {
    return Math.floor(i / stream.anomalyEvery) % 2 === 0
      ? shipping([epcOf(`FAKE-${stream.prefix}${stream.tag}-${i}`, stream.gtin)], time) // never commissioned: UNKNOWN_SERIAL
      : commissioning([unit], time); // commissioned again: DUPLICATE_COMMISSIONING
  }
  return i % 2 === 0 ? shipping([unit], time) : objectEvent({ bizStep: "inspecting", disposition: "active", epcList: [unit], eventTime: time });
}

// ---------------------------------------------------------------- child processes

export interface DriveJob {
  url: string;
  token: string;
  stream: Stream;
  /** Events [start, start + batches × batchSize) of the stream. */
  start: number;
  batches: number;
  batchSize: number;
  /** A batch is due every intervalMs (an open loop); 0 sends each as soon as a sender is free. */
  intervalMs: number;
  /** Batches in flight at most. */
  width: number;
}

export interface DriveResult {
  events: number;
  accepted: number;
  seconds: number;
  anomalyIds: string[];
  errors: string[];
  /** Round trip of each captureEvents request, ms. */
  roundTrips: number[];
  /** How far the last batch started after it was due, ms (open loop only). */
  lagMs: number;
}

/** The load generator: captureEvents batches, paced or as fast as `width` senders go. */
export async function drive(job: DriveJob): Promise<DriveResult> {
  const client = new HubClient({ url: job.url, token: job.token });
  const result: DriveResult = { events: 0, accepted: 0, seconds: 0, anomalyIds: [], errors: [], roundTrips: [], lagMs: 0 };
  const send = async (batch: number) => {
    const first = job.start + batch * job.batchSize;
    const events = Array.from({ length: job.batchSize }, (_, j) => eventAt(job.stream, first + j));
    const sent = performance.now();
    try {
      const { captureEvents } = await client.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
      result.roundTrips.push(performance.now() - sent);
      result.events += events.length;
      result.accepted += captureEvents.accepted;
      result.anomalyIds.push(...captureEvents.anomalies.map((anomaly) => anomaly.id));
      if (captureEvents.errors.length > 0) {
        result.errors.push(`batch ${batch}: ${captureEvents.errors[0].message}`);
      }
    } catch (error) {
      result.errors.push(`batch ${batch}: ${(error as Error).message}`);
    }
  };
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (let batch = 0; batch < job.batches; batch++) {
    if (job.intervalMs > 0) {
      const due = started + batch * job.intervalMs;
      const wait = due - performance.now();
      if (wait > 0) {
        await sleep(wait);
      }
    }
    while (inFlight.size >= job.width) {
      await Promise.race(inFlight);
    }
    if (job.intervalMs > 0) {
      result.lagMs = Math.max(0, performance.now() - (started + batch * job.intervalMs));
    }
    const request: Promise<void> = send(batch).finally(() => inFlight.delete(request));
    inFlight.add(request);
  }
  await Promise.all(inFlight);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export type SubscriberRequest = { type: "open"; url: string; tokens: string[] } | { type: "counts" } | { type: "finish"; expected: string[] };

export interface Counts {
  probes: number[];
  received: number[];
  errors: number;
  ended: number;
}

export interface SubscriberReport {
  /** Per subscriber: expected anomalies received, expected ones never received, repeats, ids nobody expected. */
  perSubscriber: { received: number; missing: number; repeats: number; unexpected: number }[];
  /** receivedAt − detectedAt of every expected anomaly received, ms, over all subscribers. */
  latencies: number[];
  errors: string[];
  ended: number;
}

/** The 100 subscribers: one graphql-ws connection each, as separate integrators would have. */
function subscriberChild(): void {
  const subscribers: { id: string; latency: number }[][] = [];
  const probes: number[] = [];
  const errors: string[] = [];
  const clients: HubClient[] = [];
  let ended = 0;
  const reply = (message: unknown) => process.send?.(message);
  process.on("message", (message: SubscriberRequest) => {
    if (message.type === "open") {
      message.tokens.forEach((token, s) => {
        const client = new HubClient({ url: message.url, token });
        clients.push(client);
        subscribers[s] = [];
        probes[s] = 0;
        void (async () => {
          try {
            for await (const response of client.subscribe(AnomalyDetectedDocument, {})) {
              const receivedAt = Date.now();
              const anomaly = response.data?.anomalyDetected;
              if (response.errors?.length || !anomaly) {
                errors.push(JSON.stringify(response.errors ?? response));
              } else if (anomaly.serial.serial.startsWith(PROBE)) {
                probes[s] += 1;
              } else {
                subscribers[s].push({ id: anomaly.id, latency: receivedAt - Date.parse(anomaly.detectedAt) });
              }
            }
          } catch (error) {
            errors.push(`subscriber ${s}: ${String(error instanceof Error ? error.message : JSON.stringify(error))}`);
          } finally {
            ended += 1;
          }
        })();
      });
      reply({ type: "opened" });
    } else if (message.type === "counts") {
      reply({ type: "counts", probes, received: subscribers.map((list) => list.length), errors: errors.length, ended } satisfies Counts & { type: string });
    } else if (message.type === "finish") {
      const expected = new Set(message.expected);
      const latencies: number[] = [];
      const perSubscriber = subscribers.map((list) => {
        const seen = new Set<string>();
        let repeats = 0;
        let unexpected = 0;
        for (const { id, latency } of list) {
          if (!expected.has(id)) {
            unexpected += 1;
          } else if (seen.has(id)) {
            repeats += 1;
          } else {
            seen.add(id);
            latencies.push(latency);
          }
        }
        return { received: seen.size, missing: expected.size - seen.size, repeats, unexpected };
      });
      const report: SubscriberReport = { perSubscriber, latencies, errors: errors.slice(0, 5), ended };
      process.send?.({ type: "report", ...report }, () => {
        void Promise.all(clients.map((client) => client.close())).finally(() => process.exit(0));
      });
    }
  });
  process.on("disconnect", () => process.exit(0));
}

function driverChild(): void {
  process.on("message", (job: DriveJob) => {
    void drive(job).then((result) => process.send?.({ type: "driven", ...result }, () => process.exit(0)));
  });
  process.on("disconnect", () => process.exit(0));
}

if (require.main === module && process.argv[2] === "alerts-child") {
  if (process.argv[3] === "subscribers") {
    subscriberChild();
  } else {
    driverChild();
  }
}
