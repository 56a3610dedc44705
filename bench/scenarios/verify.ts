import { CreateProductDocument, GenerateSerialsDocument } from "../../clients/generated/graphql";
import { GRAPHQL_PATH } from "../../lib/federation/subgraph-server";
import { startBareLookup } from "../baseline/bare-lookup";
import { measure, type CannonJob, type CannonResult } from "../load/cannon";
import { progress } from "../progress";
import type { Figure } from "../report";
import { sized, type ScenarioContext } from "../scenario";
import { fillSerials } from "../seed/fill-serials";

const GTIN = "04012345111118";
const TENANT = "bench";

export const VERIFY_QUERY = `query Verify($code: String!) {
  verify(code: $code, context: {country: "DE"}) { verified verdict message product { name } }
}`;

export const verifyBodies = (codes: readonly string[]): string[] => codes.map((code) => JSON.stringify({ query: VERIFY_QUERY, variables: { code } }));

export const isVerified = (answer: unknown): boolean => {
  const { data, errors } = (answer ?? {}) as { data?: { verify?: { verified?: boolean } }; errors?: unknown };
  return !errors && data?.verify?.verified === true;
};

/** Issues `count` signed, commissioned units through the API, 10,000 at a time; returns their Digital Links (with AI 8030). */
async function issue(context: ScenarioContext, count: number): Promise<string[]> {
  const admin = context.client(TENANT, "admin");
  const bar = progress("verify: issuing signed units", count);
  const links: string[] = [];
  for (let done = 0; done < count; done += 10_000) {
    const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: Math.min(10_000, count - done), commission: true } });
    links.push(...generateSerials.serials.map((unit) => unit.digitalLink));
    bar.tick(generateSerials.serials.length);
  }
  bar.done();
  return links;
}

/**
 * verify(code) through the front door, as a consumer's phone calls it (no token: the scan is
 * recorded, the enumeration log counts it) and as the owning tenant, against a bare
 * node:http + pg endpoint doing the same indexed lookup, over the same signed codes.
 */
export async function verify(context: ScenarioContext): Promise<Figure[]> {
  const seconds = Number(context.options.seconds ?? sized(context.mode, { smoke: 1, quick: 4, default: 8 }));
  const warmupSeconds = sized(context.mode, { smoke: 0, quick: 2, default: 2 });
  const connections = Number(context.options.connections ?? 10);
  const issued = sized(context.mode, { smoke: 200, quick: 5_000, default: 10_000 });
  const registry = sized(context.mode, { smoke: 1_000, quick: 100_000, default: 100_000 });

  const admin = context.client(TENANT, "admin");
  await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Verify pump", brand: "Bench", markets: ["DE"], warrantyMonths: 12 } });
  const codes = await issue(context, issued);
  await fillSerials({ databaseUrl: context.hub.databaseUrl, tenant: TENANT, gtin: GTIN, count: registry - issued, prefix: "V", label: "verify: COPY the rest of the registry" });

  const bare = await startBareLookup({ databaseUrl: context.hub.databaseUrl, tenants: { [GTIN]: TENANT }, poolSize: context.config.dbPoolSize });
  let baseline: CannonResult;
  try {
    baseline = await measure(
      "verify: bare node:http + pg lookup",
      { url: bare.url, bodies: codes.map((code) => JSON.stringify({ code })), connections, seconds, warmupSeconds },
      (answer) => (answer as { verified?: boolean } | undefined)?.verified === true,
    );
  } finally {
    bare.stop();
  }
  const job = (token?: string): CannonJob => ({
    url: `${context.hub.url}${GRAPHQL_PATH}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    bodies: verifyBodies(codes),
    connections,
    seconds,
    warmupSeconds,
  });
  const anonymous = await measure("verify: through the gateway, anonymous (scan recorded)", job(), isVerified);
  const owner = await measure("verify: through the gateway, the owning tenant", job(context.token(TENANT, "integrator")), isVerified);

  const scenario = `verify (${registry.toLocaleString("en")} units, ${connections} connections, ${seconds} s)`;
  const row = (label: string, run: CannonResult, keyed: boolean): Figure[] => [
    {
      scenario,
      figure: `${label}: req/s (baseline: bare lookup)`,
      value: run.rps,
      unit: "req/s",
      baseline: baseline.rps,
      ratio: run.rps / baseline.rps,
      ...(keyed ? { goal: { on: "ratio", op: ">=", target: 0.25 }, keys: { ratio: "verify_vs_bare", value: "verify_rps", baseline: "bare_lookup_rps" } } : {}),
    } satisfies Figure,
    { scenario, figure: `${label}: p50`, value: run.p50, unit: "ms", baseline: baseline.p50, ratio: run.p50 / baseline.p50 },
    { scenario, figure: `${label}: p99`, value: run.p99, unit: "ms", baseline: baseline.p99, ratio: run.p99 / baseline.p99 },
  ];
  return [...row("verify(code), anonymous", anonymous, true), ...row("verify(code), owning tenant", owner, false)];
}
