import type { GatewayRuntime } from "@graphql-hive/gateway-runtime";

/** The name of the listener @whatwg-node/server puts on SIGINT and SIGTERM. */
const WHATWG_TERMINATE_HANDLER = "terminateHandler";

/**
 * @graphql-hive/gateway-runtime 2.12 hard-wires whatwg-node's `disposeOnProcessTerminate`:
 * on SIGINT/SIGTERM it disposes the gateway at once, which aborts every operation in flight
 * (SHUTTING_DOWN) before the front door has drained. The hub disposes the gateway itself,
 * after the drain, so those listeners are removed. Returns how many were.
 */
export function detachGatewaySignalHandlers(gateway: GatewayRuntime): number {
  // Reading it creates the disposable stack, which registers the listeners, so they are there to remove.
  void (gateway as unknown as { disposableStack?: unknown }).disposableStack;
  let removed = 0;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === WHATWG_TERMINATE_HANDLER) {
        process.removeListener(signal, listener);
        removed += 1;
      }
    }
  }
  return removed;
}
