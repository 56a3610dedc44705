import { request } from "node:http";
import { CreateProductDocument } from "../clients/generated/graphql";
import { DIGITAL_LINK_FORM_MAX_BYTES, EPCIS_CAPTURE_MAX_BYTES } from "../lib/federation/rest-body-limits";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = "10614141073464";

type Sent = { status: number; body: string };

/**
 * Sends headers and then `write`s the body by hand, as a client streaming an upload does;
 * the answer is read whenever it comes (the front door may answer before the body is sent).
 */
function send(url: string, headers: Record<string, string>, write: (chunk: (bytes: Buffer | string) => void) => void): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", headers }, (answer) => {
      let body = "";
      answer.on("data", (chunk: Buffer) => (body += chunk.toString()));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 0, body }));
    });
    // The front door may cut a refused upload short; the answer came first.
    outgoing.on("error", (error) => (outgoing.headersSent ? undefined : reject(error)));
    write((bytes) => outgoing.write(bytes));
    outgoing.end();
  });
}

/** A GET with `path` sent as written: fetch would normalise it first, as the door's own forwarding once did. */
function getRaw(base: string, path: string, headers: Record<string, string>): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    request({ hostname, port, path, headers }, (answer) => {
      let body = "";
      answer.on("data", (chunk: Buffer) => (body += chunk.toString()));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .end();
  });
}

/**
 * The front door signs each REST request it forwards over its body too: it reads the body
 * first, within the route's limit, and sends it whole. Streamed (chunked) uploads still work;
 * over-size ones are refused at the door with 413, before anything reaches a service.
 */
describe("REST bodies through the front door", () => {
  let hub: TestHub;
  const figures = { uploaded: 0, refused: 0, rewrittenAnswered: 0, dotPathsRefused: 0 };

  beforeAll(async () => {
    hub = await startTestHub();
    await hub.client("acme", "admin").request(CreateProductDocument, { input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
  });

  afterAll(async () => {
    console.log(
      `Signed REST bodies through the front door: ${figures.uploaded} serials uploaded in a chunked body; ${figures.refused} over-size bodies refused with 413; ` +
        `${figures.rewrittenAnswered} paths the URL parser rewrites answered by their service; ${figures.dotPathsRefused} dot-segment paths refused with 400.`,
    );
    await hub?.stop();
  });

  const auth = (...roles: Parameters<TestHub["token"]>[1][]) => ({ authorization: `Bearer ${hub.token("acme", ...roles)}` });

  it("forwards a serial list streamed in chunks, signed over the whole body", async () => {
    const serials = Array.from({ length: 50_000 }, (_, n) => `CH-${n}`);
    const answer = await send(
      `${hub.url}/recalls/serial-lists?gtin=${GTIN}`,
      { ...auth("recall_coordinator"), "content-type": "text/csv", "transfer-encoding": "chunked" },
      (write) => {
        for (let at = 0; at < serials.length; at += 5_000) {
          write(`${serials.slice(at, at + 5_000).join("\n")}\n`);
        }
      },
    );
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toMatchObject({ gtin: GTIN, count: serials.length });
    figures.uploaded += serials.length;
  });

  it("refuses a body over the route's limit, from its Content-Length or as it streams", async () => {
    const form = `kind=OTHER&message=${"x".repeat(DIGITAL_LINK_FORM_MAX_BYTES)}`;
    const declared = await send(`${hub.url}/01/${GTIN}/21/A1`, { "content-type": "application/x-www-form-urlencoded", "content-length": String(form.length) }, (write) => write(form));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({
      status: 413,
      error: `The body declares ${form.length} bytes and was refused before it was read: the Digital Link report form takes at most ${DIGITAL_LINK_FORM_MAX_BYTES} bytes.`,
    });
    const streamed = await send(`${hub.url}/01/${GTIN}/21/A1`, { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" }, (write) => {
      for (let at = 0; at < form.length; at += 1024) {
        write(form.slice(at, at + 1024));
      }
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error).toBe(`The body went past ${DIGITAL_LINK_FORM_MAX_BYTES} bytes, where reading stopped: the Digital Link report form takes at most ${DIGITAL_LINK_FORM_MAX_BYTES} bytes.`);
    // An EPCIS document one byte over 32 MiB: refused from its length, only its first kilobyte ever sent.
    const capture = await send(
      `${hub.url}/epcis/capture`,
      { ...auth("integrator"), "content-type": "application/json", "content-length": String(EPCIS_CAPTURE_MAX_BYTES + 1) },
      (write) => write(Buffer.alloc(1024, 0x20)),
    );
    expect(capture.status).toBe(413);
    expect(JSON.parse(capture.body).error).toContain(`the EPCIS capture takes at most ${EPCIS_CAPTURE_MAX_BYTES} bytes`);
    figures.refused += 3;
  });

  it("drops signing headers a client sends itself: the door's own are the only ones", async () => {
    const forged = { "x-serialhub-signed-at": "1", "x-serialhub-body-sha256": "0".repeat(64), "x-serialhub-signature": "forged" };
    const answer = await send(`${hub.url}/recalls/serial-lists?gtin=${GTIN}`, { ...auth("recall_coordinator"), ...forged, "content-type": "text/csv", "content-length": "5" }, (write) =>
      write("FH-1\n"),
    );
    expect([answer.status, JSON.parse(answer.body)]).toEqual([201, expect.objectContaining({ count: 1 })]);
  });

  it("signs the path it sends: paths and queries the URL parser rewrites reach their service, signature intact", async () => {
    // `"` and `<` are percent-encoded on the way: signed raw, they failed the service's check (401).
    const unit = await getRaw(hub.url, `/01/${GTIN}/21/ab"c<d`, { accept: "application/json" });
    expect([unit.status, JSON.parse(unit.body).verdict]).toEqual([200, "SUSPECT"]);
    // The service decodes the value the client meant: it names it back in its refusal.
    const query = await getRaw(hub.url, '/epcis/events?EQ_bizStep=a"b', { ...auth("auditor") });
    expect([query.status, JSON.parse(query.body)]).toEqual([
      400,
      expect.objectContaining({ type: "epcisException:QueryParameterException", parameter: "EQ_bizStep", title: 'EQ_bizStep: "a"b" is neither a CBV 2.0 business step nor a custom URI.' }),
    ]);
    figures.rewrittenAnswered += 2;
  });

  it("refuses a path with . or .. segments before routing: /metrics/../internal/… never reaches ingest", async () => {
    const paths = [
      "/metrics/../internal/api-keys/0123456789abcdef",
      "/webhooks/../internal/api-keys/0123456789abcdef",
      "/webhooks/%2e%2e/internal/api-keys/0123456789abcdef",
      "/epcis/capture/../../internal/api-keys/0123456789abcdef",
      `/01/./${GTIN}/21/A1`,
      `/recalls/serial-lists/../serial-lists?gtin=${GTIN}`,
      "/metrics\\..\\internal/api-keys/0123456789abcdef",
    ];
    const answers = [];
    for (const path of paths) {
      const answer = await getRaw(hub.url, path, auth("admin", "integrator"));
      const code = answer.body.startsWith("{") ? (JSON.parse(answer.body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code : answer.body.slice(0, 80);
      answers.push([path, answer.status, code]);
    }
    expect(answers).toEqual(paths.map((path) => [path, 400, "BAD_USER_INPUT"]));
    figures.dotPathsRefused += paths.length;
  });
});
