import { CreateProductDocument } from "../../clients/generated/graphql";
import { GRAPHQL_PATH } from "../../lib/federation/subgraph-server";
import { measure, type CannonResult } from "../load/cannon";
import type { Figure } from "../report";
import { fmt, sized, type ScenarioContext } from "../scenario";
import { fillSerials } from "../seed/fill-serials";
import { isVerified, verifyBodies } from "./verify";

const GTIN = "04012345111118";
const TENANT = "bench";
const PREFIX = "S";
const CODES = 20_000;

/** Digital Links of `count` units drawn evenly at random from the first `size` (a fixed seed: the same draw every run). */
function sample(size: number, count: number): string[] {
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed / 2 ** 32;
  };
  return Array.from({ length: count }, () => `https://id.gs1.org/01/${GTIN}/21/${PREFIX}${Math.floor(next() * size)}`);
}

/**
 * verify latency in a 100,000-serial registry, then in the same registry filled (COPY) to
 * 10,000,000: the primary-key lookups and the scan writes should not care. Anonymous
 * verify, a few callers at once, codes drawn at random over the whole registry.
 */
export async function scale(context: ScenarioContext): Promise<Figure[]> {
  const small = sized(context.mode, { smoke: 1_000, quick: 100_000, default: 100_000 });
  const large = Number(context.options.serials ?? sized(context.mode, { smoke: 20_000, quick: 10_000_000, default: 10_000_000 }));
  const seconds = Number(context.options.seconds ?? sized(context.mode, { smoke: 1, quick: 5, default: 15 }));
  // The first measurement is also the hub's first verify traffic: it needs a long warm-up (JIT, pools) to compare with the second.
  const warmupSeconds = sized(context.mode, { smoke: 0, quick: 5, default: 10 });
  const connections = 4;

  await context.client(TENANT, "admin").request(CreateProductDocument, {
    input: { gtin: GTIN, name: "Scale pump", brand: "Bench", markets: ["DE"], warrantyMonths: 12 },
  });
  const run = (size: number): Promise<CannonResult> =>
    measure(
      `scale: verify in ${fmt(size)} serials`,
      { url: `${context.hub.url}${GRAPHQL_PATH}`, bodies: verifyBodies(sample(size, CODES)), connections, seconds, warmupSeconds },
      isVerified,
    );

  await fillSerials({ databaseUrl: context.hub.databaseUrl, tenant: TENANT, gtin: GTIN, count: small, prefix: PREFIX, label: `scale: COPY ${fmt(small)} serials` });
  const before = await run(small);
  const fill = await fillSerials({
    databaseUrl: context.hub.databaseUrl,
    tenant: TENANT,
    gtin: GTIN,
    count: large - small,
    from: small,
    prefix: PREFIX,
    label: `scale: COPY up to ${fmt(large)} serials`,
  });
  console.log(`scale: filled ${fmt(fill.rows)} serials in ${fill.seconds.toFixed(1)} s (${fmt(Math.round(fill.rows / fill.seconds))} rows/s, indexes included)`);
  const after = await run(large);

  const scenario = `scale (anonymous verify, ${connections} callers, ${seconds} s)`;
  const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`);
  return [
    {
      scenario,
      figure: `verify mean latency at ${label(large)} (baseline: at ${label(small)})`,
      value: after.mean,
      unit: "ms",
      baseline: before.mean,
      ratio: after.mean / before.mean,
      goal: { on: "ratio", op: "<=", target: 1.5 },
      keys: { ratio: "verify_10m_vs_100k" },
    },
    { scenario, figure: `verify p50 at ${label(large)}`, value: after.p50, unit: "ms", baseline: before.p50, ratio: after.p50 / before.p50 },
    { scenario, figure: `verify p99 at ${label(large)}`, value: after.p99, unit: "ms", baseline: before.p99, ratio: after.p99 / before.p99 },
    { scenario, figure: `COPY fill to ${label(large)} serials`, value: fill.rows / fill.seconds, unit: "rows/s" },
  ];
}
