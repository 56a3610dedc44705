import { createHash } from "node:crypto";
import { fuzzCorpus, MAY_STAY_VALID, type Category, type FuzzDelivery } from "./corpus";
import { fuzzTargets } from "./targets";

/** Fixed, so every run fuzzes the same bodies; change it to explore others. */
const SEED = 20_251_126;
const PER_CONNECTOR = 1000;

/** What each category must be answered: structural damage 400/413/415 (nothing kept), mapping problems 422 (kept). */
const EXPECTED: Record<Category, readonly number[]> = {
  truncated: [400],
  "wrong types": [400, 422],
  deep: [400],
  huge: [413],
  "many values": [400],
  "random bytes": [400],
  "not a document": [400, 422],
  "media type": [415],
  "xml attack": [400],
  "xml damage": [400, 422],
};

const shown = (delivery: FuzzDelivery) => ({
  category: delivery.category,
  what: delivery.what,
  sample: delivery.sample,
  status: delivery.expected.status,
  reason: delivery.expected.reason.slice(0, 300),
  body: delivery.body.subarray(0, 200).toString("utf8"),
});

describe(`fuzzed webhook bodies through verify and parse, ${PER_CONNECTOR}+ per connector (seed ${SEED})`, () => {
  const figures: string[] = [];
  afterAll(() => {
    console.log(`Fuzzed webhook bodies (seed ${SEED}), correctly signed:\n${figures.join("\n")}`);
  });

  it.each(fuzzTargets().map((target) => [target.connector.id, target] as const))("%s: every body refused with a 4xx and a reason, none crashes", (id, target) => {
    const started = Date.now();
    const { refused, stillValid } = fuzzCorpus(target, SEED, PER_CONNECTOR);
    const crashes = refused.filter((delivery) => delivery.expected.status === 500);
    expect(crashes.slice(0, 5).map(shown)).toEqual([]);
    expect(refused.length).toBeGreaterThanOrEqual(PER_CONNECTOR);
    // A valid delivery may only come out of a mutation of a value the mapping ignores.
    expect(stillValid.filter((delivery) => !MAY_STAY_VALID.includes(delivery.category)).map(shown)).toEqual([]);
    const misanswered = refused.filter((delivery) => !EXPECTED[delivery.category].includes(delivery.expected.status));
    expect(misanswered.slice(0, 5).map(shown)).toEqual([]);
    expect(refused.filter((delivery) => !/\S/.test(delivery.expected.reason)).map(shown)).toEqual([]);

    const count = (status: number) => refused.filter((delivery) => delivery.expected.status === status).length;
    const categories = [...new Set(refused.map((delivery) => delivery.category))].map((category) => `${category} ${refused.filter((delivery) => delivery.category === category).length}`);
    figures.push(
      `  ${id}: ${refused.length} bodies, all 4xx (400: ${count(400)}, 413: ${count(413)}, 415: ${count(415)}, 422: ${count(422)}), 0 crashes; ` +
        `${stillValid.length} mutations (type flips, damaged IDocs) left a valid delivery and were set aside; ${Date.now() - started} ms\n    ${categories.join(", ")}`,
    );
  });

  it("refuses every XML bomb and external entity at the DOCTYPE, before the parser sees it", () => {
    const target = fuzzTargets().find((candidate) => candidate.connector.id === "sap-idoc");
    const attacks = fuzzCorpus(target!, SEED, PER_CONNECTOR).refused.filter((delivery) => delivery.category === "xml attack");
    expect(attacks.length).toBeGreaterThanOrEqual(100);
    expect(attacks.filter((delivery) => !/<!(DOCTYPE|ENTITY) declaration/.test(delivery.expected.reason)).map(shown)).toEqual([]);
    expect(new Set(attacks.map((delivery) => delivery.what.replace(/,.*/, ""))).size).toBeGreaterThanOrEqual(10);
  });

  it("is deterministic: the same seed gives the same bodies", () => {
    const target = fuzzTargets().find((candidate) => candidate.connector.id === "wms");
    const digest = () => createHash("sha256").update(Buffer.concat(fuzzCorpus(target!, SEED, 200).refused.map((delivery) => delivery.body))).digest("hex");
    expect(digest()).toBe(digest());
  });
});
