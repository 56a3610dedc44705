import type { DataSource } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { SerialEvent } from "./serial-event.entity";

export interface StepEventRow extends SerialKey {
  event: SerialEvent;
}

interface RawRow {
  gtin: string;
  serial: string;
  tenant_id: string;
  event_id: string;
  event_type: string;
  action: string | null;
  biz_step: string | null;
  disposition: string | null;
  event_time: Date;
  event_time_zone_offset: string;
  record_time: Date;
  read_point: string | null;
  biz_location: string | null;
  country: string | null;
  parent_id: string | null;
  body: Record<string, unknown>;
}

/**
 * A unit's standing events of some business steps (its sales, its shipments), oldest first,
 * for services that date things from them (warranty). Only events that name the unit itself
 * or carry it inside a container count; being the parent of an association does not.
 */
export class StepEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  async forUnits(tenantId: string, units: readonly SerialKey[], bizSteps: readonly string[], perUnit: number): Promise<StepEventRow[]> {
    if (units.length === 0 || bizSteps.length === 0) {
      return [];
    }
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT es.gtin, es.serial, e.tenant_id, e.event_id, e.event_type, e.action, e.biz_step, e.disposition, e.event_time,
                e.event_time_zone_offset, e.record_time, e.read_point, e.biz_location, e.country, e.parent_id, e.body,
                row_number() OVER (PARTITION BY es.gtin, es.serial ORDER BY e.event_time, e.event_id) AS n
         FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
         JOIN serials.event_serials es ON es.tenant_id = $1 AND es.gtin = k.gtin AND es.serial = k.serial
           AND es.role IN ('epc', 'child', 'carried')
         JOIN serials.events e ON e.tenant_id = es.tenant_id AND e.event_id = es.event_id
         WHERE e.retracted_at IS NULL AND e.biz_step = ANY($4::text[])) ranked
       WHERE n <= $5
       ORDER BY gtin, serial, n`,
      [tenantId, ...keyColumns(units), bizSteps, perUnit],
    );
    return rows.map((row) => ({
      gtin: row.gtin,
      serial: row.serial,
      event: Object.assign(new SerialEvent(), {
        tenantId: row.tenant_id,
        eventId: row.event_id,
        type: row.event_type,
        action: row.action,
        bizStep: row.biz_step,
        disposition: row.disposition,
        eventTime: new Date(row.event_time),
        eventTimeZoneOffset: row.event_time_zone_offset,
        recordTime: new Date(row.record_time),
        readPoint: row.read_point,
        bizLocation: row.biz_location,
        country: row.country,
        parentId: row.parent_id,
        retractedAt: null,
        body: row.body,
      }),
    }));
  }
}
