import { eventLeaf } from "../../subgraphs/serials/ledger/event-hash";
import { inclusionProof, merkleRoot } from "../../subgraphs/serials/ledger/merkle";
import { custodyChain } from "../../web/client/dashboard/custody";
import { checkProof, type Proof } from "../../web/client/dashboard/ledger-proof";
import { canonicalLocation } from "../../web/client/dashboard/location-id";

describe("the dashboard's own checks", () => {
  const bodies = [0, 1, 2, 3, 4].map((i) => ({ type: "ObjectEvent", bizStep: "shipping", eventTime: `2025-03-0${i + 1}T10:00:00Z`, epcList: [`urn:x:${i}`] }));
  const leaves = bodies.map((body, i) => eventLeaf(`urn:uuid:${i}`, body));
  const root = merkleRoot(leaves).toString("hex");
  const proofOf = (index: number): Proof => ({
    eventId: `urn:uuid:${index}`,
    kind: "EVENT",
    batchSeq: 1,
    leafHash: leaves[index].toString("hex"),
    path: inclusionProof(leaves, index).map((step) => ({ hash: step.hash.toString("hex"), side: step.side })),
    merkleRoot: root,
    chainHash: "00",
  });

  it("verifies the serials service's inclusion proofs with WebCrypto, odd leaf included", async () => {
    for (const index of [0, 3, 4]) {
      expect(await checkProof(proofOf(index), bodies[index])).toEqual({ leafMatches: true, rootMatches: true });
    }
  });

  it("catches an event body changed after it was sealed, and a forged path", async () => {
    expect(await checkProof(proofOf(2), { ...bodies[2], bizStep: "receiving" })).toEqual({ leafMatches: false, rootMatches: true });
    const forged = proofOf(2);
    forged.path = forged.path.map((step, i) => (i === 0 ? { ...step, hash: step.hash.replace(/^./, (c) => (c === "0" ? "1" : "0")) } : step));
    expect((await checkProof(forged, bodies[2])).rootMatches).toBe(false);
  });

  it("names event locations as the location list does", () => {
    expect(canonicalLocation("urn:epc:id:sgln:4012345.00001.0")).toBe("https://id.gs1.org/414/4012345000016");
    expect(canonicalLocation("urn:epc:id:sgln:4012345.00001.7")).toBe("https://id.gs1.org/414/4012345000016/254/7");
    expect(canonicalLocation("https://example.com/414/4012345000016/254/0")).toBe("https://id.gs1.org/414/4012345000016");
    expect(canonicalLocation("urn:serialhub:sap:plant:1010")).toBe("urn:serialhub:sap:plant:1010");
  });

  it("folds a history into a chain of custody, leaving out consumer scans and retracted events", () => {
    const event = (eventTime: string, bizStep: string, bizLocation: string | null, extra = {}) => ({ eventTime, bizStep, bizLocation, country: "DE", ...extra });
    expect(
      custodyChain([
        event("2025-03-01T08:00:00Z", "commissioning", "A"),
        event("2025-03-01T09:00:00Z", "packing", "A"),
        event("2025-03-02T08:00:00Z", "receiving", "B"),
        event("2025-03-02T09:00:00Z", "urn:serialhub:bizstep:verification-scan", null),
        event("2025-03-02T10:00:00Z", "receiving", "C", { retractedAt: "2025-03-03T00:00:00Z" }),
        event("2025-03-03T08:00:00Z", "shipping", "B"),
      ]),
    ).toEqual([
      { place: "A", country: "DE", from: "2025-03-01T08:00:00Z", to: "2025-03-01T09:00:00Z", steps: ["commissioning", "packing"] },
      { place: "B", country: "DE", from: "2025-03-02T08:00:00Z", to: "2025-03-03T08:00:00Z", steps: ["receiving", "shipping"] },
    ]);
  });
});
