import { identityToHeaders, type Identity, type Role } from "../../lib/auth/identity";
import { parseApiKey, secretMatches } from "../../lib/auth/api-key";
import { signedRestHeaders } from "../../lib/auth/upstream-signature";
import { HubError } from "../../lib/errors/hub-error";
import type { Logger } from "../../lib/log/logger";

/** What ingest tells the gateway about a key id (connectors/ingest/api-keys/api-key.routes.ts). */
export interface ApiKeyRecord {
  id: string;
  tenant: string;
  roles: Role[];
  /** SHA-256 of the secret, hex: the gateway compares, so the secret itself never leaves it. */
  secretHash: string;
  revoked: boolean;
}

export interface ApiKeyDirectoryOptions {
  /** The ingest service's base URL; read at each lookup (in one process, ingest starts after the gateway is built). */
  ingestUrl: () => string;
  upstreamSecret: string;
  log: Logger;
  /** How long a key's record is reused: a revocation takes effect within this. @default 5_000 */
  ttlMs?: number;
  /** How long "no such key" is remembered, so a burst of guesses costs one lookup each few seconds. @default 2_000 */
  negativeTtlMs?: number;
  /** Least time between two "last used" updates of one key from this gateway. @default 60_000 */
  usageIntervalMs?: number;
}

export const API_KEY_TTL_MS = 5_000;
const NEGATIVE_TTL_MS = 2_000;
const USAGE_INTERVAL_MS = 60_000;
/** Entries kept at most: guessed ids must not grow the gateway's memory without bound. */
const MAX_ENTRIES = 10_000;

/** The gateway calls ingest as the hub itself, not as any tenant. */
const GATEWAY_IDENTITY: Identity = { tenant: "_hub", sub: "service:gateway", roles: ["service"] };

const refuse = (message: string): HubError => new HubError("UNAUTHENTICATED", message);

/**
 * Resolves `shk_…` keys to identities for the front door and the gateway: the key's record
 * comes from ingest (which owns the keys) over a signed internal call, is cached for a few
 * seconds, and the secret is compared here in constant time against its hash.
 */
export class ApiKeyDirectory {
  private readonly cache = new Map<string, { record: ApiKeyRecord | null; expires: number }>();
  private readonly pending = new Map<string, Promise<ApiKeyRecord | null>>();
  private readonly usageReported = new Map<string, number>();
  /** Lookups sent to ingest, for tests and metrics. */
  lookups = 0;

  constructor(private readonly options: ApiKeyDirectoryOptions) {}

  async identityOf(key: string): Promise<Identity> {
    const parsed = parseApiKey(key);
    if (!parsed) {
      throw refuse("The API key is malformed: it should look like shk_<16 hex>_<43 characters>.");
    }
    const record = await this.record(parsed.id);
    if (!record || !secretMatches(parsed.secret, Buffer.from(record.secretHash, "hex"))) {
      throw refuse("The API key is not valid for this hub.");
    }
    if (record.revoked) {
      throw refuse("The API key has been revoked: ask the tenant's admin for a new one.");
    }
    this.reportUse(record.id);
    return { tenant: record.tenant, sub: `apikey:${record.id}`, roles: record.roles };
  }

  private async record(id: string): Promise<ApiKeyRecord | null> {
    const hit = this.cache.get(id);
    if (hit && hit.expires > Date.now()) {
      return hit.record;
    }
    let lookup = this.pending.get(id);
    if (!lookup) {
      lookup = this.fetchRecord(id).finally(() => this.pending.delete(id));
      this.pending.set(id, lookup);
    }
    const record = await lookup;
    if (this.cache.size >= MAX_ENTRIES) {
      this.evictExpired();
    }
    const ttl = record ? (this.options.ttlMs ?? API_KEY_TTL_MS) : (this.options.negativeTtlMs ?? NEGATIVE_TTL_MS);
    this.cache.set(id, { record, expires: Date.now() + ttl });
    return record;
  }

  private evictExpired(): void {
    const now = Date.now();
    for (const [id, entry] of this.cache) {
      if (entry.expires <= now) {
        this.cache.delete(id);
      }
    }
    // Still full of live entries: drop the oldest (a Map iterates in insertion order).
    for (const id of this.cache.keys()) {
      if (this.cache.size < MAX_ENTRIES) {
        break;
      }
      this.cache.delete(id);
    }
  }

  /** Signed as the front door signs a request it forwards; neither call has a body. */
  private signedHeaders(method: string, path: string): Record<string, string> {
    return signedRestHeaders(this.options.upstreamSecret, method, path, identityToHeaders(GATEWAY_IDENTITY));
  }

  private async fetchRecord(id: string): Promise<ApiKeyRecord | null> {
    this.lookups += 1;
    const path = `/internal/api-keys/${id}`;
    let response: Response;
    try {
      response = await fetch(`${this.options.ingestUrl()}${path}`, { headers: this.signedHeaders("GET", path), signal: AbortSignal.timeout(5_000) });
    } catch (error) {
      this.options.log.error({ error: (error as Error).message }, "Could not reach ingest to check an API key");
      throw new HubError("SERVICE_UNAVAILABLE", "API keys cannot be checked right now; retry later.");
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      this.options.log.error({ status: response.status }, "ingest refused an API key lookup");
      throw new HubError("SERVICE_UNAVAILABLE", "API keys cannot be checked right now; retry later.");
    }
    return (await response.json()) as ApiKeyRecord;
  }

  /** "Last used" is worth a write a minute per key and replica, not one per request. */
  private reportUse(id: string): void {
    const now = Date.now();
    if (now - (this.usageReported.get(id) ?? 0) < (this.options.usageIntervalMs ?? USAGE_INTERVAL_MS)) {
      return;
    }
    this.usageReported.set(id, now);
    if (this.usageReported.size > MAX_ENTRIES) {
      this.usageReported.clear();
    }
    const path = `/internal/api-keys/${id}/used`;
    fetch(`${this.options.ingestUrl()}${path}`, { method: "POST", headers: this.signedHeaders("POST", path), signal: AbortSignal.timeout(5_000) })
      .then((response) => response.body?.cancel())
      .catch((error: Error) => this.options.log.warn({ error: error.message }, "Could not record an API key's last use"));
  }
}
