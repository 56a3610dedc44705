import { commissioning, epcisDocument, sgtin, shipping, WIDGET_GTIN } from "./epcis-fixtures";
import type { TestHub } from "./test-hub";

export const OWNER = "acme";
export const OTHER = "globex";
export const OTHER_GTIN = "04012345111118";
/** Distinctive settings the owner stores, so a read that shows them shows the owner's data. */
export const OWNER_MAX_SCAN_SESSIONS = 7;
export const OWNER_CLAIM_LIMIT = 9;

/** The owner's records a test reaches for: one of each kind the API can name. */
export interface Seeded {
  gtin: string;
  /** The owner's unit `serial` as a Digital Link. */
  link(serial: string): string;
  /** A unit the hub issued: its signed Digital Link verifies in full for the owner. */
  signedLink: string;
  anomalyId: string;
  recallId: string;
  claimId: string;
  jobId: string;
  locationId: string;
  reportId: string;
  apiKeyId: string | null;
  /** A code of the other tenant's product. */
  otherLink: string;
}

type Json = Record<string, unknown>;

/** A GraphQL call through the front door; throws on any error, so seeding never half-succeeds silently. */
export async function graphql(hub: TestHub, token: string | undefined, query: string, variables: Json = {}): Promise<Json> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

const link = (gtin: string) => (serial: string) => `https://id.gs1.org/01/${gtin}/21/${serial}`;

/**
 * Tenant `acme` with a product, units, an anomaly, a recall, a warranty claim, a finished job,
 * a location, a problem report, settings and a connector; tenant `globex` with a product only.
 */
export async function seedTenants(hub: TestHub): Promise<Seeded> {
  const admin = hub.token(OWNER, "admin");
  const call = (query: string, variables: Json = {}) => graphql(hub, admin, query, variables);
  const gtin = WIDGET_GTIN;
  await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { gtin } }`, {
    input: { gtin, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 24 },
  });
  await graphql(hub, hub.token(OTHER, "admin"), `mutation($input: CreateProductInput!) { createProduct(input: $input) { gtin } }`, {
    input: { gtin: OTHER_GTIN, name: "Gadget", brand: "Globex", markets: ["US"], warrantyMonths: 12 },
  });
  const units = ["M1", "M2", "M3", "M4"].map((serial) => sgtin(serial));
  // M1-M4 commissioned; UNK-1 shipped without ever being commissioned: an UNKNOWN_SERIAL anomaly.
  await call(`mutation($epcis: JSON!) { captureEvents(epcis: $epcis) { accepted } }`, {
    epcis: epcisDocument([commissioning(units, "2025-01-02T08:00:00Z", { ilmd: { "cbvmda:lotNumber": "L1" } }), shipping([sgtin("UNK-1")])]),
  });
  const anomalies = await call(`{ anomalies(first: 5) { edges { node { id } } } }`);
  const generated = await call(`mutation { generateSerials(input: { gtin: "${gtin}", count: 1 }) { serials { digitalLink } } }`);
  const job = await call(`mutation { generateSerials(input: { gtin: "${gtin}", count: 10001 }) { job { id } } }`);
  const recall = await call(`mutation($input: OpenRecallInput!) { openRecall(input: $input) { id } }`, {
    input: { gtin, scope: { serials: ["M1"] }, reason: "Loose screw.", instructions: "Bring it back." },
  });
  await call(`mutation($input: RegisterSaleInput!) { registerSale(input: $input) { sale { channel } } }`, {
    input: { code: link(gtin)("M2"), soldAt: new Date(Date.now() - 86_400_000).toISOString(), channel: "web", orderRef: "SO-M2" },
  });
  const claim = await graphql(hub, hub.token(OWNER, "service_centre"), `mutation($input: OpenWarrantyClaimInput!) { openWarrantyClaim(input: $input) { claim { id } } }`, {
    input: { code: link(gtin)("M2"), serviceCentre: `${OWNER}-user`, problem: "Does not start." },
  });
  const location = await call(`mutation { createLocation(input: { id: "urn:epc:id:sgln:0614141.00001.0", name: "Acme DC", country: "DE" }) { id } }`);
  await call(`mutation { configureRules(input: { gtin: "${gtin}", maxScanSessions: ${OWNER_MAX_SCAN_SESSIONS} }) { gtin } }`);
  await call(`mutation { configureWarranty(input: { gtin: "${gtin}", claimLimit: ${OWNER_CLAIM_LIMIT} }) { gtin } }`);
  await call(`mutation { configureConnector(input: { connector: "netsuite", secrets: ["whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="] }) { connector } }`);
  const signedLink = ((generated.generateSerials as Json).serials as Json[])[0].digitalLink as string;
  // An anonymous scan and report: what scanStats and problemReports show the owner.
  await graphql(hub, undefined, `query($code: String!) { verify(code: $code) { verdict } }`, { code: signedLink });
  const report = await graphql(hub, undefined, `mutation($code: String!) { reportProblem(input: { code: $code, kind: LOOKS_COUNTERFEIT }) { id } }`, {
    code: signedLink,
  });
  // API keys are newer than some gateways' schema: seeded when the gateway serves them.
  const apiKey = await call(`mutation { createApiKey(input: { name: "matrix", roles: ["auditor"] }) { apiKey { id } } }`).catch(() => null);
  const jobId = ((job.generateSerials as Json).job as Json).id as string;
  await jobDone(hub, admin, jobId);
  return {
    gtin,
    link: link(gtin),
    signedLink,
    anomalyId: ((anomalies.anomalies as Json).edges as { node: { id: string } }[])[0].node.id,
    recallId: (recall.openRecall as Json).id as string,
    claimId: ((claim.openWarrantyClaim as Json).claim as Json).id as string,
    jobId,
    locationId: (location.createLocation as Json).id as string,
    reportId: (report.reportProblem as Json).id as string,
    apiKeyId: apiKey ? (((apiKey.createApiKey as Json).apiKey as Json).id as string) : null,
    otherLink: link(OTHER_GTIN)("G1"),
  };
}

/** Waits for a job to finish: it writes the owner's rows while it runs. */
async function jobDone(hub: TestHub, token: string, id: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { job } = (await graphql(hub, token, `{ job(id: "${id}") { status } }`)) as { job: { status: string } };
    if (job.status === "DONE" || job.status === "FAILED") {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`Job ${id} still ${job.status} after 60 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A fingerprint of every row the owner has in every service's tables: equal before and
 * after another tenant's calls means they changed nothing of the owner's.
 */
export async function ownerRows(hub: TestHub): Promise<Record<string, string>> {
  const tables = await hub.sql<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.columns
      WHERE column_name = 'tenant_id' AND table_schema IN ('products', 'serials', 'recalls', 'warranty', 'ingest')
      ORDER BY 1, 2`,
  );
  // Not the owner's data but its alarm: every lookup of the owner's codes, by anyone, is logged
  // under the owner for the SERIAL_ENUMERATION rule.
  const logs = new Set(["serials.lookups"]);
  const prints: Record<string, string> = {};
  for (const { schema, name } of tables.filter((table) => !logs.has(`${table.schema}.${table.name}`))) {
    const [row] = await hub.sql<{ n: string; print: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS print FROM "${schema}"."${name}" t WHERE tenant_id = $1`,
      [OWNER],
    );
    prints[`${schema}.${name}`] = `${row.n}:${row.print ?? "-"}`;
  }
  return prints;
}
