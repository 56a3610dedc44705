import type { DataSource } from "typeorm";
import { keyColumns, keyString, type SerialKey } from "../../../lib/serial-key";

/** A part and the unit it is installed in now, with the association event that put it there. */
export interface ComponentLinkRow {
  parent: SerialKey;
  component: SerialKey;
  eventId: string;
  installedAt: Date;
}

interface RawLink {
  gtin: string;
  serial: string;
  parent_gtin: string;
  parent_serial: string;
  event_id: string;
  event_time: Date;
}

/**
 * Where each part of $2/$3 is installed now. A part's latest standing AssociationEvent
 * decides (ADD: in that event's parent; DELETE: out), unless its parent had a later
 * DELETE naming no children, which in EPCIS removes every part.
 */
const CURRENT_LINKS = `
  WITH latest AS (
    SELECT DISTINCT ON (c.gtin, c.serial) c.gtin, c.serial, e.event_id, e.event_time, e.action
    FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
    JOIN serials.event_serials c ON c.tenant_id = $1 AND c.gtin = k.gtin AND c.serial = k.serial AND c.role = 'child'
    JOIN serials.events e ON e.tenant_id = c.tenant_id AND e.event_id = c.event_id
    WHERE e.event_type = 'AssociationEvent' AND e.retracted_at IS NULL AND e.action IN ('ADD', 'DELETE')
    ORDER BY c.gtin, c.serial, e.event_time DESC, e.record_time DESC, e.event_id DESC)
  SELECT l.gtin, l.serial, p.gtin AS parent_gtin, p.serial AS parent_serial, l.event_id, l.event_time
  FROM latest l
  JOIN serials.event_serials p ON p.tenant_id = $1 AND p.event_id = l.event_id AND p.role = 'parent'
  WHERE l.action = 'ADD' AND NOT EXISTS (
    SELECT 1 FROM serials.event_serials pp
    JOIN serials.events d ON d.tenant_id = pp.tenant_id AND d.event_id = pp.event_id
    WHERE pp.tenant_id = $1 AND pp.gtin = p.gtin AND pp.serial = p.serial AND pp.role = 'parent'
      AND pp.event_time > l.event_time AND d.event_type = 'AssociationEvent' AND d.action = 'DELETE'
      AND d.retracted_at IS NULL AND d.body->'childEPCs' IS NULL AND d.body->'childQuantityList' IS NULL)`;

const toRow = (raw: RawLink): ComponentLinkRow => ({
  parent: { gtin: raw.parent_gtin, serial: raw.parent_serial },
  component: { gtin: raw.gtin, serial: raw.serial },
  eventId: raw.event_id,
  installedAt: new Date(raw.event_time),
});

/** A unit's bill of serialised parts, read set-based from the association events it was named in. */
export class ComponentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The unit each of these parts is installed in now; parts installed nowhere are left out. */
  async installedIn(tenantId: string, parts: readonly SerialKey[]): Promise<ComponentLinkRow[]> {
    if (parts.length === 0) {
      return [];
    }
    const rows: RawLink[] = await this.dataSource.query(CURRENT_LINKS, [tenantId, ...keyColumns(parts)]);
    return rows.map(toRow);
  }

  /** The parts installed now in each of these units: every part ever associated with them, kept if it is still there. */
  async componentsOf(tenantId: string, units: readonly SerialKey[]): Promise<ComponentLinkRow[]> {
    if (units.length === 0) {
      return [];
    }
    const candidates: SerialKey[] = await this.dataSource.query(
      `SELECT DISTINCT c.gtin, c.serial
       FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
       JOIN serials.event_serials p ON p.tenant_id = $1 AND p.gtin = k.gtin AND p.serial = k.serial AND p.role = 'parent'
       JOIN serials.events e ON e.tenant_id = p.tenant_id AND e.event_id = p.event_id AND e.event_type = 'AssociationEvent'
       JOIN serials.event_serials c ON c.tenant_id = p.tenant_id AND c.event_id = p.event_id AND c.role = 'child'`,
      [tenantId, ...keyColumns(units)],
    );
    const wanted = new Set(units.map(keyString));
    return (await this.installedIn(tenantId, candidates)).filter((link) => wanted.has(keyString(link.parent)));
  }
}
