import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HubError } from "../errors/hub-error";
import { callSubgraph, PEER_FAILURE_MESSAGE } from "./subgraph-client";

const PEER_TEXT = 'relation "products.items" does not exist';

/** A peer that answers every call with `status` and `body`, as a broken or misconfigured service would. */
function peer(status: number, body: unknown): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body)));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function failureOf(status: number, body: unknown): Promise<{ error: unknown; url: string }> {
  const { server, url } = await peer(status, body);
  try {
    await callSubgraph(url, "s".repeat(32), { tenant: "acme", sub: "x", roles: ["admin"] }, "{ products { gtin } }", {});
    return { error: undefined, url };
  } catch (error) {
    return { error, url };
  } finally {
    server.close();
  }
}

describe("callSubgraph", () => {
  it("tells the caller a peer failed without the peer's address or answer, and keeps both for the log", async () => {
    const answers: [number, unknown, string][] = [
      [200, { errors: [{ message: PEER_TEXT }] }, PEER_TEXT],
      [500, { errors: [{ message: PEER_TEXT, extensions: { code: "INTERNAL" } }] }, PEER_TEXT],
      [401, { errors: [{ message: "Missing or invalid upstream signature." }] }, "Missing or invalid upstream signature."],
      [502, {}, "HTTP 502"],
      [200, {}, "HTTP 200"],
    ];
    for (const [status, body, detail] of answers) {
      const { error, url } = await failureOf(status, body);
      expect(error).toBeInstanceOf(HubError);
      expect([(error as HubError).code, (error as HubError).message, (error as HubError).details]).toEqual(["INTERNAL", PEER_FAILURE_MESSAGE, {}]);
      expect(PEER_FAILURE_MESSAGE).not.toContain("127.0.0.1");
      expect(String((error as Error).cause)).toBe(`${url}/graphql answered: ${detail}`);
    }
    console.log(`callSubgraph: ${answers.length} failed peer answers, 0 peer addresses or answers in the client's message`);
  });

  it("still passes a peer's 503 on as SERVICE_UNAVAILABLE, so the client retries", async () => {
    const { error } = await failureOf(503, { errors: [{ message: "down" }] });
    expect([(error as HubError).code, (error as Error).cause]).toEqual(["SERVICE_UNAVAILABLE", undefined]);
  });
});
