import { createHash } from "node:crypto";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import express, { type Request } from "express";
import { identityToHeaders } from "../auth/identity";
import { BODY_DIGEST_HEADER, signedRestHeaders, SIGNATURE_WINDOW_MS } from "../auth/upstream-signature";
import { createLogger } from "../log/logger";
import { requireRestSignature } from "./rest-signature-check";

const SECRET = "upstream-secret-upstream-secret-upstream";
const IDENTITY = identityToHeaders({ tenant: "acme", sub: "u1", roles: ["admin"] });

/** Reads a body as ingest's edge reader does: "data" events, counted. */
const byData = (req: Request) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
  });

const sha = (body: Buffer | string) => createHash("sha256").update(body).digest("hex");

/**
 * The check in front of a service's REST routes, with the three ways the routes read bodies
 * (a body parser, "data" events, readline): each must still read the whole body after it.
 */
describe("requireRestSignature", () => {
  let server: Server;
  let base = "";
  let routeRuns = 0;

  beforeAll(async () => {
    const app = express();
    const router = express.Router();
    router.post("/form", express.urlencoded({ extended: false }), (req, res) => res.json(req.body));
    router.post("/data", async (req, res) => {
      const body = await byData(req);
      res.json({ bytes: body.length, sha: sha(body) });
    });
    // A route that does some work before it reads: the body waits for it.
    router.post("/late", async (req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      const body = await byData(req);
      res.json({ bytes: body.length, sha: sha(body) });
    });
    router.post("/lines", async (req, res) => {
      let lines = 0;
      for await (const line of createInterface({ input: req, crlfDelay: Infinity })) {
        lines += line === "" ? 0 : 1;
      }
      res.json({ lines });
    });
    router.get("/get", (_req, res) => res.json({ ok: true }));
    app.use(requireRestSignature(SECRET, createLogger(false)), (_req, _res, next) => {
      routeRuns += 1;
      next();
    }, router);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = async (path: string, headers: Record<string, string>, body: string | Buffer) => {
    const response = await fetch(`${base}${path}`, { method: "POST", headers, body: typeof body === "string" ? body : new Uint8Array(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const signed = (path: string, body: string | Buffer, at?: number) => signedRestHeaders(SECRET, "POST", path, IDENTITY, body, at);

  it("passes a signed body on whole to each kind of reader", async () => {
    const form = "kind=counterfeit&message=wrong+hologram";
    expect(await post("/form", { "content-type": "application/x-www-form-urlencoded", ...signed("/form", form) }, form)).toEqual({
      status: 200,
      body: { kind: "counterfeit", message: "wrong hologram" },
    });
    // Several megabytes arrive in many chunks; every byte reaches the route, in order.
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 0x61);
    big.write("start", 0);
    big.write("end", big.length - 3);
    for (const path of ["/data", "/late"]) {
      expect(await post(path, signed(path, big), big)).toEqual({ status: 200, body: { bytes: big.length, sha: sha(big) } });
    }
    const csv = Array.from({ length: 200_000 }, (_, n) => `SN-${n}`).join("\n");
    expect(await post("/lines", { "content-type": "text/csv", ...signed("/lines", csv) }, csv)).toEqual({ status: 200, body: { lines: 200_000 } });
    const get = await fetch(`${base}/get`, { headers: signedRestHeaders(SECRET, "GET", "/get", IDENTITY) });
    expect(get.status).toBe(200);
  });

  it("refuses a signed request carrying another body, before the route runs", async () => {
    const before = routeRuns;
    const headers = signed("/data", "SN-1\n");
    for (const other of ["SN-2\n", "SN-1\nSN-2\n", "SN-1"]) {
      const answer = await post("/data", headers, other);
      expect(answer).toEqual({ status: 401, body: { error: expect.stringContaining(`does not match the signed digest (${BODY_DIGEST_HEADER})`) } });
    }
    // The digest header changed to the new body's: the HMAC no longer matches.
    expect(await post("/data", { ...headers, [BODY_DIGEST_HEADER]: sha("SN-2\n") }, "SN-2\n")).toEqual({
      status: 401,
      body: { error: "Missing or invalid upstream signature." },
    });
    expect(routeRuns).toBe(before);
  });

  it("refuses a signature older or newer than the window, with how far off it is", async () => {
    const body = "SN-1\n";
    const stale = await post("/data", signed("/data", body, Date.now() - SIGNATURE_WINDOW_MS - 5_000), body);
    expect(stale).toEqual({ status: 401, body: { error: expect.stringMatching(/^The upstream signature is stale: signed 6\d\.\d s ago, outside the 60 s window/) } });
    const ahead = await post("/data", signed("/data", body, Date.now() + SIGNATURE_WINDOW_MS + 5_000), body);
    expect(ahead).toEqual({ status: 401, body: { error: expect.stringMatching(/^The upstream signature is dated 6\d\.\d s ahead/) } });
    expect((await post("/data", signed("/data", body, Date.now() - SIGNATURE_WINDOW_MS + 5_000), body)).status).toBe(200);
  });

  it("refuses an unsigned request and a chunked body", async () => {
    expect(await post("/data", IDENTITY, "x")).toEqual({ status: 401, body: { error: "Missing or invalid upstream signature." } });
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(`${base}/data`, { method: "POST", headers: { ...signed("/data", "ab"), "transfer-encoding": "chunked" } }, (answer) => {
        let text = "";
        answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
        answer.on("end", () => resolve({ status: answer.statusCode ?? 0, body: text }));
      });
      outgoing.on("error", reject);
      outgoing.write("a");
      outgoing.end("b");
    });
    expect(chunked.status).toBe(401);
    expect(chunked.body).toContain("must come with Content-Length");
  });
});
