import type { DataSource } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import type { SerialEvent } from "./serial-event.entity";
import { RAW_EVENT_COLUMNS, toSerialEvent, type RawEventRow } from "./serial-event.row";

export interface StepEventRow extends SerialKey {
  event: SerialEvent;
}

interface RawRow extends RawEventRow {
  gtin: string;
  serial: string;
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
         SELECT es.gtin, es.serial, ${RAW_EVENT_COLUMNS},
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
      event: toSerialEvent(row),
    }));
  }
}
