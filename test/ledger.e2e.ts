import { CaptureEventsDocument, CreateProductDocument, LedgerVerificationDocument, SerialProofDocument } from "../clients/generated/graphql";
import { HubClientError, type HubClient } from "../clients/client";
import { commissioning, epcisDocument, objectEvent, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";
import { chainHash, GENESIS_HASH } from "../subgraphs/serials/ledger/chain-hash";
import { eventLeaf } from "../subgraphs/serials/ledger/event-hash";
import { verifyInclusion } from "../subgraphs/serials/ledger/merkle";

const id = (n: number) => `urn:uuid:1ed9e700-0000-4000-8000-${String(n).padStart(12, "0")}`;
const hex = (value: string) => Buffer.from(value, "hex");

async function codeOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  return error instanceof HubClientError ? error.codes : [];
}

describe("tamper-evident ledger", () => {
  let hub: TestHub;
  let integrator: HubClient;
  let auditor: HubClient;

  const capture = async (events: unknown[], client = integrator) => {
    const { captureEvents } = await client.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
    expect(captureEvents.errors).toEqual([]);
    return captureEvents;
  };
  const verification = async (client = auditor) => (await client.request(LedgerVerificationDocument, {})).ledgerVerification;
  const proofOf = async (serial: string) => (await integrator.request(SerialProofDocument, { gtin: WIDGET_GTIN, serial })).serial?.proof ?? [];

  const shipped = shipping([sgtin("LEDGER-1")], "2025-03-01T12:00:00Z", { eventID: id(3) });
  const received = objectEvent({ eventID: id(5), bizStep: "receiving", epcList: [sgtin("LEDGER-1")], eventTime: "2025-03-02T09:00:00Z" });

  beforeAll(async () => {
    hub = await startTestHub();
    integrator = hub.client("acme", "integrator");
    auditor = hub.client("acme", "auditor");
    await hub.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
    await capture([
      commissioning([sgtin("LEDGER-1"), sgtin("LEDGER-2")], "2025-03-01T08:00:00Z", { eventID: id(1) }),
      commissioning([sgtin("LEDGER-3")], "2025-03-01T08:00:00Z", { eventID: id(2) }),
    ]);
    await capture([shipped, shipping([sgtin("LEDGER-2")], "2025-03-01T12:00:00Z", { eventID: id(4) })]);
    await capture([received]);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("seals each committed capture as one batch, chained to the one before", async () => {
    expect(await verification()).toMatchObject({ ok: true, batches: 3, events: 5, firstBadBatch: null, reason: null });
    const batches = await hub.sql<{ seq: string; event_count: number; merkle_root: string; prev_hash: string; chain_hash: string }>(
      "SELECT seq, event_count, merkle_root, prev_hash, chain_hash FROM serials.ledger_batches WHERE tenant_id = 'acme' ORDER BY seq",
    );
    expect(batches.map((batch) => [Number(batch.seq), batch.event_count])).toEqual([[1, 2], [2, 2], [3, 1]]);
    let prev = GENESIS_HASH;
    for (const batch of batches) {
      expect(batch.prev_hash).toBe(prev);
      expect(batch.chain_hash).toBe(chainHash(prev, Number(batch.seq), batch.event_count, batch.merkle_root));
      prev = batch.chain_hash;
    }
    expect((await verification()).head).toBe(prev);
  });

  it("adds nothing for a capture that only repeats stored events", async () => {
    expect(await capture([received])).toMatchObject({ accepted: 0, duplicates: 1 });
    expect((await verification()).batches).toBe(3);
  });

  it("proves each of a unit's events against its batch's root, from hashes anyone can recompute", async () => {
    const proof = await proofOf("LEDGER-1");
    expect(proof.map((step) => [step.eventId, step.kind, step.batchSeq])).toEqual([
      [id(1), "EVENT", 1],
      [id(3), "EVENT", 2],
      [id(5), "EVENT", 3],
    ]);
    const bodies = new Map(
      (await hub.sql<{ event_id: string; body: unknown }>("SELECT event_id, body FROM serials.events WHERE tenant_id = 'acme'")).map((row) => [
        row.event_id,
        row.body,
      ]),
    );
    for (const step of proof) {
      expect(step.leafHash).toBe(eventLeaf(step.eventId, bodies.get(step.eventId)).toString("hex"));
      const path = step.path.map((node) => ({ hash: hex(node.hash), side: node.side }));
      expect(verifyInclusion(hex(step.leafHash), path, hex(step.merkleRoot))).toBe(true);
    }
    // Batch 1 holds two events, so its path has one sibling; batch 3 holds one, so its path is empty.
    expect(proof.map((step) => step.path.length)).toEqual([1, 1, 0]);
  });

  it("seals a retraction as its own leaf and still verifies", async () => {
    const declaration = { ...received, errorDeclaration: { declarationTime: "2025-03-02T10:00:00Z", reason: "did_not_occur" } };
    expect(await capture([declaration])).toMatchObject({ retracted: 1 });
    expect(await verification()).toMatchObject({ ok: true, batches: 4, events: 6 });
    const retraction = (await proofOf("LEDGER-1")).find((step) => step.kind === "RETRACTION");
    expect(retraction).toMatchObject({ eventId: id(5), batchSeq: 4, path: [] });
    const path = retraction?.path.map((node) => ({ hash: hex(node.hash), side: node.side })) ?? [];
    expect(verifyInclusion(hex(retraction?.leafHash ?? ""), path, hex(retraction?.merkleRoot ?? ""))).toBe(true);
  });

  it("gives concurrent captures of one tenant consecutive batches on one chain", async () => {
    const parallel = hub.client("parallel", "integrator");
    await Promise.all(Array.from({ length: 6 }, (_, i) => capture([commissioning([sgtin(`PAR-${i}`)], "2025-03-01T08:00:00Z")], parallel)));
    expect(await verification(hub.client("parallel", "auditor"))).toMatchObject({ ok: true, batches: 6, events: 6 });
  });

  it("shows each tenant only its own chain", async () => {
    expect(await verification(hub.client("globex", "auditor"))).toEqual({ ok: true, batches: 0, events: 0, firstBadBatch: null, reason: null, head: null });
    expect(await proofOf("PAR-0")).toEqual([]);
  });

  it("is for auditors and admins only", async () => {
    expect(await codeOf(integrator.request(LedgerVerificationDocument, {}))).toEqual(["FORBIDDEN"]);
    expect(await codeOf(hub.client().request(LedgerVerificationDocument, {}))).toEqual(["UNAUTHENTICATED"]);
    expect((await verification(hub.client("acme", "admin"))).ok).toBe(true);
  });

  let original: unknown;

  it("names the batch whose event row was altered in SQL", async () => {
    [{ body: original }] = await hub.sql<{ body: unknown }>("SELECT body FROM serials.events WHERE tenant_id = 'acme' AND event_id = $1", [id(3)]);
    await hub.sql(`UPDATE serials.events SET body = jsonb_set(body, '{bizStep}', '"receiving"') WHERE tenant_id = 'acme' AND event_id = $1`, [id(3)]);
    const result = await verification();
    expect(result).toMatchObject({ ok: false, batches: 1, firstBadBatch: 2 });
    expect(result.reason).toMatch(/Merkle root/);
    // The altered event no longer proves against the root its batch recorded.
    const step = (await proofOf("LEDGER-1")).find((entry) => entry.eventId === id(3));
    const path = step?.path.map((node) => ({ hash: hex(node.hash), side: node.side })) ?? [];
    expect(verifyInclusion(hex(step?.leafHash ?? ""), path, hex(step?.merkleRoot ?? ""))).toBe(false);
  });

  it("verifies again once the row is restored, and names a batch whose own row was rewritten", async () => {
    await hub.sql("UPDATE serials.events SET body = $2::jsonb WHERE tenant_id = 'acme' AND event_id = $1", [id(3), JSON.stringify(original)]);
    expect((await verification()).ok).toBe(true);
    await hub.sql(`UPDATE serials.ledger_batches SET committed_at = now(), prev_hash = repeat('1', 64) WHERE tenant_id = 'acme' AND seq = 3`);
    expect(await verification()).toMatchObject({ ok: false, batches: 2, firstBadBatch: 3 });
  });
});
