import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";

/**
 * Lets the messages a WebSocket sends in one turn of the event loop leave in one write.
 * The gateway multiplexes every client subscription over one upstream socket per subgraph,
 * so one anomaly for 100 subscribers is 100 messages on the same socket; written one by one
 * they were 100 writev calls (12 % of the hub's CPU in the alerts bench, 8 % after this:
 * bench/README.md). The socket stays corked until the next turn, then gets them all at once.
 * Use as the WebSocketServer's "connection" listener: `request.socket` is the upgraded socket.
 */
export function coalesceWrites(ws: WebSocket, request: IncomingMessage): void {
  const socket = request.socket;
  const send = ws.send.bind(ws);
  let corked = false;
  const flush = () => {
    corked = false;
    if (!socket.destroyed) {
      socket.uncork();
    }
  };
  ws.send = ((...args: Parameters<WebSocket["send"]>) => {
    if (!corked && !socket.destroyed) {
      corked = true;
      socket.cork();
      setImmediate(flush);
    }
    return send(...args);
  }) as WebSocket["send"];
}
