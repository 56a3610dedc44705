/** How long one probe may take before the database counts as unreachable. @default 1000 */
export const PROBE_TIMEOUT_MS = 1000;
/** How long an answer is reused: probes every few hundred milliseconds must not each reach the database. @default 1500 */
export const PROBE_CACHE_MS = 1500;

export interface DbHealthOptions {
  /** A cheap round trip (`SELECT 1`); it rejects when the database is unreachable. */
  probe(): Promise<unknown>;
  /** @default PROBE_TIMEOUT_MS */
  timeoutMs?: number;
  /** @default PROBE_CACHE_MS */
  cacheMs?: number;
  /** Told when the answer changes, for the log. */
  onChange?(reachable: boolean, error?: Error): void;
}

/**
 * Whether the database answers, asked at most once per `cacheMs` however many readiness
 * probes, metric scrapes and load balancers ask; callers arriving while a probe runs share it.
 */
export class DbHealth {
  private answer: { reachable: boolean; at: number } | undefined;
  private probing: Promise<boolean> | undefined;

  constructor(private readonly options: DbHealthOptions) {}

  /** The last answer, without probing (for a metric read synchronously). */
  get lastKnown(): boolean | undefined {
    return this.answer?.reachable;
  }

  reachable(): Promise<boolean> {
    const cacheMs = this.options.cacheMs ?? PROBE_CACHE_MS;
    if (this.answer && Date.now() - this.answer.at < cacheMs) {
      return Promise.resolve(this.answer.reachable);
    }
    this.probing ??= this.probe().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = this.options.timeoutMs ?? PROBE_TIMEOUT_MS;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The database did not answer within ${timeoutMs} ms.`)), timeoutMs);
    });
    let reachable = true;
    let failure: Error | undefined;
    try {
      await Promise.race([this.options.probe(), timeout]);
    } catch (error) {
      reachable = false;
      failure = error as Error;
    } finally {
      clearTimeout(timer);
    }
    // The first answer is news only when it is bad; after that, every change is.
    if ((this.answer === undefined && !reachable) || (this.answer !== undefined && this.answer.reachable !== reachable)) {
      this.options.onChange?.(reachable, failure);
    }
    this.answer = { reachable, at: Date.now() };
    return reachable;
  }
}
