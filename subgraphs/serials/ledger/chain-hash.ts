import { createHash } from "node:crypto";
import { merkleRoot } from "./merkle";

/** The `prev_hash` of a tenant's first batch. */
export const GENESIS_HASH = "0".repeat(64);

export interface BatchSeal {
  merkleRoot: string;
  chainHash: string;
}

/**
 * sha256(prev ‖ seq ‖ count ‖ root) with prev and root as their 32 raw bytes and seq and count
 * as unsigned 64-bit big-endian integers: fixed widths, so no two different inputs share bytes.
 */
export function chainHash(prevHash: string, seq: number, count: number, root: string): string {
  const numbers = Buffer.alloc(16);
  numbers.writeBigUInt64BE(BigInt(seq), 0);
  numbers.writeBigUInt64BE(BigInt(count), 8);
  return createHash("sha256")
    .update(Buffer.from(prevHash, "hex"))
    .update(numbers)
    .update(Buffer.from(root, "hex"))
    .digest("hex");
}

/** The root and chain hash of a batch whose leaves are in ledger order; used to append and to verify. */
export function sealBatch(prevHash: string, seq: number, leaves: readonly Buffer[]): BatchSeal {
  const root = merkleRoot(leaves).toString("hex");
  return { merkleRoot: root, chainHash: chainHash(prevHash, seq, leaves.length, root) };
}
