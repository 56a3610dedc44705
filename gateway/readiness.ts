import { get as httpGet } from "node:http";
import type { ServiceName } from "../lib/config/config";

/** How long one answer of /healthz and /readyz is reused. @default 1000 */
export const READINESS_CACHE_MS = 1000;

export type ServiceStatus = "ok" | "unavailable" | "unreachable";

export interface ReadinessReport {
  ok: boolean;
  status: "ok" | "degraded" | "stopping";
  services: Record<string, ServiceStatus>;
}

/** One short-lived connection per check (no keep-alive), so a check never holds a service open. */
function healthOf(url: string): Promise<ServiceStatus> {
  return new Promise((resolve) => {
    const request = httpGet(`${url}/healthz`, { agent: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200 ? "ok" : "unavailable");
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve("unreachable"));
  });
}

/**
 * The hub is ready when every service answers its /healthz, which is green only while its
 * database answers (each service caches its own `SELECT 1`). Answers here are reused for
 * READINESS_CACHE_MS, so a busy load balancer costs the services a probe a second, not one
 * per request; a hub that is stopping is never ready, so traffic moves away while it drains.
 */
export class Readiness {
  private cached: { report: ReadinessReport; at: number } | undefined;
  private checking: Promise<ReadinessReport> | undefined;
  private stopping = false;

  constructor(
    private readonly services: Record<ServiceName, string>,
    private readonly cacheMs = READINESS_CACHE_MS,
  ) {}

  /** From now on every answer is "stopping" (503). */
  drain(): void {
    this.stopping = true;
  }

  async report(): Promise<ReadinessReport> {
    if (this.cached && Date.now() - this.cached.at < this.cacheMs) {
      return this.withDrain(this.cached.report);
    }
    this.checking ??= this.check().finally(() => {
      this.checking = undefined;
    });
    return this.withDrain(await this.checking);
  }

  private withDrain(report: ReadinessReport): ReadinessReport {
    return this.stopping ? { ...report, ok: false, status: "stopping" } : report;
  }

  private async check(): Promise<ReadinessReport> {
    const names = Object.keys(this.services) as ServiceName[];
    const statuses = await Promise.all(names.map((name) => healthOf(this.services[name])));
    const ok = statuses.every((status) => status === "ok");
    const report: ReadinessReport = { ok, status: ok ? "ok" : "degraded", services: Object.fromEntries(names.map((name, i) => [name, statuses[i]])) };
    this.cached = { report, at: Date.now() };
    return report;
  }
}
