import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { progress } from "../progress";

/**
 * A registry for the recall benchmark: `size` units of two products that have been made,
 * shipped, sold, returned and destroyed, with the events that did it, written with COPY.
 * Everything is a function of the unit's number, so the scenario knows which units a scope
 * covers without asking: four fifths are numeric serials of NUMERIC_GTIN ("0000000001"…),
 * one fifth alphanumeric serials of ALPHA_GTIN ("A000000000"…).
 */
export const NUMERIC_GTIN = "09520123456788";
export const ALPHA_GTIN = "00614141073467";

export interface Registry {
  tenant: string;
  size: number;
  /** Units of NUMERIC_GTIN: n in [0, numeric). */
  numeric: number;
  alpha: number;
  /** Units per lot: L<n / lotSize> (numeric), M<m / lotSize> (alphanumeric). */
  lotSize: number;
}

const BASE = Date.parse("2025-01-01T00:00:00Z");
const DAYS = 100;
const FACTORY = "urn:epc:id:sgln:4012345.99999.0";
const COUNTRIES = ["DE", "FR", "IT", "ES", "NL", "PL", "AT"];
const CHUNK = 10_000;

export const numericSerial = (n: number): string => String(n + 1).padStart(10, "0");
export const alphaSerial = (m: number): string => `A${String(m).padStart(9, "0")}`;
/** Lot codes grow with production, as real ones do (a date or a counter): the planner sees them follow the table's order. */
export const lotOf = (registry: Registry, n: number, prefix = "L"): string => `${prefix}${String(Math.floor(n / registry.lotSize)).padStart(6, "0")}`;

/** Commissioning time of numeric unit n: spread over DAYS days; the alphanumeric product is made after it (rows are written in time order). */
export const madeAt = (registry: Registry, n: number): Date => new Date(BASE + Math.floor((n * DAYS * 86_400_000) / registry.numeric));
const alphaMadeAt = (registry: Registry, m: number): Date => new Date(madeAt(registry, registry.numeric).getTime() + m * 1000);

export function registryOf(tenant: string, size: number): Registry {
  const numeric = Math.floor(size * 0.8);
  return { tenant, size, numeric, alpha: size - numeric, lotSize: Math.max(1, Math.min(10_000, Math.floor(size / 100))) };
}

/** Where unit n is: 20 % made and not shipped, 10 % in transit, 30 % at a custodian, 30 % sold, 5 % returned, 5 % destroyed. */
function stateOf(n: number): { status: string; step: string; disposition: string; shipped: boolean } {
  const r = n % 20;
  const [status, step, disposition] =
    r < 4
      ? ["ACTIVE", "commissioning", "active"]
      : r < 6
        ? ["IN_TRANSIT", "shipping", "in_transit"]
        : r < 12
          ? ["ACTIVE", "receiving", "in_progress"]
          : r < 18
            ? ["SOLD", "retail_selling", "retail_sold"]
            : r < 19
              ? ["RETURNED", "receiving", "returned"]
              : ["DESTROYED", "destroying", "destroyed"];
  return { status, step, disposition, shipped: r >= 4 };
}

const commissionId = (gtin: string, lot: string) => `bench:commissioning:${gtin}:${lot}`;
const movedId = (gtin: string, lot: string) => `bench:moved:${gtin}:${lot}`;

interface Unit {
  gtin: string;
  serial: string;
  lot: string;
  at: Date;
  n: number;
}

function* units(registry: Registry): Generator<Unit> {
  for (let n = 0; n < registry.numeric; n += 1) {
    yield { gtin: NUMERIC_GTIN, serial: numericSerial(n), lot: lotOf(registry, n), at: madeAt(registry, n), n };
  }
  for (let m = 0; m < registry.alpha; m += 1) {
    yield { gtin: ALPHA_GTIN, serial: alphaSerial(m), lot: lotOf(registry, m, "M"), at: alphaMadeAt(registry, m), n: m };
  }
}

/** COPY text in chunks; `row` gives one unit's lines. */
function* copyText(registry: Registry, row: (unit: Unit) => string, bar: { tick(n: number): void }): Generator<string> {
  let text = "";
  let count = 0;
  for (const unit of units(registry)) {
    text += row(unit);
    if (++count % CHUNK === 0) {
      bar.tick(CHUNK);
      yield text;
      text = "";
    }
  }
  bar.tick(count % CHUNK);
  yield text;
}

