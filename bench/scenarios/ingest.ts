import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { CaptureEventsDocument, ConfigureConnectorDocument, CreateProductDocument, SerialDocument } from "../../clients/generated/graphql";
import { basicAuth } from "../../connectors/core/signers";
import { commissioning, epcisDocument } from "../../lib/testing/epcis-fixtures";
import { drained, idocXml, until } from "../../lib/testing/ingest";
import type { BenchHub } from "../bench-hub";
import { progress } from "../progress";
import type { Figure } from "../report";
import { fmt, sized, type ScenarioContext } from "../scenario";

const GTIN = "04012345111118";
const TENANT = "bench";

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

async function commission(bench: BenchHub, serials: string[]): Promise<void> {
  const client = bench.client(TENANT, "integrator");
  const bar = progress("ingest: commissioning units", serials.length);
  // 10,000 a request: a busy machine must not push one capture past the client's 300 s response timeout.
  for (let start = 0; start < serials.length; start += 10_000) {
    const epcs = serials.slice(start, start + 10_000).map((serial) => `https://id.gs1.org/01/${GTIN}/21/${serial}`);
    await client.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning(epcs, "2025-01-02T08:00:00Z")]) });
    bar.tick(epcs.length);
  }
  bar.done();
}

/** Runs `tasks` with at most `width` in flight, as several senders posting at once. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

/**
 * COPY of the rows the hub wrote, from memory into twins of its tables: the floor for writing
 * them. `rows` counts serial events (event_serials rows), as the ingest rate does.
 */
async function rawCopy(databaseUrl: string): Promise<{ rows: number; seconds: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // The shipping events the deliveries made (commissioning came through captureEvents).
    const selects: Record<string, string> = {
      events: `SELECT * FROM serials.events WHERE tenant_id = '${TENANT}' AND biz_step = 'shipping'`,
      event_serials: `SELECT * FROM serials.event_serials WHERE tenant_id = '${TENANT}'
        AND event_id NOT IN (SELECT event_id FROM serials.events WHERE tenant_id = '${TENANT}' AND biz_step = 'commissioning')`,
    };
    const tables = Object.keys(selects);
    const dumps: Buffer[] = [];
    for (const table of tables) {
      const chunks: Buffer[] = [];
      const stream = db.query(copyTo(`COPY (${selects[table]}) TO STDOUT`));
      for await (const chunk of stream) {
        chunks.push(chunk as Buffer);
      }
      dumps.push(Buffer.concat(chunks));
      await db.query(`CREATE TEMP TABLE copy_${table} (LIKE serials.${table} INCLUDING ALL)`);
    }
    const started = process.hrtime.bigint();
    let rows = 0;
    for (const [i, table] of tables.entries()) {
      const sink = db.query(copyFrom(`COPY copy_${table} FROM STDIN`));
      await new Promise<void>((resolve, reject) => {
        sink.on("finish", resolve).on("error", reject);
        sink.end(dumps[i]);
      });
      rows += table === "event_serials" ? Number(sink.rowCount) : 0;
    }
    return { rows, seconds: seconds(started) };
  } finally {
    await db.end();
  }
}

/**
 * Signed SAP IDocs posted through the front door by 8 senders at once, timed until every
 * event is stored (state updated, rules run, ledger sealed), next to a COPY of the same rows;
 * then one 10,000-serial IDoc from POST until its last unit's state is visible through the gateway.
 */
