import { createServer, get, Agent } from "node:http";
import type { AddressInfo } from "node:net";
import { closeHttpServer } from "./close-http-server";

function listen(handler: Parameters<typeof createServer>[1]) {
  const server = createServer(handler);
  return new Promise<{ server: typeof server; port: number }>((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port })));
}

const fetchText = (port: number, agent: Agent) =>
  new Promise<string>((resolve, reject) => {
    get({ port, host: "127.0.0.1", agent }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(`${response.statusCode} ${body}`));
    }).on("error", reject);
  });

describe("closeHttpServer", () => {
  it("lets a keep-alive request in flight finish, refuses new connections, and resolves once it is done", async () => {
    let release: () => void = () => undefined;
    let arrived: () => void = () => undefined;
    const handled = new Promise<void>((resolve) => (arrived = resolve));
    const { server, port } = await listen((_req, res) => {
      release = () => res.end("done");
      arrived();
    });
    const agent = new Agent({ keepAlive: true });
    const inFlight = fetchText(port, agent);
    await handled;
    const closed = closeHttpServer(server, 10_000);
    await expect(fetchText(port, new Agent())).rejects.toThrow(/ECONNREFUSED/);
    release();
    expect(await inFlight).toBe("200 done");
    expect(await closed).toBe(false);
    agent.destroy();
  });

  it("cuts what still runs after the timeout", async () => {
    let arrived: () => void = () => undefined;
    const handled = new Promise<void>((resolve) => (arrived = resolve));
    const { server, port } = await listen(() => arrived());
    const inFlight = fetchText(port, new Agent()).catch((error: Error) => `cut: ${error.message}`);
    await handled;
    expect(await closeHttpServer(server, 100)).toBe(true);
    expect(await inFlight).toMatch(/^cut: socket hang up/);
  });
});
