import { In, type DataSource } from "typeorm";
import type { SerialRole } from "../../../lib/epcis/normalise";
import { serialInRangeSql, type SerialRange } from "../../../lib/serials/serial-range";
import { SerialEvent } from "../event/serial-event.entity";
import { ruleFieldsOfBody, VERIFICATION_SCAN_BIZ_STEP } from "../rules/rule-event";
import { RecallTrigger } from "./recall-alert.types";
import { storedScopeSql } from "./unit-scope";

export interface RecallAlertQuery {
  recallId?: string;
  gtin?: string;
  serialRange?: SerialRange;
}

export interface RecallAlertRow {
  gtin: string;
  serial: string;
  role: SerialRole;
  recallId: string | null;
  country: string | null;
  trigger: RecallTrigger;
  event: SerialEvent;
}

const TRIGGER_STEPS: Record<string, RecallTrigger> = {
  shipping: RecallTrigger.SHIPPED,
  departing: RecallTrigger.SHIPPED,
  receiving: RecallTrigger.RECEIVED,
  arriving: RecallTrigger.RECEIVED,
  accepting: RecallTrigger.RECEIVED,
  retail_selling: RecallTrigger.SOLD,
  dispensing: RecallTrigger.SOLD,
  [VERIFICATION_SCAN_BIZ_STEP]: RecallTrigger.SCANNED,
  returning: RecallTrigger.RETURNED,
};

/**
 * What an event did to a unit, for alerts; null when it is none of the movements a recall
 * coordinator is told about. A return (disposition `returned`, bizStep `returning`, or a
 * shipment under an RMA) is a return, not a shipment.
 */
export function alertTrigger(event: Pick<SerialEvent, "bizStep" | "disposition" | "body">): RecallTrigger | null {
  if (event.disposition === "returned" || event.bizStep === "returning" || ruleFieldsOfBody(event.body).returnAuthorised) {
    return RecallTrigger.RETURNED;
  }
  return (event.bizStep && TRIGGER_STEPS[event.bizStep]) || null;
}

interface RawRow {
  gtin: string;
  serial: string;
  role: SerialRole;
  event_id: string;
  recall_id: string | null;
  country: string | null;
}

/** Reads, for announced events, the units that alert a recall coordinator. */
export class RecallAlertRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Standing events among `eventIds`, once per (unit, open recall covering it), in event-time
   * order; with a serial range the units of the range alert even without a recall (watch list).
   * Scopes are applied to each unit as it is now (the few open predicates, and the lists by key).
   */
  async alerts(tenantId: string, eventIds: readonly string[], query: RecallAlertQuery): Promise<RecallAlertRow[]> {
    if (eventIds.length === 0) {
      return [];
    }
    const params: unknown[] = [tenantId, eventIds, Object.keys(TRIGGER_STEPS)];
    const bind = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
    const where = ["e.tenant_id = $1", "e.event_id = ANY($2::text[])", "e.retracted_at IS NULL", "es.role <> 'parent'", "(e.biz_step = ANY($3::text[]) OR e.disposition = 'returned')"];
    const markWhere = query.recallId ? `AND p.recall_id = ${bind(query.recallId, "uuid")}` : "";
    if (query.gtin) {
      where.push(`es.gtin = ${bind(query.gtin, "char(14)")}`);
    }
    if (query.serialRange) {
      where.push(serialInRangeSql("es.serial", bind(query.serialRange.from, "text"), bind(query.serialRange.to, "text")));
    }
    const watch = query.serialRange !== undefined && query.recallId === undefined;
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT es.gtin, es.serial, es.role, e.event_id, m.recall_id, coalesce(e.country, s.last_country) AS country
       FROM serials.events e
       JOIN serials.event_serials es ON es.tenant_id = e.tenant_id AND es.event_id = e.event_id
       LEFT JOIN serials.serials s ON s.tenant_id = es.tenant_id AND s.gtin = es.gtin AND s.serial = es.serial
       ${watch ? "LEFT" : ""} JOIN LATERAL (
         SELECT p.recall_id FROM serials.recall_predicates p
         WHERE p.tenant_id = es.tenant_id AND p.gtin = es.gtin AND p.status = 'OPEN' ${markWhere}
           AND (${storedScopeSql("p", "s")}
                OR EXISTS (SELECT 1 FROM serials.recall_list_serials i
                           WHERE i.tenant_id = p.tenant_id AND i.serial = es.serial
                             AND i.list_id IN (SELECT (jsonb_array_elements_text(p.predicate->'serialLists'))::uuid)))) m ON true
       WHERE ${where.join(" AND ")}
       ORDER BY e.event_time, e.event_id, es.gtin, es.serial COLLATE "C", m.recall_id`,
      params,
    );
    if (rows.length === 0) {
      return [];
    }
    const events = new Map(
      (await this.dataSource.getRepository(SerialEvent).findBy({ tenantId, eventId: In([...new Set(rows.map((row) => row.event_id))]) })).map((event) => [
        event.eventId,
        event,
      ]),
    );
    return rows.flatMap((row) => {
      const event = events.get(row.event_id);
      const trigger = event ? alertTrigger(event) : null;
      return event && trigger
        ? [{ gtin: row.gtin, serial: row.serial, role: row.role, recallId: row.recall_id, country: row.country, trigger, event }]
        : [];
    });
  }

  /** Whether the tenant has a recall of that id (the recalls service gave this service its scope). */
  async knows(tenantId: string, recallId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM serials.recall_predicates WHERE tenant_id = $1 AND recall_id = $2`, [tenantId, recallId]);
    return rows.length > 0;
  }
}
