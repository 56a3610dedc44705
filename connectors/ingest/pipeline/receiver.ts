import { createHash } from "node:crypto";
import { TENANT_PATTERN } from "../../../lib/auth/identity";
import type { Logger } from "../../../lib/log/logger";
import type { Connector, Headers, ParseResult } from "../../core/connector";
import type { EdgeLimits } from "../../core/edge";
import { MalformedBodyError, MappingError, WebhookVerificationError } from "../../core/errors";
import type { ConnectorRegistry } from "../../core/registry";
import type { ConnectorConfigRepository } from "../connector-config/connector-config.repository";
import type { InboxRepository } from "../inbox/inbox.repository";
import type { RejectedRepository } from "../rejected/rejected.repository";
import type { SkuCatalogue } from "./catalogue";
import type { IngestMetrics } from "./metrics";

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  /** The inbox entry, when the delivery is (or already was) stored. */
  inboxId?: string;
  /** The rejected entry, on a 422. */
  rejectedId?: string;
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
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|x-api-key|x-shiphero-hmac-sha256|webhook-signature|x-serialhub-)/;

export const storableHeaders = (headers: Headers): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined && !SECRET_HEADERS.test(entry[0])));

const bodyHash = (rawBody: Buffer): string => `sha256:${createHash("sha256").update(rawBody).digest("hex")}`;

/**
 * The receive path of /webhooks/{tenant}/{connector}: verify on the raw body first, then
 * map (a body that is no document at all is refused, 400, and dropped; a payload that cannot
 * be mapped is refused, 422, and kept), then store in the inbox — and only then answer 2xx.
 * A redelivery finds its row and changes nothing.
 */
export class Receiver {
  constructor(private readonly deps: ReceiverDeps) {}

  /** The media types and size limit of a connector, for the route to apply before it reads the body. */
  edgeOf(connectorId: string): EdgeLimits | undefined {
    return this.deps.registry.get(connectorId)?.edge;
  }

  /** A delivery refused at the edge (413, 415) before its body was read: counted, logged, nothing stored. */
  refuse(tenantId: string, connectorId: string, refusal: { status: number; error: string }): Answer {
    if (TENANT_PATTERN.test(tenantId)) {
      this.deps.metrics.count("refused", tenantId, connectorId);
    }
    this.deps.log.warn({ tenant: tenantId, connector: connectorId, status: refusal.status, reason: refusal.error }, "Refused a delivery at the edge");
    return { status: refusal.status, body: { error: refusal.error } };
  }

  async receive(tenantId: string, connectorId: string, rawBody: Buffer, headers: Headers): Promise<Answer> {
    const { registry, configs, metrics } = this.deps;
    const connector = registry.get(connectorId);
    if (!TENANT_PATTERN.test(tenantId) || !connector) {
      return { status: 404, body: { error: `No connector "${connectorId}" for tenant "${tenantId}". Connectors: ${registry.ids().join(", ")}.` } };
    }
    const config = await configs.find(tenantId, connectorId);
    let verifiedId: string | undefined;
    try {
      verifiedId = connector.verify({ rawBody, headers, secrets: config?.secrets ?? [] }).deliveryId;
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        metrics.count("unauthorized", tenantId, connectorId);
        this.deps.log.warn({ tenant: tenantId, connector: connectorId, reason: error.message }, "Refused an unverified delivery");
        return { status: 401, body: { error: error.message } };
      }
      throw error;
    }
    return this.accept(tenantId, connector, rawBody, headers, config?.options ?? {}, verifiedId);
  }

  /** For callers the hub has authenticated already (an API token on /epcis/capture). */
  async receiveAuthenticated(tenantId: string, connectorId: string, rawBody: Buffer, headers: Headers): Promise<Answer> {
    const connector = this.deps.registry.get(connectorId) as Connector<never>;
    const config = await this.deps.configs.find(tenantId, connectorId);
    return this.accept(tenantId, connector, rawBody, headers, config?.options ?? {}, undefined);
  }

  /**
   * Runs the connector's (pure) mapping and resolves item codes; the worker runs it again
   * when it hands events on. Throws MappingError when the delivery cannot be mapped.
   */
  async check(connector: Connector<never>, tenantId: string, rawBody: Buffer, headers: Headers, rawOptions: unknown, receivedAt: Date): Promise<ParseResult> {
    const result = this.parse(connector, rawBody, headers, rawOptions, receivedAt);
    await this.resolveItems(tenantId, result);
    return result;
  }

  private parse(connector: Connector<never>, rawBody: Buffer, headers: Headers, rawOptions: unknown, receivedAt: Date): ParseResult {
    const options = connector.validateOptions(rawOptions as never);
    return connector.parse({ rawBody, headers, options, receivedAt });
  }

  private async resolveItems(tenantId: string, result: ParseResult): Promise<void> {
    if (result.kind !== "events") {
      return;
    }
    try {
      await this.deps.catalogue.gtinsOf(tenantId, result.events);
    } catch (error) {
      if (error instanceof MappingError) {
        throw error;
      }
      // The catalogue being unreachable is no reason to refuse: the worker resolves it later.
      this.deps.log.warn({ tenant: tenantId, error: (error as Error).message }, "Item codes not checked on receipt");
    }
  }

  private async accept(tenantId: string, connector: Connector<never>, rawBody: Buffer, headers: Headers, options: unknown, verifiedId?: string): Promise<Answer> {
    const { inbox, rejected, metrics } = this.deps;
    const stored = storableHeaders(headers);
    // Known as soon as the payload parses, so a rejected delivery replays under the key its redeliveries use.
    let deliveryId = verifiedId;
    let result: ParseResult;
    try {
      result = this.parse(connector, rawBody, headers, options, new Date());
      deliveryId ??= result.deliveryId;
      await this.resolveItems(tenantId, result);
    } catch (error) {
      if (error instanceof MalformedBodyError) {
        // Not a document at all (syntax, depth, DOCTYPE): no replay could map these bytes, so none is kept.
        metrics.count("refused", tenantId, connector.id);
        this.deps.log.warn({ tenant: tenantId, connector: connector.id, path: error.path, reason: error.message }, "Refused a malformed delivery");
        return { status: 400, body: { error: error.message, path: error.path } };
      }
      if (!(error instanceof MappingError)) {
        throw error;
      }
      const key = deliveryId ?? bodyHash(rawBody);
      const id = await rejected.insert({ tenantId, connector: connector.id, deliveryId: key, headers: stored, body: rawBody, path: error.path, reason: error.message });
      metrics.count("rejected", tenantId, connector.id);
      return { status: 422, body: { error: error.message, path: error.path, rejectedId: id }, rejectedId: id };
    }
    deliveryId ??= bodyHash(rawBody);
    const ack = connector.acknowledgement ?? {};
    const id = await inbox.insert({ tenantId, connector: connector.id, deliveryId, headers: stored, body: rawBody });
    if (id === null) {
      metrics.count("duplicate", tenantId, connector.id);
      const existing = await inbox.findByDelivery(tenantId, connector.id, deliveryId);
      return { status: 200, body: { ...ack, status: "duplicate", deliveryId }, inboxId: existing?.id };
    }
    metrics.count("received", tenantId, connector.id);
    this.deps.onStored();
    return { status: 200, body: { ...ack, status: "accepted", deliveryId }, inboxId: id };
  }
}