function serialRow(tenant: string, unit: Unit): string {
  const state = stateOf(unit.n);
  const custodian = state.shipped ? `urn:epc:id:sgln:4012345.${String(unit.n % 200).padStart(5, "0")}.0` : FACTORY;
  const last = new Date(unit.at.getTime() + (state.shipped ? 86_400_000 : 0)).toISOString();
  const lastId = state.shipped ? movedId(unit.gtin, unit.lot) : commissionId(unit.gtin, unit.lot);
  const memory = `{"custodian": "${custodian}", "shipped": ${state.shipped}}`;
  const country = state.shipped ? COUNTRIES[unit.n % COUNTRIES.length] : "DE";
  return `${tenant}\t${unit.gtin}\t${unit.serial}\t${state.status}\t${unit.at.toISOString()}\t${last}\t${lastId}\t${state.step}\t${state.disposition}\t${custodian}\t${country}\t${unit.lot}\t2028-12-31\t${memory}\n`;
}

/** Every unit's commissioning, and the move that left it where it is (one event per lot and kind). */
function linkRows(tenant: string, unit: Unit): string {
  const made = `${tenant}\t${unit.gtin}\t${unit.serial}\t${unit.at.toISOString()}\t${commissionId(unit.gtin, unit.lot)}\tepc\n`;
  return stateOf(unit.n).shipped
    ? `${made}${tenant}\t${unit.gtin}\t${unit.serial}\t${new Date(unit.at.getTime() + 86_400_000).toISOString()}\t${movedId(unit.gtin, unit.lot)}\tepc\n`
    : made;
}

/** The events themselves: one per lot and kind (their bodies name the lot, not every EPC). */
function* eventRows(registry: Registry): Generator<string> {
  for (const [gtin, count, prefix] of [[NUMERIC_GTIN, registry.numeric, "L"], [ALPHA_GTIN, registry.alpha, "M"]] as const) {
    let text = "";
    for (let first = 0; first < count; first += registry.lotSize) {
      const lot = lotOf(registry, first, prefix);
      const at = (gtin === NUMERIC_GTIN ? madeAt(registry, first) : alphaMadeAt(registry, first)).toISOString();
      for (const [id, step, disposition] of [[commissionId(gtin, lot), "commissioning", "active"], [movedId(gtin, lot), "shipping", "in_transit"]]) {
        const body = JSON.stringify({ type: "ObjectEvent", action: "OBSERVE", bizStep: step, eventTime: at, "serialhub:bench": { gtin, lot } });
        text += `${registry.tenant}\t${id}\tObjectEvent\tOBSERVE\t${step}\t${disposition}\t${at}\t+00:00\t${body.replace(/\\/g, "\\\\")}\n`;
      }
    }
    yield text;
  }
}

/** Runs `fill` without the table's secondary indexes and builds them again after: one pass instead of row by row. */
async function withoutIndexes(db: Client, table: string, fill: () => Promise<void>): Promise<void> {
  const { rows } = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = 'serials'::regnamespace
     JOIN pg_index x ON x.indexrelid = c.oid WHERE i.schemaname = 'serials' AND i.tablename = $1 AND NOT x.indisprimary`,
    [table],
  );
  for (const index of rows) {
    await db.query(`DROP INDEX serials.${index.indexname}`);
  }
  await fill();
  const bar = progress(`  rebuilding ${rows.length} indexes of serials.${table}`, rows.length);
  for (const index of rows) {
    await db.query(index.indexdef);
    bar.tick(1);
  }
  bar.done();
}

/** Fills the registry: serials, their events and event links, then analyses the tables. */
export async function fillRegistry(databaseUrl: string, registry: Registry): Promise<number> {
  const started = performance.now();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query("SET maintenance_work_mem = '1GB'");
    const copy = async (table: string, columns: string, rows: Iterable<string>) => {
      await pipeline(Readable.from(rows), db.query(copyFrom(`COPY serials.${table} (${columns}) FROM STDIN`)));
    };
    await withoutIndexes(db, "serials", async () => {
      const bar = progress(`  COPY ${registry.size.toLocaleString("en")} serials`, registry.size);
      await copy(
        "serials",
        "tenant_id, gtin, serial, status, commissioned_at, last_event_time, last_event_id, last_biz_step, last_disposition, last_biz_location, last_country, lot, expiry, rule_memory",
        copyText(registry, (unit) => serialRow(registry.tenant, unit), bar),
      );
      bar.done();
    });
    await copy("events", "tenant_id, event_id, event_type, action, biz_step, disposition, event_time, event_time_zone_offset, body", eventRows(registry));
    await withoutIndexes(db, "event_serials", async () => {
      const bar = progress(`  COPY the event links of ${registry.size.toLocaleString("en")} serials`, registry.size);
      await copy("event_serials", "tenant_id, gtin, serial, event_time, event_id, role", copyText(registry, (unit) => linkRows(registry.tenant, unit), bar));
      bar.done();
    });
    await db.query("ANALYZE serials.serials");
    await db.query("ANALYZE serials.event_serials");
    return (performance.now() - started) / 1000;
  } finally {
    await db.end();
  }
}
