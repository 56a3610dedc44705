import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Where the fake serves, as an S/4HANA system would: the service root of the delivery API. */
export const FAKE_SERVICE_PATH = "/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002";

export type FakeODataCredentials = { user: string; password: string } | { token: string };

export interface FakeOData {
  /** The service root: use it as the connector's odataBaseUrl. */
  url: string;
  /** Every request received, answered or not, in order. */
  requests: { url: string; authorization: string | null }[];
  /** Makes the next `count` requests answer 503, as a gateway does when the backend is down. */
  failNext(count: number): void;
  close(): Promise<void>;
}

const HEADER = /^\/A_OutbDeliveryHeader\('(.*)'\)$/;

function expectedAuthorization(credentials: FakeODataCredentials | undefined): string | null {
  if (!credentials) {
    return null;
  }
  return "token" in credentials ? `Bearer ${credentials.token}` : `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString("base64")}`;
}

/** OData V2 error body: `{error: {code, message: {lang, value}}}`. */
function answer(response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...extra });
  response.end(JSON.stringify(body));
}

const error = (code: string, value: string) => ({ error: { code, message: { lang: "en", value } } });

function decodedPath(url: string): string {
  const pathname = new URL(url, "http://fake").pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** SAP reads a key in either ALPHA form: 80012345 and 0080012345 are the same delivery. */
function find(deliveries: Record<string, unknown>, key: string): unknown {
  if (key in deliveries) {
    return deliveries[key];
  }
  const bare = key.replace(/^0+(?=\d)/, "");
  const match = Object.keys(deliveries).find((id) => id.replace(/^0+(?=\d)/, "") === bare);
  return match === undefined ? undefined : deliveries[match];
}

/**
 * A stand-in for API_OUTBOUND_DELIVERY_SRV on 127.0.0.1: GET A_OutbDeliveryHeader('<id>')
 * answers `{d: deliveries[id]}` (as given: include the expanded items and serials), 404 for
 * an unknown delivery, 401 for wrong credentials when some are expected.
 */
export async function startFakeOData(deliveries: Record<string, unknown>, credentials?: FakeODataCredentials): Promise<FakeOData> {
  const requests: FakeOData["requests"] = [];
  const expected = expectedAuthorization(credentials);
  let failures = 0;

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = request.url ?? "/";
    const authorization = request.headers.authorization ?? null;
    requests.push({ url, authorization });
    if (failures > 0) {
      failures -= 1;
      answer(response, 503, error("/IWFND/CM_BEC/026", "Service temporarily unavailable"), { "retry-after": "1" });
      return;
    }
    if (request.method !== "GET") {
      answer(response, 405, error("/IWFND/MED/170", "Only GET is served by the fake"));
      return;
    }
    if (expected !== null && authorization !== expected) {
      answer(response, 401, error("/IWFND/CM_CONSUMER/001", "Logon failed"), { "www-authenticate": 'Basic realm="SAP NetWeaver Application Server"' });
      return;
    }
    const pathname = decodedPath(url);
    const match = pathname.startsWith(FAKE_SERVICE_PATH) ? HEADER.exec(pathname.slice(FAKE_SERVICE_PATH.length)) : null;
    const delivery = match ? find(deliveries, match[1].replace(/''/g, "'")) : undefined;
    if (delivery === undefined) {
      answer(response, 404, error("/IWBEP/CM_MGW_RT/020", `Resource not found for segment '${pathname.split("/").at(-1) ?? ""}'`));
      return;
    }
    answer(response, 200, { d: delivery });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${FAKE_SERVICE_PATH}`,
    requests,
    failNext(count) {
      failures = count;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((closeError) => (closeError ? reject(closeError) : resolve())));
    },
  };
}
