import { OTHER_GTIN, type Seeded } from "./isolation-seed";

export interface RestRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request per REST route of docs/security.md, with the owner's ids where the route names one. */
export interface RestProbe {
  route: string;
  request(seed: Seeded): RestRequest;
  /** Status the other tenant's admin gets for the owner's record (when the route names one). */
  otherStatus?: number;
  /** The route does not look at tokens at all (webhooks sign their bodies): every caller gets the same status. */
  tokenBlind?: boolean;
  /** Sent with no credential whoever asks (the anonymous face of a route that answers tokens differently). */
  anonymous?: boolean;
  /** Only callers with a credential reach this face of the route; anonymous callers get the `anonymous` one. */
  credentialOnly?: boolean;
}

const NO_ID = "00000000-0000-4000-8000-000000000000";

export const REST_PROBES: RestProbe[] = [
  { route: "GET /01/{gtin}/…/21/{serial}", request: (s) => ({ method: "GET", path: `/01/${s.gtin}/21/M1`, headers: { accept: "application/json" } }) },
  {
    route: "POST /01/{gtin}/…/21/{serial}",
    request: () => ({
      method: "POST",
      path: `/01/${OTHER_GTIN}/21/G1`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "kind=OTHER",
    }),
  },
  { route: "GET /01/{gtin}/…?linkType=verificationService", request: (s) => ({ method: "GET", path: `/01/${s.gtin}/21/M1?linkType=verificationService` }) },
  { route: "GET /.well-known/jwks.json", request: () => ({ method: "GET", path: "/.well-known/jwks.json" }) },
  { route: "GET /jobs/{id}/serials.csv", request: (s) => ({ method: "GET", path: `/jobs/${s.jobId}/serials.csv` }), otherStatus: 404 },
  { route: "GET /labels/{gtin}/{serial}.svg", request: (s) => ({ method: "GET", path: `/labels/${s.gtin}/M2.svg` }), otherStatus: 404 },
  { route: "GET /labels/job/{id}.pdf", request: (s) => ({ method: "GET", path: `/labels/job/${s.jobId}.pdf?limit=1` }), otherStatus: 404 },
  { route: "GET /epcis/events", request: () => ({ method: "GET", path: "/epcis/events" }) },
  { route: "GET /recalls/{id}/affected.csv", request: (s) => ({ method: "GET", path: `/recalls/${s.recallId}/affected.csv` }), otherStatus: 404 },
  {
    route: "POST /recalls/serial-lists",
    request: (s) => ({ method: "POST", path: `/recalls/serial-lists?gtin=${s.gtin}`, headers: { "content-type": "text/csv" }, body: "M1\n" }),
  },
  // text/plain is refused (415) after the role check: nothing is stored.
  { route: "POST /epcis/capture", request: () => ({ method: "POST", path: "/epcis/capture", headers: { "content-type": "text/plain" }, body: "x" }) },
  { route: "GET /epcis/capture/{id}", request: () => ({ method: "GET", path: `/epcis/capture/${NO_ID}` }) },
  { route: "GET /metrics", request: () => ({ method: "GET", path: "/metrics" }), anonymous: true },
  { route: "GET /metrics (with a credential)", request: () => ({ method: "GET", path: "/metrics" }), credentialOnly: true },
  {
    route: "POST /webhooks/{tenant}/{connector}",
    request: () => ({ method: "POST", path: "/webhooks/acme/netsuite", headers: { "content-type": "application/json" }, body: "{}" }),
    tokenBlind: true,
  },
  { route: "OPTIONS /webhooks/{tenant}/{connector}", request: () => ({ method: "OPTIONS", path: "/webhooks/acme/netsuite" }) },
  { route: "GET /healthz", request: () => ({ method: "GET", path: "/healthz" }) },
];
