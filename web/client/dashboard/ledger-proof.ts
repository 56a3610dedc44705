/**
 * Checks a unit's ledger inclusion proofs in the browser (WebCrypto), so the dashboard does
 * not just repeat what the hub says: the event shown hashes to the proof's leaf, and the path
 * leads to the batch's Merkle root (RFC 6962 prefixes, as subgraphs/serials/ledger/merkle.ts).
 */
import { canonicalJson } from "../../../lib/canonical-json";

export interface Proof {
  eventId: string;
  kind: string;
  batchSeq: number;
  leafHash: string;
  path: readonly { hash: string; side: "LEFT" | "RIGHT" }[];
  merkleRoot: string;
  chainHash: string;
}

export interface ProofCheck {
  /** The event body shown hashes to the proof's leaf data; null when not checkable (a retraction). */
  leafMatches: boolean | null;
  /** The audit path leads to the batch's root. */
  rootMatches: boolean;
}

const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((byte) => parseInt(byte, 16)));
const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return new Uint8Array(await crypto.subtle.digest("SHA-256", joined));
}

export async function checkProof(proof: Proof, body: unknown): Promise<ProofCheck> {
  let leafMatches: boolean | null = null;
  if (proof.kind === "EVENT" && body !== undefined) {
    const data = new TextEncoder().encode(canonicalJson({ eventId: proof.eventId, body }));
    leafMatches = toHex((await sha256(data)).buffer as ArrayBuffer) === proof.leafHash;
  }
  let node = await sha256(new Uint8Array([0]), fromHex(proof.leafHash));
  for (const step of proof.path) {
    node = step.side === "LEFT" ? await sha256(new Uint8Array([1]), fromHex(step.hash), node) : await sha256(new Uint8Array([1]), node, fromHex(step.hash));
  }
  return { leafMatches, rootMatches: toHex(node.buffer as ArrayBuffer) === proof.merkleRoot };
}
