import type { DataSource, EntityManager } from "typeorm";
import type { NormalizedEvent, SerialRole } from "../../../lib/epcis/normalise";
import type { StoredEpcisEvent } from "../../../lib/epcis/query-document";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { serialInRangeSql, type SerialRange } from "../../../lib/serials/serial-range";
import type { EpcisEventFilter, EventPosition } from "./epcis-query";
import { ruleFieldsOf, type RuleItem } from "../rules/rule-event";
import { SerialEvent } from "./serial-event.entity";
import { RAW_EVENT_COLUMNS, toSerialEvent, type RawEventRow } from "./serial-event.row";

export interface HistoryRow extends SerialKey, RuleItem {}

interface RawHistoryRow {
  gtin: string;
  serial: string;
  role: SerialRole;
  event_id: string;
  event_type: NormalizedEvent["type"];
  action: NormalizedEvent["action"];
  biz_step: string | null;
  disposition: string | null;
  event_time: Date;
  read_point: string | null;
  biz_location: string | null;
  country: string | null;
  parent_id: string | null;
  lot: string | null;
  expiry: string | null;
  record_time: Date;
  scan: unknown;
  destination_list: unknown;
  biz_transactions: unknown;
}

export interface QueriedEvent extends StoredEpcisEvent {
  position: EventPosition;
}

interface RawQueriedRow {
  event_id: string;
  body: Record<string, unknown>;
  error_declaration: Record<string, unknown> | null;
  record_time: Date;
  position_time: string;
}

/** One unit named by an event, for live feeds. */
export interface SerialEventRow extends SerialKey {
  role: SerialRole;
  event: SerialEvent;
}

interface RawSerialEventRow extends RawEventRow {
  gtin: string;
  serial: string;
  role: SerialRole;
}

/** The roles MATCH_epc covers: epcList and childEPCs (parentID, inputs and outputs have their own GS1 parameters). */
const MATCH_EPC_ROLES: SerialRole[] = ["epc", "child"];

