import type { DataSource, EntityManager } from "typeorm";
import { GENESIS_HASH, sealBatch } from "./chain-hash";
import { leafOf, type LeafKind, type LeafRow } from "./event-hash";
import { merkleLevels, proofFromLevels, type ProofStep } from "./merkle";

/** What a capture transaction adds to the ledger: ids of the events it stored and of those it retracted. */
export interface LedgerBatchInput {
  added: readonly string[];
  retracted: readonly string[];
}

/** The outcome of recomputing a tenant's chain. */
export interface LedgerCheck {
  ok: boolean;
  /** Batches found intact, in seq order, before the first bad one (all of them when ok). */
  batches: number;
  /** Leaves (events and retractions) in those batches. */
  events: number;
  firstBadBatch: number | null;
  reason: string | null;
  /** Chain hash of the last intact batch: the value to keep outside the hub to detect a rewritten tail later. */
  head: string | null;
}

export interface EventProofRow {
  eventId: string;
  kind: LeafKind;
  batchSeq: number;
  /** The leaf data (event-hash.ts), hex; the tree hashes it once more as H(0x00 ‖ leaf). */
  leafHash: string;
  path: ProofStep[];
  merkleRoot: string;
  chainHash: string;
}

interface BatchRow {
  seq: string;
  event_count: number;
  merkle_root: string;
  prev_hash: string;
  chain_hash: string;
}

interface RawLeafRow {
  seq: string;
  kind: LeafKind;
  event_id: string;
  data: unknown;
}

/** Lock class of the per-tenant ledger lock; the second key is hashtext(tenant). */
const LEDGER_LOCK = 0x1ed9e7;
/** Leaves verify reads per query, so a 10M-event ledger streams in bounded pages. */
const LEAVES_PER_PAGE = 20_000;
const BATCHES_PER_PAGE = 1_000;

/**
 * A batch's leaves in ledger order: its stored events, then its retractions, each by event id
 * in byte order ("C"), so the order never depends on the database's locale. `range` is a
 * condition on the batch number using $2 (and $3).
 */
const leavesSql = (range: string) => `
  SELECT l.seq, l.kind, l.event_id, l.data FROM (
    SELECT batch_seq AS seq, 'EVENT' AS kind, event_id, body AS data
    FROM serials.events WHERE tenant_id = $1 AND batch_seq ${range}
    UNION ALL
    SELECT retracted_batch, 'RETRACTION', event_id, error_declaration
    FROM serials.events WHERE tenant_id = $1 AND retracted_batch ${range}
  ) l
  ORDER BY l.seq, l.kind COLLATE "C", l.event_id COLLATE "C"`;

const toLeaf = (row: RawLeafRow): LeafRow => ({ kind: row.kind, eventId: row.event_id, data: row.data });

function groupBySeq(rows: readonly RawLeafRow[]): Map<number, LeafRow[]> {
  const groups = new Map<number, LeafRow[]>();
  for (const row of rows) {
    const seq = Number(row.seq);
    const group = groups.get(seq) ?? [];
    group.push(toLeaf(row));
    groups.set(seq, group);
  }
  return groups;
}

/**
 * The tamper-evident ledger: each committed capture batch becomes one row holding the Merkle
 * root of its leaves and a hash chained over the tenant's previous batch. Leaves are recomputed
 * from serials.events, so editing an event row breaks its batch's root.
 */
