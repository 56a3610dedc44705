import type { EntityManager } from "typeorm";
import type { NormalizedEvent } from "../../../lib/epcis/normalise";
import { parseEpc } from "../../../lib/gs1/epc";
import type { SerialKey } from "../../../lib/serial-key";

export interface CarriedUnit extends SerialKey {
  /** The outermost container the event named. */
  container: string;
}

/** How deep packing goes (unit in case in pallet in container…); guards against a cycle in bad data. */
const MAX_DEPTH = 6;

/**
 * The packing tree, as aggregation events build it: child EPC → parent EPC, with GTIN and
 * serial when the child is a serialised unit. Kept as the latest word, not by event time.
 */
export class ContainerRepository {
  /** Applies the batch's aggregation events in event-time order: ADD links, DELETE unlinks. */
  async applyAggregations(manager: EntityManager, tenantId: string, events: readonly NormalizedEvent[]): Promise<void> {
    const links = new Map<string, { parent: string | null; gtin: string | null; serial: string | null }>();
    const packing = events
      .filter((event) => event.type === "AggregationEvent" && event.parentId && event.action !== "OBSERVE")
      .sort((a, b) => a.eventTime.getTime() - b.eventTime.getTime());
    for (const event of packing) {
      for (const child of (event.body.childEPCs as string[] | undefined) ?? []) {
        const epc = parseEpc(child);
        const unit = epc.kind === "sgtin" ? epc : null;
        links.set(child, { parent: event.action === "DELETE" ? null : event.parentId, gtin: unit?.gtin ?? null, serial: unit?.serial ?? null });
      }
    }
    if (links.size === 0) {
      return;
    }
    const rows = [...links].map(([child, link]) => ({ child, ...link }));
    await manager.query(
      `WITH r AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(child text, parent text, gtin char(14), serial text)),
       gone AS (DELETE FROM serials.container_links c USING r WHERE c.tenant_id = $1 AND c.child = r.child AND r.parent IS NULL)
       INSERT INTO serials.container_links (tenant_id, child, parent, gtin, serial)
       SELECT $1, r.child, r.parent, r.gtin, r.serial FROM r WHERE r.parent IS NOT NULL
       ON CONFLICT (tenant_id, child) DO UPDATE SET parent = EXCLUDED.parent, gtin = EXCLUDED.gtin, serial = EXCLUDED.serial`,
      [tenantId, JSON.stringify(rows)],
    );
  }

  /** Every serialised unit packed (at any depth) in the given containers, in one recursive query. */
  async unitsInside(manager: EntityManager, tenantId: string, containers: readonly string[]): Promise<CarriedUnit[]> {
    if (containers.length === 0) {
      return [];
    }
    return manager.query(
      `WITH RECURSIVE inside(container, child, gtin, serial, depth) AS (
         SELECT c.parent, c.child, c.gtin, c.serial, 1 FROM serials.container_links c
         WHERE c.tenant_id = $1 AND c.parent = ANY($2::text[])
         UNION ALL
         SELECT i.container, c.child, c.gtin, c.serial, i.depth + 1 FROM inside i
         JOIN serials.container_links c ON c.tenant_id = $1 AND c.parent = i.child
         WHERE i.depth < $3)
       SELECT DISTINCT container, gtin, serial FROM inside WHERE gtin IS NOT NULL`,
      [tenantId, containers, MAX_DEPTH],
    );
  }
}
