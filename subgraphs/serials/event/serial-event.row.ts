import { SerialEvent } from "./serial-event.entity";

/** An event row as raw SQL returns it, for queries that join events to the units they name. */
export interface RawEventRow {
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
  retracted_at?: Date | null;
  body: Record<string, unknown>;
}

/** The event columns a RawEventRow needs, for `SELECT … FROM serials.events e`. */
export const RAW_EVENT_COLUMNS = `e.tenant_id, e.event_id, e.event_type, e.action, e.biz_step, e.disposition, e.event_time,
  e.event_time_zone_offset, e.record_time, e.read_point, e.biz_location, e.country, e.parent_id, e.retracted_at, e.body`;

export const toSerialEvent = (row: RawEventRow): SerialEvent =>
  Object.assign(new SerialEvent(), {
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
    retractedAt: row.retracted_at ?? null,
    body: row.body,
  });
