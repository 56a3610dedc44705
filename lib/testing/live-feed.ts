import type { GraphQLResponse } from "../../clients/client";

type Waiter = () => void;

/**
 * Collects a subscription's responses as they arrive, so a test can wait for one (a
 * sentinel proves that nothing sent before it is still on its way) and then look at all.
 */
export class LiveFeed<T> {
  private readonly received: GraphQLResponse<T>[] = [];
  private readonly waiters = new Set<Waiter>();
  private isProbe: (response: GraphQLResponse<T>) => boolean = () => false;
  private failure: unknown;
  private ended = false;
  private readonly finished: Promise<void>;

  constructor(private readonly iterator: AsyncIterableIterator<GraphQLResponse<T>>) {
    this.finished = (async () => {
      try {
        for await (const response of iterator) {
          this.received.push(response);
          this.wake();
        }
      } catch (error) {
        this.failure = error;
      } finally {
        this.ended = true;
        this.wake();
      }
    })();
  }

  /** Everything received so far, readiness probes left out. */
  get events(): GraphQLResponse<T>[] {
    return this.received.filter((response) => !this.isProbe(response));
  }

  /** The first response (probes included) that matches, waiting up to `ms` for it. */
  async waitFor(predicate: (response: GraphQLResponse<T>) => boolean, ms = 5000, what = "the expected event"): Promise<GraphQLResponse<T>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.find(predicate);
      if (found) {
        return found;
      }
      if (this.ended || Date.now() >= deadline) {
        const reason = this.ended ? `the subscription ended${this.failure ? ` (${String(this.failure)})` : ""}` : `none within ${ms} ms`;
        throw new Error(`Waited for ${what}: ${reason}. Received: ${JSON.stringify(this.received)}`);
      }
      await this.sleep(deadline - Date.now());
    }
  }

  /**
   * Proves the subscription is live end to end: sends a probe (e.g. captures an event) every
   * `everyMs` until one comes back. Probes are left out of `events` from then on.
   */
  async ready(probe: () => Promise<unknown>, isProbe: (response: GraphQLResponse<T>) => boolean, ms = 15_000, everyMs = 400): Promise<void> {
    this.isProbe = isProbe;
    const deadline = Date.now() + ms;
    for (;;) {
      await probe();
      try {
        await this.waitFor(isProbe, Math.min(everyMs, deadline - Date.now()), "a readiness probe");
        return;
      } catch (error) {
        if (this.ended || Date.now() >= deadline) {
          throw error;
        }
      }
    }
  }

  async close(): Promise<void> {
    await this.iterator.return?.();
    await this.finished;
  }

  private wake(): void {
    for (const waiter of this.waiters) {
      waiter();
    }
    this.waiters.clear();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.add(done);
    });
  }
}
