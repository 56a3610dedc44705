import { createHash } from "node:crypto";
import { inclusionProof, leafHash, merkleRoot, nodeHash, verifyInclusion } from "./merkle";

/** The leaves of the certificate-transparency test vectors for RFC 6962 (merkle_tree_test). */
const CT_LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map((hex) =>
  Buffer.from(hex, "hex"),
);
const CT_ROOTS: Record<number, string> = {
  1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  2: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  3: "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  7: "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

/** RFC 6962 MTH as written: split at the largest power of two below n. */
function referenceRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) {
    return createHash("sha256").digest();
  }
  if (leaves.length === 1) {
    return leafHash(leaves[0]);
  }
  let k = 1;
  while (k * 2 < leaves.length) {
    k *= 2;
  }
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

const eventLeaves = (n: number) => Array.from({ length: n }, (_, i) => createHash("sha256").update(`event-${i}`).digest());

describe("merkle", () => {
  it.each([1, 2, 3, 7, 8])("matches the RFC 6962 test vector for %i leaves", (n) => {
    expect(merkleRoot(CT_LEAVES.slice(0, n)).toString("hex")).toBe(CT_ROOTS[n]);
  });

  it("gives the empty tree the hash of nothing", () => {
    expect(merkleRoot([]).toString("hex")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 17, 100])("promoting odd nodes gives the RFC root for %i leaves", (n) => {
    expect(merkleRoot(eventLeaves(n)).equals(referenceRoot(eventLeaves(n)))).toBe(true);
  });

  it.each([1, 2, 3, 7, 8])("proves every one of %i leaves", (n) => {
    const leaves = eventLeaves(n);
    const root = merkleRoot(leaves);
    for (let i = 0; i < n; i += 1) {
      const proof = inclusionProof(leaves, i);
      expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
      expect(verifyInclusion(leaves[i], proof, root)).toBe(true);
    }
  });

  it("gives a single leaf an empty path", () => {
    const [leaf] = eventLeaves(1);
    expect(inclusionProof([leaf], 0)).toEqual([]);
    expect(verifyInclusion(leaf, [], merkleRoot([leaf]))).toBe(true);
  });

  it("names the sibling's side: the last of 3 leaves is promoted, then joined on the right", () => {
    const leaves = eventLeaves(3);
    expect(inclusionProof(leaves, 2)).toEqual([{ hash: nodeHash(leafHash(leaves[0]), leafHash(leaves[1])), side: "LEFT" }]);
    expect(inclusionProof(leaves, 0).map((step) => step.side)).toEqual(["RIGHT", "RIGHT"]);
  });

  it("fails when one byte of the leaf, a path hash or the root is flipped", () => {
    const leaves = eventLeaves(7);
    const root = merkleRoot(leaves);
    const proof = inclusionProof(leaves, 5);
    const flip = (bytes: Buffer, at = 0) => {
      const copy = Buffer.from(bytes);
      copy[at] ^= 0x01;
      return copy;
    };
    expect(verifyInclusion(flip(leaves[5], 31), proof, root)).toBe(false);
    expect(verifyInclusion(leaves[5], [{ ...proof[0], hash: flip(proof[0].hash) }, ...proof.slice(1)], root)).toBe(false);
    expect(verifyInclusion(leaves[5], proof, flip(root, 17))).toBe(false);
  });

  it("fails with the right hashes on the wrong sides, or another leaf's path", () => {
    const leaves = eventLeaves(8);
    const root = merkleRoot(leaves);
    const proof = inclusionProof(leaves, 3);
    const swapped = proof.map((step) => ({ ...step, side: step.side === "LEFT" ? ("RIGHT" as const) : ("LEFT" as const) }));
    expect(verifyInclusion(leaves[3], swapped, root)).toBe(false);
    expect(verifyInclusion(leaves[3], inclusionProof(leaves, 4), root)).toBe(false);
  });

  it("refuses an index outside the tree", () => {
    expect(() => inclusionProof(eventLeaves(3), 3)).toThrow(RangeError);
    expect(() => inclusionProof([], 0)).toThrow(RangeError);
  });
});