export class LedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Seals a batch inside the capture transaction that wrote it; returns its seq, or null when
   * it holds nothing. The per-tenant lock is held to the end of that transaction, so
   * concurrent captures of one tenant take consecutive seqs in commit order.
   */
  async append(manager: EntityManager, tenantId: string, batch: LedgerBatchInput): Promise<number | null> {
    if (batch.added.length === 0 && batch.retracted.length === 0) {
      return null;
    }
    await manager.query(`SELECT pg_advisory_xact_lock($1::int, hashtext($2))`, [LEDGER_LOCK, tenantId]);
    // A separate statement from the lock: under READ COMMITTED its snapshot is taken after the
    // lock is granted, so it sees the batch the previous holder committed.
    const [head]: { seq: string; chain_hash: string }[] = await manager.query(
      `SELECT seq, chain_hash FROM serials.ledger_batches WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1`,
      [tenantId],
    );
    const seq = head ? Number(head.seq) + 1 : 1;
    // "IS NULL" guards: an id that is already sealed (a duplicate passed by mistake) keeps its batch.
    if (batch.added.length > 0) {
      await manager.query(
        `UPDATE serials.events SET batch_seq = $3 WHERE tenant_id = $1 AND event_id = ANY($2::text[]) AND batch_seq IS NULL`,
        [tenantId, batch.added, seq],
      );
    }
    if (batch.retracted.length > 0) {
      await manager.query(
        `UPDATE serials.events SET retracted_batch = $3
         WHERE tenant_id = $1 AND event_id = ANY($2::text[]) AND retracted_batch IS NULL AND error_declaration IS NOT NULL`,
        [tenantId, batch.retracted, seq],
      );
    }
    const rows: RawLeafRow[] = await manager.query(leavesSql("= $2"), [tenantId, seq]);
    if (rows.length === 0) {
      return null;
    }
    const prevHash = head?.chain_hash ?? GENESIS_HASH;
    const seal = sealBatch(prevHash, seq, rows.map((row) => leafOf(toLeaf(row))));
    await manager.query(
      `INSERT INTO serials.ledger_batches (tenant_id, seq, event_count, merkle_root, prev_hash, chain_hash)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [tenantId, seq, rows.length, seal.merkleRoot, prevHash, seal.chainHash],
    );
    return seq;
  }

  /**
   * Recomputes the tenant's chain in seq order from the events table, a page of batches at a
   * time, and stops at the first batch whose leaves, root, link or chain hash do not match.
   */
  async verify(tenantId: string): Promise<LedgerCheck> {
    const check: LedgerCheck = { ok: true, batches: 0, events: 0, firstBadBatch: null, reason: null, head: null };
    const bad = (seq: number, reason: string): LedgerCheck => ({ ...check, ok: false, firstBadBatch: seq, reason });
    let prevHash = GENESIS_HASH;
    let expected = 1;
    for (;;) {
      const page = this.pageOfBatches(
        await this.dataSource.query(
          `SELECT seq, event_count, merkle_root, prev_hash, chain_hash FROM serials.ledger_batches
           WHERE tenant_id = $1 AND seq >= $2 ORDER BY seq LIMIT ${BATCHES_PER_PAGE}`,
          [tenantId, expected],
        ),
      );
      if (page.length === 0) {
        break;
      }
      const first = Number(page[0].seq);
      const last = Number(page[page.length - 1].seq);
      const leaves = groupBySeq(await this.dataSource.query(leavesSql("BETWEEN $2 AND $3"), [tenantId, first, last]));
      for (const batch of page) {
        const seq = Number(batch.seq);
        if (seq !== expected) {
          return bad(expected, `Batch ${expected} is missing from the chain.`);
        }
        if (batch.prev_hash !== prevHash) {
          return bad(seq, "Its previous hash does not match the chain hash of the batch before it.");
        }
        const rows = leaves.get(seq) ?? [];
        if (rows.length !== batch.event_count) {
          return bad(seq, `It records ${batch.event_count} events but ${rows.length} rows belong to it.`);
        }
        const seal = sealBatch(prevHash, seq, rows.map(leafOf));
        if (seal.merkleRoot !== batch.merkle_root) {
          return bad(seq, "The Merkle root of its events does not match the recorded root: an event row was changed.");
        }
        if (seal.chainHash !== batch.chain_hash) {
          return bad(seq, "Its chain hash does not match the recomputed one.");
        }
        prevHash = seal.chainHash;
        expected = seq + 1;
        check.batches += 1;
        check.events += rows.length;
        check.head = prevHash;
      }
    }
    // Rows pointing past the last batch mean batches were deleted from the end of the chain.
    const [orphan]: { seq: string | null }[] = await this.dataSource.query(
      `SELECT least(
         (SELECT min(batch_seq) FROM serials.events WHERE tenant_id = $1 AND batch_seq >= $2),
         (SELECT min(retracted_batch) FROM serials.events WHERE tenant_id = $1 AND retracted_batch >= $2)) AS seq`,
      [tenantId, expected],
    );
    if (orphan?.seq != null) {
      return bad(Number(orphan.seq), `Events belong to batch ${orphan.seq}, which is not in the chain.`);
    }
    return check;
  }

  /**
   * Inclusion proofs of every ledger leaf of one unit: its events, and the retractions of any of
   * them. Each batch's tree is rebuilt once from the stored rows, however many leaves it proves.
   */
  async proof(tenantId: string, gtin: string, serial: string): Promise<EventProofRow[]> {
    const mine: { event_id: string; batch_seq: string | null; retracted_batch: string | null }[] = await this.dataSource.query(
      `SELECT DISTINCT e.event_id, e.batch_seq, e.retracted_batch
       FROM serials.event_serials es
       JOIN serials.events e ON e.tenant_id = es.tenant_id AND e.event_id = es.event_id
       WHERE es.tenant_id = $1 AND es.gtin = $2 AND es.serial = $3
         AND (e.batch_seq IS NOT NULL OR e.retracted_batch IS NOT NULL)`,
      [tenantId, gtin, serial],
    );
    const wanted = mine.flatMap((row) => [
      ...(row.batch_seq === null ? [] : [{ eventId: row.event_id, kind: "EVENT" as const, seq: Number(row.batch_seq) }]),
      ...(row.retracted_batch === null ? [] : [{ eventId: row.event_id, kind: "RETRACTION" as const, seq: Number(row.retracted_batch) }]),
    ]);
    if (wanted.length === 0) {
      return [];
    }
    const seqs = [...new Set(wanted.map((leaf) => leaf.seq))];
    const [batchRows, leafRows]: [Pick<BatchRow, "seq" | "merkle_root" | "chain_hash">[], RawLeafRow[]] = await Promise.all([
      this.dataSource.query(`SELECT seq, merkle_root, chain_hash FROM serials.ledger_batches WHERE tenant_id = $1 AND seq = ANY($2::bigint[])`, [
        tenantId,
        seqs,
      ]),
      this.dataSource.query(leavesSql("= ANY($2::bigint[])"), [tenantId, seqs]),
    ]);
    const batches = new Map(batchRows.map((row) => [Number(row.seq), row]));
    const trees = new Map(
      [...groupBySeq(leafRows)].map(([seq, leaves]) => {
        const hashes = leaves.map(leafOf);
        const index = new Map(leaves.map((leaf, i) => [`${leaf.kind} ${leaf.eventId}`, i]));
        return [seq, { hashes, index, levels: merkleLevels(hashes) }] as const;
      }),
    );
    return wanted
      .sort((a, b) => a.seq - b.seq || a.kind.localeCompare(b.kind) || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0))
      .flatMap((leaf) => {
        const batch = batches.get(leaf.seq);
        const tree = trees.get(leaf.seq);
        const at = tree?.index.get(`${leaf.kind} ${leaf.eventId}`);
        // A batch row deleted behind the hub's back has no root to prove against; verification names it.
        if (!batch || !tree || at === undefined) {
          return [];
        }
        return [
          {
            eventId: leaf.eventId,
            kind: leaf.kind,
            batchSeq: leaf.seq,
            leafHash: tree.hashes[at].toString("hex"),
            path: proofFromLevels(tree.levels, at),
            merkleRoot: batch.merkle_root,
            chainHash: batch.chain_hash,
          },
        ];
      });
  }

  /** Cuts a page of batches at about LEAVES_PER_PAGE leaves, keeping at least one batch. */
  private pageOfBatches(rows: BatchRow[]): BatchRow[] {
    let leaves = 0;
    const page: BatchRow[] = [];
    for (const row of rows) {
      leaves += row.event_count;
      if (page.length > 0 && leaves > LEAVES_PER_PAGE) {
        break;
      }
      page.push(row);
    }
    return page;
  }
}