export async function ingest(context: ScenarioContext): Promise<Figure[]> {
  const deliveries = sized(context.mode, { smoke: 4, quick: 40, default: 120 });
  const perDelivery = sized(context.mode, { smoke: 50, quick: 500, default: 500 });
  const oneDocument = sized(context.mode, { smoke: 500, quick: 10_000, default: 10_000 });
  const secret = randomBytes(24).toString("hex");
  const admin = context.client(TENANT, "admin");
  await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Bench pump", brand: "Bench", markets: ["DE"], warrantyMonths: 12 } });
  await admin.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [secret] } });
  const batches = Array.from({ length: deliveries }, (_, d) => Array.from({ length: perDelivery }, (_, s) => `S${d}-${s}`));
  const single = Array.from({ length: oneDocument }, (_, s) => `ONE-${s}`);
  await commission(context, [...batches.flat(), ...single]);

  const url = `${context.hub.url}/webhooks/${TENANT}/sap-idoc`;
  const headers = { "content-type": "application/x-sap.idoc", ...basicAuth(secret) };
  const bodies = batches.map((serials, d) => idocXml({ docnum: String(1_000_000 + d), vbeln: String(80_000_000 + d), ean: GTIN, serials, perLine: 100 }));
  const db = new Client({ connectionString: context.hub.databaseUrl });
  await db.connect();

  const started = process.hrtime.bigint();
  const statuses = await pool(
    bodies.map((body) => async () => (await fetch(url, { method: "POST", headers, body })).status),
    8,
  );
  const acknowledged = seconds(started);
  if (statuses.some((status) => status !== 200)) {
    throw new Error(`Some deliveries were refused: ${[...new Set(statuses)].join(", ")}`);
  }
  await drained({ sql: async (text, params) => (await db.query(text, params)).rows }, undefined, 600_000);
  const stored = seconds(started);
  const events = deliveries * perDelivery;
  const copy = await rawCopy(context.hub.databaseUrl);

  const token = context.client(TENANT, "integrator");
  const last = single.at(-1) as string;
  const oneStarted = process.hrtime.bigint();
  const answer = await fetch(url, { method: "POST", headers, body: idocXml({ docnum: "9999999", vbeln: "89999999", ean: GTIN, serials: single }) });
  if (answer.status !== 200) {
    throw new Error(`The ${fmt(oneDocument)}-serial IDoc was refused: ${answer.status}`);
  }
  const oneAcknowledged = seconds(oneStarted);
  // Polled every 20 ms: the time to visibility is what is measured.
  const visible = async () => ((await token.request(SerialDocument, { gtin: GTIN, serial: last, first: 1 })).serial?.status === "IN_TRANSIT" ? true : undefined);
  await until("the last unit to be IN_TRANSIT", visible, 600_000, 20);
  const oneVisible = seconds(oneStarted);
  await db.end();
  console.log(
    `ingest: ${deliveries} IDocs x ${perDelivery} serials acknowledged in ${acknowledged.toFixed(1)} s (${(deliveries / acknowledged).toFixed(0)} deliveries/s), ` +
      `stored in ${stored.toFixed(1)} s; COPY of the same ${fmt(copy.rows)} rows in ${copy.seconds.toFixed(2)} s; ` +
      `one ${fmt(oneDocument)}-serial IDoc acknowledged in ${oneAcknowledged.toFixed(2)} s, visible in ${oneVisible.toFixed(2)} s`,
  );

  const scenario = `ingest (${deliveries} signed IDocs x ${perDelivery} serials, 8 senders)`;
  const ingestRate = events / stored;
  const copyRate = copy.rows / copy.seconds;
  return [
    {
      scenario,
      figure: "serial events stored end to end (baseline: raw COPY of the same rows)",
      value: ingestRate,
      unit: "events/s",
      baseline: copyRate,
      ratio: ingestRate / copyRate,
      goal: { on: "ratio", op: ">=", target: 0.2 },
      keys: { value: "ingest_events_per_s", baseline: "copy_rows_per_s", ratio: "ingest_vs_copy" },
    },
    { scenario, figure: "deliveries acknowledged (inbox committed)", value: deliveries / acknowledged, unit: "deliveries/s" },
    {
      scenario: `one ${fmt(oneDocument)}-serial IDoc`,
      figure: "POST until the last unit is IN_TRANSIT through the gateway",
      value: oneVisible,
      unit: "s",
      goal: { on: "value", op: "<", target: 3 },
      ...(oneDocument === 10_000 ? { keys: { value: "erp_doc_10k_seconds" } } : {}),
    },
    { scenario: `one ${fmt(oneDocument)}-serial IDoc`, figure: "POST until acknowledged", value: oneAcknowledged, unit: "s" },
  ];
}
