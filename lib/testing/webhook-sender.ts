import { Client } from "pg";
import { idocXml, until } from "./ingest";

/** One SAP IDoc delivery shipping one unit, so each delivery leads to exactly one event row. */
export interface Delivery {
  docnum: string;
  serial: string;
  body: string;
}

/** What a sender saw for each delivery: an acknowledgement, a refusal with its status, or no answer at all. */
export interface SendResult {
  delivery: Delivery;
  /** HTTP status, or 0 when the connection failed. */
  status: number;
  /** "accepted" or "duplicate" on a 2xx. */
  answer?: string;
  deliveryId?: string;
}

export const acked = (result: SendResult): boolean => result.status >= 200 && result.status < 300;

/** `count` deliveries of units `${prefix}00001`…, docnums unique per prefix. */
export function deliveries(prefix: string, count: number, ean: string, docBase: number): Delivery[] {
  return Array.from({ length: count }, (_, i) => {
    const serial = `${prefix}${String(i + 1).padStart(5, "0")}`;
    const docnum = String(docBase + i + 1).padStart(16, "0");
    return { docnum, serial, body: idocXml({ docnum, vbeln: `0080${docnum.slice(-6)}`, ean, serials: [serial] }) };
  });
}

/** Posts one delivery as SAP's HTTP port does and reads the answer. */
export async function send(url: string, delivery: Delivery, headers: Record<string, string>): Promise<SendResult> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/x-sap.idoc", ...headers }, body: delivery.body });
    const body = (await response.json().catch(() => ({}))) as { status?: string; deliveryId?: string };
    return { delivery, status: response.status, answer: body.status, deliveryId: body.deliveryId };
  } catch {
    return { delivery, status: 0 };
  }
}

/**
 * Sends every delivery once, `concurrency` at a time, as busy senders do; after a refusal a
 * lane pauses `pauseMs` (a sender backing off) so an outage does not use up the whole list.
 * `onResult` sees every answer as it comes (to time a fault by the traffic, not by a clock).
 */
export async function sendAll(
  url: string,
  list: readonly Delivery[],
  headers: Record<string, string>,
  options: { concurrency?: number; pauseMs?: number; onResult?(result: SendResult, results: readonly SendResult[]): void } = {},
): Promise<SendResult[]> {
  const results: SendResult[] = [];
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const result = await send(url, list[next++], headers);
      results.push(result);
      options.onResult?.(result, results);
      if (!acked(result)) {
        await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 50));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 6 }, lane));
  return results;
}

/** Sends a delivery again until it is acknowledged, as a sender retries a refused webhook. */
export async function redeliver(url: string, delivery: Delivery, headers: Record<string, string>, attempts = 100, pauseMs = 200): Promise<SendResult & { tries: number }> {
  for (let tries = 1; ; tries += 1) {
    const result = await send(url, delivery, headers);
    if (acked(result) || tries >= attempts) {
      return { ...result, tries };
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/** A new connection per question: a test's own connection would not survive a database restart. */
export async function sqlOnce<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface Stored {
  /** Inbox rows per docnum, and how many of them are done. */
  rows: Map<string, number>;
  done: number;
  /** serials.event_serials rows per serial (one delivery ships one unit). */
  events: Map<string, number>;
}

/** What the database holds for `list`: inbox rows by delivery, event rows by unit. */
export async function stored(url: string, tenant: string, gtin: string, list: readonly Delivery[]): Promise<Stored> {
  const inbox = await sqlOnce<{ docnum: string; rows: string; done: string }>(
    url,
    `SELECT right(delivery_id, 16) AS docnum, count(*) AS rows, count(*) FILTER (WHERE status = 'done') AS done
     FROM ingest.inbox WHERE tenant_id = $1 AND right(delivery_id, 16) = ANY($2) GROUP BY 1`,
    [tenant, list.map((delivery) => delivery.docnum)],
  );
  const events = await sqlOnce<{ serial: string; rows: string }>(
    url,
    `SELECT serial, count(*) AS rows FROM serials.event_serials WHERE tenant_id = $1 AND gtin = $2 AND serial = ANY($3) GROUP BY serial`,
    [tenant, gtin, list.map((delivery) => delivery.serial)],
  );
  return {
    rows: new Map(inbox.map((row) => [row.docnum, Number(row.rows)])),
    done: inbox.reduce((sum, row) => sum + Number(row.done), 0),
    events: new Map(events.map((row) => [row.serial, Number(row.rows)])),
  };
}

/** Acknowledged deliveries without exactly one inbox row and one event, and anything stored twice. */
export function exactlyOnce(found: Stored, ackedResults: readonly SendResult[]): { missing: number; duplicates: number; inboxRows: number; eventRows: number } {
  const sum = (map: Map<string, number>) => [...map.values()].reduce((total, n) => total + n, 0);
  return {
    missing: ackedResults.filter((result) => found.rows.get(result.delivery.docnum) !== 1 || found.events.get(result.delivery.serial) !== 1).length,
    duplicates: [...found.rows.values(), ...found.events.values()].filter((n) => n > 1).length,
    inboxRows: sum(found.rows),
    eventRows: sum(found.events),
  };
}

/** Waits until no delivery is pending in the inbox. */
export async function inboxDrained(url: string, ms: number): Promise<void> {
  await until(
    "the inbox to drain",
    async () => {
      const [row] = await sqlOnce<{ n: string }>(url, `SELECT count(*) AS n FROM ingest.inbox WHERE status = 'pending'`);
      return Number(row.n) === 0 ? true : undefined;
    },
    ms,
    250,
  );
}
