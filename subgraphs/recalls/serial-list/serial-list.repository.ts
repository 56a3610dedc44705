import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";

export interface SerialListInfo {
  id: string;
  gtin: string;
  count: number;
}

/** Serials per INSERT: one round trip per chunk (unnest of an array), never one per serial. */
export const LIST_CHUNK = 50_000;

/** Explicit serial lists of recall scopes: immutable once made, referenced by scope versions. */
export class SerialListRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A new list from chunks of serials (repeats count once); `sent` gets each chunk too, for the
   * serials service, which keeps its own copy to find the units.
   */
  async create(
    manager: EntityManager,
    tenantId: string,
    list: { gtin: string; source: "INLINE" | "CSV"; createdBy: string },
    chunks: Iterable<readonly string[]> | AsyncIterable<readonly string[]>,
    sent: (listId: string, chunk: readonly string[]) => Promise<void>,
  ): Promise<SerialListInfo> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO recalls.serial_lists (id, tenant_id, gtin, source, serial_count, created_by) VALUES ($1, $2, $3, $4, 0, $5)`,
      [id, tenantId, list.gtin, list.source, list.createdBy],
    );
    let count = 0;
    for await (const chunk of chunks) {
      const rows: { added: number }[] = await manager.query(
        `WITH added AS (INSERT INTO recalls.serial_list_items (list_id, serial) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING 1)
         SELECT count(*)::int AS added FROM added`,
        [id, chunk],
      );
      count += rows[0].added;
      await sent(id, chunk);
    }
    await manager.query(`UPDATE recalls.serial_lists SET serial_count = $2 WHERE id = $1`, [id, count]);
    return { id, gtin: list.gtin, count };
  }

  async find(tenantId: string, ids: readonly string[]): Promise<SerialListInfo[]> {
    const rows: { id: string; gtin: string; serial_count: number }[] = await this.dataSource.query(
      `SELECT id, gtin, serial_count FROM recalls.serial_lists WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [tenantId, ids],
    );
    return rows.map((row) => ({ id: row.id, gtin: row.gtin, count: row.serial_count }));
  }

  /** How many serials the lists and `extra` name, each once. */
  async distinctCount(listIds: readonly string[], extra: readonly string[]): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (
         SELECT serial FROM recalls.serial_list_items WHERE list_id = ANY($1::uuid[]) UNION SELECT unnest($2::text[])) AS listed`,
      [listIds, extra],
    );
    return rows[0].count;
  }
}

/** Splits an array into chunks for `create`. */
export function* chunksOf<T>(items: readonly T[], size = LIST_CHUNK): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) {
    yield items.slice(start, start + size);
  }
}
