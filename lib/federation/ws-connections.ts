import type { Context } from "graphql-ws";

/** How long a shutdown waits for the "complete" messages to go out. @default 2000 */
export const COMPLETE_TIMEOUT_MS = 2000;

type Subscription = { return?(value?: unknown): Promise<unknown> } | null | undefined;

/**
 * The graphql-ws connections of one server, so a shutdown can end every subscription the
 * protocol's way — the subscriber receives "complete" — before the socket closes with 1001
 * (going away). Without it a client only sees the socket drop and cannot tell a shutdown
 * from a network fault.
 */
export class WsConnections {
  private readonly open = new Set<Context>();

  /** Call from `onConnect` once a connection is accepted. */
  add(ctx: Context): void {
    this.open.add(ctx);
  }

  /** Call from `onClose`. */
  remove(ctx: Context): void {
    this.open.delete(ctx);
  }

  get size(): number {
    return this.open.size;
  }

  /**
   * Returns every running subscription's iterator: graphql-ws then sends "complete" for it
   * and forgets it. Resolves with how many were ended, once they are (or after `timeoutMs`).
   */
  async completeAll(timeoutMs = COMPLETE_TIMEOUT_MS): Promise<number> {
    const ended: Promise<unknown>[] = [];
    for (const ctx of this.open) {
      for (const subscription of Object.values(ctx.subscriptions as Record<string, Subscription>)) {
        if (typeof subscription?.return === "function") {
          ended.push(subscription.return(undefined).catch(() => undefined));
        }
      }
    }
    const pending = () => [...this.open].some((ctx) => Object.keys(ctx.subscriptions).length > 0);
    const deadline = Date.now() + timeoutMs;
    await Promise.race([Promise.all(ended), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    // graphql-ws drops a subscription from ctx.subscriptions after it has sent "complete".
    while (pending() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return ended.length;
  }
}
