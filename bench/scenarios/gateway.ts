import { CaptureEventsDocument, CreateProductDocument } from "../../clients/generated/graphql";
import { identityToHeaders, type Identity } from "../../lib/auth/identity";
import { sign, SIGNATURE_EXTENSION, SIGNATURE_WINDOW_MS, signingPayload, stamped } from "../../lib/auth/upstream-signature";
import { GRAPHQL_PATH } from "../../lib/federation/subgraph-server";
import { commissioning, epcisDocument } from "../../lib/testing/epcis-fixtures";
import { measure, type CannonJob, type CannonResult } from "../load/cannon";
import { progress } from "../progress";
import type { Figure } from "../report";
import { sized, type ScenarioContext } from "../scenario";

const GTIN = "04012345111118";
const TENANT = "bench";
const UNITS = 1_000;
/** Distinct units the requests cycle through. */
const KEYS = 200;

/** Served by the serials subgraph alone. */
const ONE_SUBGRAPH = `query One($gtin: String!, $serial: String!) {
  serial(gtin: $gtin, serial: $serial) { gtin serial status lastEventTime lastBizStep lot }
}`;

/** serials, then products (product) and recalls (recalls) for the same unit. */
const THREE_SUBGRAPHS = `query Three($gtin: String!, $serial: String!) {
  serial(gtin: $gtin, serial: $serial) { gtin serial status lastEventTime lastBizStep lot product { name brand } recalls { id status } }
}`;

const variablesOf = (i: number) => ({ gtin: GTIN, serial: `G-${(i * 7) % UNITS}` });

/** What the gateway sends the serials subgraph for a client: the query, the identity headers and signing time, the HMAC over them. */
function signedBody(secret: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): { body: string; headers: Record<string, string> } {
  const signature = sign(secret, signingPayload(query, variables, headers));
  return { body: JSON.stringify({ query, variables, extensions: { [SIGNATURE_EXTENSION]: signature } }), headers };
}

const hasSerial = (answer: unknown) => {
  const { data, errors } = (answer ?? {}) as { data?: { serial?: unknown }; errors?: unknown };
  return !errors && Boolean(data?.serial);
};

/**
 * A one-subgraph and a three-subgraph query through the front door (JWT verified, identity
 * forwarded and signed), against the same one-subgraph query sent straight to the serials
 * subgraph with a valid upstream signature: what the gateway costs.
 */
export async function gateway(context: ScenarioContext): Promise<Figure[]> {
  const seconds = Number(context.options.seconds ?? sized(context.mode, { smoke: 1, quick: 4, default: 8 }));
  const warmupSeconds = sized(context.mode, { smoke: 0, quick: 2, default: 2 });
  const connections = Number(context.options.connections ?? 10);

  const admin = context.client(TENANT, "admin");
  await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Gateway pump", brand: "Bench", markets: ["DE"], warrantyMonths: 12 } });
  const bar = progress("gateway: commissioning units", UNITS);
  const epcs = Array.from({ length: UNITS }, (_, n) => `https://id.gs1.org/01/${GTIN}/21/G-${n}`);
  await context.client(TENANT, "integrator").request(CaptureEventsDocument, { epcis: epcisDocument([commissioning(epcs, "2025-01-02T08:00:00Z")]) });
  bar.tick(UNITS);
  bar.done();

  const identity: Identity = { tenant: TENANT, sub: "bench", roles: ["integrator"] };
  const viaGateway = (query: string): CannonJob => ({
    url: `${context.hub.url}${GRAPHQL_PATH}`,
    headers: { authorization: `Bearer ${context.token(TENANT, "integrator")}` },
    bodies: Array.from({ length: KEYS }, (_, i) => JSON.stringify({ query, variables: variablesOf(i) })),
    connections,
    seconds,
    warmupSeconds,
  });
  // Signed once for the whole direct run (one signing time, shared by all bodies): it must end inside the signature window.
  if ((warmupSeconds + seconds) * 1000 > SIGNATURE_WINDOW_MS - 10_000) {
    throw new Error(`gateway: the direct run (${warmupSeconds + seconds} s) must fit the ${SIGNATURE_WINDOW_MS / 1000} s upstream signature window; use --seconds ${SIGNATURE_WINDOW_MS / 1000 - 10 - warmupSeconds} or less.`);
  }
  const headers = stamped(identityToHeaders(identity));
  const signed = Array.from({ length: KEYS }, (_, i) => signedBody(context.config.upstreamSecret, headers, ONE_SUBGRAPH, variablesOf(i)));
  const direct: CannonJob = {
    url: `${context.hub.services.serials}${GRAPHQL_PATH}`,
    headers: signed[0].headers,
    bodies: signed.map((request) => request.body),
    connections,
    seconds,
    warmupSeconds,
  };

  const straight = await measure("gateway: one-subgraph query, direct to serials", direct, hasSerial);
  const one = await measure("gateway: one-subgraph query, through the gateway", viaGateway(ONE_SUBGRAPH), hasSerial);
  const three = await measure("gateway: three-subgraph query, through the gateway", viaGateway(THREE_SUBGRAPHS), hasSerial);

  const scenario = `gateway (${connections} connections, ${seconds} s)`;
  const rows = (label: string, run: CannonResult, goal: boolean): Figure[] => [
    {
      scenario,
      figure: `${label}: req/s (baseline: one-subgraph direct)`,
      value: run.rps,
      unit: "req/s",
      baseline: straight.rps,
      ratio: run.rps / straight.rps,
      ...(goal ? { goal: { on: "ratio", op: ">=", target: 0.8 }, keys: { value: "gateway_rps", baseline: "direct_rps", ratio: "gateway_vs_direct" } } : {}),
    } satisfies Figure,
    { scenario, figure: `${label}: p50`, value: run.p50, unit: "ms", baseline: straight.p50, ratio: run.p50 / straight.p50 },
    { scenario, figure: `${label}: p99`, value: run.p99, unit: "ms", baseline: straight.p99, ratio: run.p99 / straight.p99 },
    {
      scenario,
      figure: `${label}: hub CPU per request`,
      value: run.hubCpuMs ?? null,
      unit: "ms",
      baseline: straight.hubCpuMs,
      ratio: (run.hubCpuMs ?? NaN) / (straight.hubCpuMs ?? NaN),
    },
  ];
  return [...rows("one-subgraph query via gateway", one, true), ...rows("three-subgraph query via gateway", three, false)];
}
