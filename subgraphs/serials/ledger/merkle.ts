import { createHash } from "node:crypto";

/**
 * A binary Merkle tree over SHA-256 as in RFC 6962 §2.1: leaves and inner nodes get different
 * prefixes, so a leaf can never be passed off as an inner node (second-preimage attack).
 * An odd node at the end of a level is promoted unchanged, which yields the same root as the
 * RFC's split at the largest power of two.
 */

/** Which side the sibling hash sits on when it is combined with the running hash. */
export type ProofSide = "LEFT" | "RIGHT";

export interface ProofStep {
  hash: Buffer;
  side: ProofSide;
}

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const hash = createHash("sha256");
  for (const part of parts) {
    hash.update(part);
  }
  return hash.digest();
};

export const leafHash = (data: Uint8Array): Buffer => sha256(LEAF_PREFIX, data);

export const nodeHash = (left: Uint8Array, right: Uint8Array): Buffer => sha256(NODE_PREFIX, left, right);

/** Every level of the tree, leaf hashes first and the root last; built once when many proofs share a batch. */
export function merkleLevels(leaves: readonly Uint8Array[]): Buffer[][] {
  const levels: Buffer[][] = [leaves.map(leafHash)];
  while (levels[levels.length - 1].length > 1) {
    const below = levels[levels.length - 1];
    const level: Buffer[] = [];
    for (let i = 0; i < below.length; i += 2) {
      level.push(i + 1 < below.length ? nodeHash(below[i], below[i + 1]) : below[i]);
    }
    levels.push(level);
  }
  return levels;
}

/** The root of the leaves' tree; the empty tree's root is SHA-256 of nothing, as in RFC 6962. */
export function merkleRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) {
    return sha256();
  }
  const levels = merkleLevels(leaves);
  return levels[levels.length - 1][0];
}

/** The audit path of one leaf, read from levels made by merkleLevels. */
export function proofFromLevels(levels: readonly Buffer[][], index: number): ProofStep[] {
  if (!Number.isInteger(index) || index < 0 || index >= (levels[0]?.length ?? 0)) {
    throw new RangeError(`Leaf index ${index} is outside the tree.`);
  }
  const path: ProofStep[] = [];
  let position = index;
  for (const level of levels.slice(0, -1)) {
    const sibling = position ^ 1;
    // A promoted node has no sibling on this level: it moves up as it is.
    if (sibling < level.length) {
      path.push({ hash: level[sibling], side: sibling < position ? "LEFT" : "RIGHT" });
    }
    position >>= 1;
  }
  return path;
}

/** The audit path of leaf `index`: the sibling hashes from the leaf up to the root. */
export function inclusionProof(leaves: readonly Uint8Array[], index: number): ProofStep[] {
  return proofFromLevels(merkleLevels(leaves), index);
}

/** Whether `leaf` (the data, not its leaf hash) is in the tree with this root, by this path. */
export function verifyInclusion(leaf: Uint8Array, proof: readonly ProofStep[], root: Uint8Array): boolean {
  let hash = leafHash(leaf);
  for (const step of proof) {
    hash = step.side === "LEFT" ? nodeHash(step.hash, hash) : nodeHash(hash, step.hash);
  }
  return hash.equals(root);
}
