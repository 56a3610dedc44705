import { Agent, request } from "node:http";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface AddressedClient {
  /** One request; `body` is sent as JSON when it is an object. */
  send(method: string, url: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<RawAnswer>;
  /** POSTs a GraphQL operation to `${base}/graphql`. */
  graphql(base: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<RawAnswer>;
  close(): void;
}

/**
 * HTTP from a chosen loopback address (127.0.0.2, 127.0.0.3, …: Linux routes all of 127/8 to
 * the loopback interface), so one test process can be several clients as a server counts them.
 */
export function fromAddress(localAddress: string, maxSockets = 64): AddressedClient {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const send: AddressedClient["send"] = (method, url, options = {}) =>
    new Promise((resolve, reject) => {
      const payload = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
      const headers = { ...(payload !== undefined && typeof options.body !== "string" ? { "content-type": "application/json" } : {}), ...options.headers };
      const outgoing = request(url, { method, headers, agent, localAddress }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks).toString("utf8") }));
        answer.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end(payload);
    });
  return {
    send,
    graphql: (base, query, variables, headers) => send("POST", `${base}/graphql`, { body: { query, variables }, headers }),
    close: () => agent.destroy(),
  };
}
