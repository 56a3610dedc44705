import { createHash } from "node:crypto";
import { TENANT_PATTERN } from "../../../lib/auth/identity";
import type { Logger } from "../../../lib/log/logger";
import type { Connector, Headers, ParseResult } from "../../core/connector";
import { MappingError, WebhookVerificationError } from "../../core/errors";
import type { ConnectorRegistry } from "../../core/registry";
import type { ConnectorConfigRepository } from "../connector-config/connector-config.repository";
import type { InboxRepository } from "../inbox/inbox.repository";
import type { RejectedRepository } from "../rejected/rejected.repository";
import type { SkuCatalogue } from "./catalogue";
import type { IngestMetrics } from "./metrics";

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export interface ReceiverDeps {
  registry: ConnectorRegistry;
  configs: ConnectorConfigRepository;
  inbox: InboxRepository;
  rejected: RejectedRepository;
  catalogue: SkuCatalogue;
  metrics: IngestMetrics;
  log: Logger;
  /** Called after a delivery is stored, so the worker picks it up at once. */
  onStored(): void;
}

/** Headers that authenticate a delivery: never stored, never logged. */
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|x-shiphero-hmac-sha256|webhook-signature|x-serialhub-)/;

export const storableHeaders = (headers: Headers): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined && !SECRET_HEADERS.test(entry[0])));

/**
 * The receive path of /webhooks/{tenant}/{connector}: verify on the raw body first, then
 * map (a payload that cannot be mapped is refused now, 422, and kept), then store in the
 * inbox — and only then answer 2xx. A redelivery finds its row and changes nothing.
 */
export class Receiver {
  constructor(private readonly deps: ReceiverDeps) {}

  async receive(tenantId: string, connectorId: string, rawBody: Buffer, headers: Headers): Promise<Answer> {
    const { registry, configs, metrics } = this.deps;
    const connector = registry.get(connectorId);
    if (!TENANT_PATTERN.test(tenantId) || !connector) {
      return { status: 404, body: { error: `No connector "${connectorId}". Known: ${registry.ids().join(", ")}.` } };
    }
    const config = await configs.find(tenantId, connectorId);
    try {
      const verified = connector.verify({ rawBody, headers, secrets: config?.secrets ?? [] });
      return await this.accept(tenantId, connector, rawBody, headers, config?.options ?? {}, verified.deliveryId);
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        metrics.count("unauthorized", tenantId, connectorId);
        this.deps.log.warn({ tenant: tenantId, connector: connectorId, reason: error.message }, "Refused an unverified delivery");
        return { status: 401, body: { error: error.message } };
      }
      throw error;
    }
  }

  /** Runs the connector's (pure) mapping; the worker runs it again when it hands events on. */
  async check(connector: Connector<never>, tenantId: string, rawBody: Buffer, headers: Headers, rawOptions: unknown, receivedAt: Date): Promise<ParseResult> {
    const options = connector.validateOptions(rawOptions as never);
    const result = connector.parse({ rawBody, headers, options, receivedAt });
    if (result.kind === "events") {
      await this.deps.catalogue.gtinsOf(tenantId, result.events);
    }
    return result;
  }

  private async accept(tenantId: string, connector: Connector<never>, rawBody: Buffer, headers: Headers, options: unknown, verifiedId?: string): Promise<Answer> {
    const { inbox, rejected, metrics } = this.deps;
    const stored = storableHeaders(headers);
    let result: ParseResult;
    try {
      result = await this.check(connector, tenantId, rawBody, headers, options, new Date());
    } catch (error) {
      if (!(error instanceof MappingError)) {
        throw error;
      }
      const deliveryId = verifiedId ?? createHash("sha256").update(rawBody).digest("hex");
      const id = await rejected.insert({ tenantId, connector: connector.id, deliveryId, headers: stored, body: rawBody, path: error.path, reason: error.message });
      metrics.count("rejected", tenantId, connector.id);
      return { status: 422, body: { error: error.message, path: error.path, rejectedId: id } };
    }
    const deliveryId = verifiedId ?? result.deliveryId ?? createHash("sha256").update(rawBody).digest("hex");
    const id = await inbox.insert({ tenantId, connector: connector.id, deliveryId, headers: stored, body: rawBody });
    if (id === null) {
      metrics.count("duplicate", tenantId, connector.id);
      const existing = await inbox.findByDelivery(tenantId, connector.id, deliveryId);
      return { status: 200, body: { status: "duplicate", deliveryId, id: existing?.id ?? null } };
    }
    metrics.count("received", tenantId, connector.id);
    this.deps.onStored();
    return { status: 200, body: { status: "accepted", deliveryId, id } };
  }
}
