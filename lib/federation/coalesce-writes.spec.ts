import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import { coalesceWrites } from "./coalesce-writes";

describe("coalesceWrites", () => {
  it("holds one turn's messages in the socket and delivers every one, in order", async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    wss.on("connection", coalesceWrites);
    const corked: number[] = [];
    wss.on("connection", (ws: WebSocket, request: IncomingMessage) => {
      for (let i = 0; i < 200; i += 1) {
        ws.send(`m${i}`);
      }
      corked.push(request.socket.writableCorked);
      setImmediate(() => {
        corked.push(request.socket.writableCorked);
        ws.send("last");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const received: string[] = [];
    await new Promise<void>((resolve, reject) => {
      client.on("message", (data) => {
        received.push(String(data));
        if (String(data) === "last") {
          resolve();
        }
      });
      client.on("error", reject);
    });
    client.close();
    wss.close();
    server.close();
    // Corked while the turn's 200 messages were queued, uncorked once the turn was over.
    expect(corked).toEqual([1, 0]);
    expect(received).toEqual([...Array.from({ length: 200 }, (_, i) => `m${i}`), "last"]);
  });
});