export class EventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts in one statement; returns the ids that were new (the rest were duplicates). */
  async insert(manager: EntityManager, tenantId: string, events: readonly NormalizedEvent[], retracted: boolean): Promise<Set<string>> {
    if (events.length === 0) {
      return new Set();
    }
    const rows = events.map((event) => ({
      event_id: event.eventId,
      event_type: event.type,
      action: event.action,
      biz_step: event.bizStep,
      disposition: event.disposition,
      event_time: event.eventTime.toISOString(),
      event_time_zone_offset: event.eventTimeZoneOffset,
      read_point: event.readPoint,
      biz_location: event.bizLocation,
      country: event.country,
      parent_id: event.parentId,
      lot: event.lot,
      expiry: event.expiry,
      error_declaration: event.errorDeclaration,
      body: event.body,
    }));
    const inserted: { event_id: string }[] = await manager.query(
      `INSERT INTO serials.events (tenant_id, event_id, event_type, action, biz_step, disposition, event_time,
         event_time_zone_offset, read_point, biz_location, country, parent_id, lot, expiry, retracted_at, error_declaration, body)
       SELECT $1, r.event_id, r.event_type, r.action, r.biz_step, r.disposition, r.event_time, r.event_time_zone_offset,
         r.read_point, r.biz_location, r.country, r.parent_id, r.lot, r.expiry, CASE WHEN $3 THEN now() END, r.error_declaration, r.body
       FROM jsonb_to_recordset($2::jsonb) AS r(event_id text, event_type text, action text, biz_step text, disposition text,
         event_time timestamptz, event_time_zone_offset text, read_point text, biz_location text, country text,
         parent_id text, lot text, expiry date, error_declaration jsonb, body jsonb)
       ON CONFLICT (tenant_id, event_id) DO NOTHING
       RETURNING event_id`,
      [tenantId, JSON.stringify(rows), retracted],
    );
    return new Set(inserted.map((row) => row.event_id));
  }

  /** Marks earlier events retracted by an error declaration; returns the ids it found. */
  async retract(manager: EntityManager, tenantId: string, declarations: readonly NormalizedEvent[]): Promise<Set<string>> {
    if (declarations.length === 0) {
      return new Set();
    }
    const rows: { event_id: string }[] = await manager.query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      `WITH retracted AS (
         UPDATE serials.events AS e SET retracted_at = now(), error_declaration = r.declaration
         FROM jsonb_to_recordset($2::jsonb) AS r(event_id text, declaration jsonb)
         WHERE e.tenant_id = $1 AND e.event_id = r.event_id AND e.retracted_at IS NULL
         RETURNING e.event_id)
       SELECT event_id FROM retracted`,
      [tenantId, JSON.stringify(declarations.map((event) => ({ event_id: event.eventId, declaration: event.errorDeclaration })))],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  async linkSerials(manager: EntityManager, tenantId: string, events: readonly NormalizedEvent[]): Promise<void> {
    const rows = events.flatMap((event) =>
      event.serials.map((ref) => ({ gtin: ref.gtin, serial: ref.serial, role: ref.role, event_id: event.eventId, event_time: event.eventTime.toISOString() })),
    );
    if (rows.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO serials.event_serials (tenant_id, gtin, serial, event_time, event_id, role)
       SELECT $1, r.gtin, r.serial, r.event_time, r.event_id, r.role
       FROM jsonb_to_recordset($2::jsonb) AS r(gtin char(14), serial text, event_time timestamptz, event_id text, role text)
       ON CONFLICT DO NOTHING`,
      [tenantId, JSON.stringify(rows)],
    );
  }

  async serialsOf(manager: EntityManager, tenantId: string, eventIds: readonly string[]): Promise<SerialKey[]> {
    if (eventIds.length === 0) {
      return [];
    }
    return manager.query(`SELECT DISTINCT gtin, serial FROM serials.event_serials WHERE tenant_id = $1 AND event_id = ANY($2::text[])`, [
      tenantId,
      eventIds,
    ]);
  }

  /**
   * The tenant's standing events among `eventIds`, once for each unit they name, narrowed in
   * SQL by GTIN and serial range, in event time order: one statement per pub/sub message.
   */
  async standingBySerial(
    tenantId: string,
    eventIds: readonly string[],
    filter: { gtin?: string; serialRange?: SerialRange },
  ): Promise<SerialEventRow[]> {
    if (eventIds.length === 0) {
      return [];
    }
    const params: unknown[] = [tenantId, eventIds];
    const param = (value: unknown, cast: string) => {
      params.push(value);
      return `$${params.length}::${cast}`;
    };
    const where = ["e.tenant_id = $1", "e.event_id = ANY($2::text[])", "e.retracted_at IS NULL"];
    if (filter.gtin) {
      where.push(`es.gtin = ${param(filter.gtin, "char(14)")}`);
    }
    if (filter.serialRange) {
      where.push(serialInRangeSql("es.serial", param(filter.serialRange.from, "text"), param(filter.serialRange.to, "text")));
    }
    const rows: RawSerialEventRow[] = await this.dataSource.query(
      `SELECT es.gtin, es.serial, es.role, ${RAW_EVENT_COLUMNS}
       FROM serials.events e
       JOIN serials.event_serials es ON es.tenant_id = e.tenant_id AND es.event_id = e.event_id
       WHERE ${where.join(" AND ")}
       ORDER BY e.event_time, e.event_id, es.gtin, es.serial COLLATE "C"`,
      params,
    );
    return rows.map((row) => ({
      gtin: row.gtin,
      serial: row.serial,
      role: row.role,
      event: toSerialEvent(row),
    }));
  }

  /** The standing (not retracted) history of each serial, oldest first. */
  async history(manager: EntityManager, tenantId: string, keys: readonly SerialKey[]): Promise<HistoryRow[]> {
    if (keys.length === 0) {
      return [];
    }
    const [gtins, serials] = keyColumns(keys);
    const rows: RawHistoryRow[] = await manager.query(
      `SELECT es.gtin, es.serial, es.role, e.event_id, e.event_type, e.action, e.biz_step, e.disposition, e.event_time,
              e.read_point, e.biz_location, e.country, e.parent_id, e.lot, to_char(e.expiry, 'YYYY-MM-DD') AS expiry,
              e.record_time, e.body->'serialhub:verificationScan' AS scan, e.body->'destinationList' AS destination_list,
              e.body->'bizTransactionList' AS biz_transactions
       FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
       JOIN serials.event_serials es ON es.tenant_id = $1 AND es.gtin = k.gtin AND es.serial = k.serial
       JOIN serials.events e ON e.tenant_id = es.tenant_id AND e.event_id = es.event_id
       WHERE e.retracted_at IS NULL
       ORDER BY es.gtin, es.serial, e.event_time, e.record_time, e.event_id`,
      [tenantId, gtins, serials],
    );
    return rows.map((row) => ({
      gtin: row.gtin,
      serial: row.serial,
      role: row.role,
      event: {
        eventId: row.event_id,
        type: row.event_type,
        action: row.action,
        bizStep: row.biz_step,
        disposition: row.disposition,
        eventTime: new Date(row.event_time),
        readPoint: row.read_point,
        bizLocation: row.biz_location,
        country: row.country,
        parentId: row.parent_id,
        lot: row.lot,
        expiry: row.expiry,
        recordTime: new Date(row.record_time),
        ...ruleFieldsOf({ scan: row.scan, destinationList: row.destination_list, bizTransactionList: row.biz_transactions }),
      },
    }));
  }

  /** A serial's events, oldest first; `after` is the [eventTime, eventId] of the previous page's last. */
  pageForSerial(tenantId: string, key: SerialKey, limit: number, after?: [string, string]): Promise<SerialEvent[]> {
    // The page is cut on the (tenant, gtin, serial, event_time, event_id) index, then joined to the events.
    const page = `SELECT es.event_id FROM serials.event_serials es
      WHERE es.tenant_id = :tenantId AND es.gtin = :gtin AND es.serial = :serial
      ${after ? "AND (es.event_time, es.event_id) > (:time::timestamptz, :id)" : ""}
      ORDER BY es.event_time, es.event_id LIMIT :limit`;
    return this.dataSource
      .getRepository(SerialEvent)
      .createQueryBuilder("e")
      .where(`e.tenant_id = :tenantId AND e.event_id IN (${page})`, {
        tenantId,
        gtin: key.gtin,
        serial: key.serial,
        limit,
        ...(after ? { time: after[0], id: after[1] } : {}),
      })
      .orderBy("e.event_time", "ASC")
      .addOrderBy("e.event_id", "ASC")
      .getMany();
  }

  /**
   * One page of an EPCIS SimpleEventQuery in (eventTime, eventID) order, in one statement.
   * The page is cut on the (tenant, event_time, event_id) index; MATCH_epc is answered from
   * the per-unit index of event_serials. Only the filters given become conditions.
   */
  async queryPage(tenantId: string, filter: EpcisEventFilter, limit: number, after?: EventPosition): Promise<QueriedEvent[]> {
    const params: unknown[] = [tenantId];
    const param = (value: unknown, cast: string) => {
      params.push(value);
      return `$${params.length}::${cast}`;
    };
    const where = ["e.tenant_id = $1"];
    const anyOf = (column: string, values: readonly string[] | undefined) => {
      if (values) {
        where.push(`e.${column} = ANY(${param(values, "text[]")})`);
      }
    };
    anyOf("event_type", filter.eventTypes);
    anyOf("biz_step", filter.bizSteps);
    anyOf("disposition", filter.dispositions);
    anyOf("read_point", filter.readPoints);
    anyOf("biz_location", filter.bizLocations);
    const times = (alias: string) => [
      ...(filter.eventTimeFrom ? [`${alias}.event_time >= ${param(filter.eventTimeFrom, "timestamptz")}`] : []),
      ...(filter.eventTimeBefore ? [`${alias}.event_time < ${param(filter.eventTimeBefore, "timestamptz")}`] : []),
    ];
    where.push(...times("e"));
    if (filter.epcs) {
      const [gtins, serials] = keyColumns(filter.epcs);
      const unitWhere = [`es.role = ANY(${param(MATCH_EPC_ROLES, "text[]")})`, ...times("es")];
      where.push(`e.event_id IN (
        SELECT es.event_id FROM unnest(${param(gtins, "char(14)[]")}, ${param(serials, "text[]")}) AS k(gtin, serial)
        JOIN serials.event_serials es ON es.tenant_id = $1 AND es.gtin = k.gtin AND es.serial = k.serial
        WHERE ${unitWhere.join(" AND ")})`);
    }
    if (after) {
      where.push(`(e.event_time, e.event_id) > (${param(after.eventTime, "timestamptz")}, ${param(after.eventId, "text")})`);
    }
    const rows: RawQueriedRow[] = await this.dataSource.query(
      `SELECT e.event_id, e.body, e.error_declaration, e.record_time,
              to_char(e.event_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position_time
       FROM serials.events e
       WHERE ${where.join(" AND ")}
       ORDER BY e.event_time, e.event_id
       LIMIT ${param(limit, "int")}`,
      params,
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      body: row.body,
      errorDeclaration: row.error_declaration,
      recordTime: new Date(row.record_time),
      position: { eventTime: row.position_time, eventId: row.event_id },
    }));
  }
}
