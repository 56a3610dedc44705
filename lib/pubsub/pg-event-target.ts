import { CustomEvent } from "@whatwg-node/events";
import { Client } from "pg";
import type { Logger } from "../log/logger";

type Listener = ((event: CustomEvent) => void) | { handleEvent(event: CustomEvent): void };

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_NOTIFY_BYTES = 7999;

/**
 * An EventTarget over PostgreSQL LISTEN/NOTIFY, so an event published by any process
 * reaches subscribers in every process on the same database. One connection per process
 * both listens and notifies. Delivery is at most once: a notification sent while the
 * connection is down is missed, which is why anything that matters is also in a table.
 */
/** Notifications sent in one statement at most: bounds one transaction's share of the notify queue. */
const MAX_NOTIFY_BATCH = 500;

export class PgEventTarget {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | undefined;
  private closed = false;
  private lost = false;
  private reconnectDelay = 250;
  private waiting: { payload: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  private flushing = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly log: Logger,
  ) {}

  async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: "serialhub-pubsub" });
    client.on("notification", (message) => this.deliver(message.payload));
    client.on("error", (error) => this.onConnectionLost(client, error));
    client.on("end", () => this.onConnectionLost(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (error) {
      // A half-made connection (connected, LISTEN refused while the server starts up) is let go, not leaked.
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end();
      return;
    }
    const reconnected = this.lost;
    this.client = client;
    this.lost = false;
    this.reconnectDelay = 250;
    if (reconnected) {
      this.log.info("Pub/sub connection restored; listening again");
    }
  }

  private onConnectionLost(client: Client, error?: Error): void {
    if (this.closed || this.client !== client) {
      return;
    }
    this.client = undefined;
    this.lost = true;
    this.log.warn({ error: error?.message }, "Pub/sub connection lost; reconnecting");
    const retry = () => {
      if (this.closed) {
        return;
      }
      this.connect().catch(() => {
        this.reconnectDelay = Math.min(this.reconnectDelay * 2, 10_000);
        setTimeout(retry, this.reconnectDelay).unref();
      });
    };
    setTimeout(retry, this.reconnectDelay).unref();
  }

  private deliver(raw: string | undefined): void {
    if (!raw) {
      return;
    }
    let message: { type: string; detail: unknown };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      this.log.warn("Ignored a malformed pub/sub notification");
      return;
    }
    const event = new CustomEvent(message.type, { detail: message.detail });
    for (const listener of this.listeners.get(message.type) ?? []) {
      if (typeof listener === "function") {
        listener(event);
      } else {
        listener.handleEvent(event);
      }
    }
  }

  addEventListener(type: string, listener: Listener | null): void {
    if (!listener) {
      return;
    }
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener);
  }

  removeEventListener(type: string, listener: Listener | null): void {
    if (listener) {
      this.listeners.get(type)?.delete(listener);
    }
  }

  dispatchEvent(event: CustomEvent): boolean {
    void this.notify(event.type, event.detail).catch((error: Error) =>
      this.log.error({ error: error.message, type: event.type }, "Could not publish an event"),
    );
    return true;
  }

  /**
   * Resolves once PostgreSQL has taken the notification. Notifications asked for while one
   * is on its way go together in the next statement: one commit for many, in order, which is
   * what keeps a burst of anomalies from queueing behind one round trip each.
   */
  notify(type: string, detail: unknown): Promise<void> {
    const payload = JSON.stringify({ type, detail });
    if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES) {
      return Promise.reject(new Error(`Event "${type}" is ${Buffer.byteLength(payload)} bytes; NOTIFY takes at most ${MAX_NOTIFY_BYTES}.`));
    }
    if (!this.client) {
      return Promise.reject(new Error("The pub/sub connection is down."));
    }
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ payload, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) {
      return;
    }
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_NOTIFY_BATCH);
        try {
          if (!this.client) {
            throw new Error("The pub/sub connection is down.");
          }
          await this.client.query("SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS n(payload, i) ORDER BY i", [
            this.channel,
            batch.map((entry) => entry.payload),
          ]);
          batch.forEach((entry) => entry.resolve());
        } catch (error) {
          batch.forEach((entry) => entry.reject(error as Error));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end();
  }
}
