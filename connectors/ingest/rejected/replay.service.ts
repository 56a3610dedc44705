import { HubError } from "../../../lib/errors/hub-error";
import { MappingError } from "../../core/errors";
import type { ConnectorRegistry } from "../../core/registry";
import type { ConnectorConfigRepository } from "../connector-config/connector-config.repository";
import type { InboxRepository } from "../inbox/inbox.repository";
import type { Receiver } from "../pipeline/receiver";
import type { RejectedRepository } from "./rejected.repository";
import { ReplayStatus, toRejectedView, type ReplayResult } from "./rejected.types";

export interface ReplayDeps {
  registry: ConnectorRegistry;
  configs: ConnectorConfigRepository;
  inbox: InboxRepository;
  rejected: RejectedRepository;
  receiver: Receiver;
  onStored(): void;
}

/**
 * replayRejected: the delivery was authenticated when it arrived (its signature headers are
 * not kept), so a replay only maps it again with today's connector, options and catalogue.
 */
export class ReplayService {
  constructor(private readonly deps: ReplayDeps) {}

  async replay(tenantId: string, id: string): Promise<ReplayResult> {
    const { rejected, registry, configs, inbox, receiver } = this.deps;
    const row = await rejected.find(tenantId, id);
    if (!row) {
      throw new HubError("NOT_FOUND", `No rejected delivery ${id}.`, { field: "id" });
    }
    if (row.replayedAt && row.replayResult === ReplayStatus.QUEUED) {
      throw new HubError("CONFLICT", `Rejected delivery ${id} was already replayed and queued at ${row.replayedAt.toISOString()}.`, { field: "id" });
    }
    const connector = registry.get(row.connector);
    if (!connector) {
      throw new HubError("CONFLICT", `Connector "${row.connector}" no longer exists.`, { field: "id" });
    }
    const config = await configs.find(tenantId, row.connector);
    try {
      await receiver.check(connector, tenantId, row.body, row.headers, config?.options ?? {}, row.receivedAt);
    } catch (error) {
      if (!(error instanceof MappingError)) {
        throw error;
      }
      const updated = await rejected.markReplayed(id, ReplayStatus.REJECTED, `${error.path}: ${error.message}`);
      return { status: ReplayStatus.REJECTED, rejected: toRejectedView(updated), deliveryRef: null, path: error.path, reason: error.message };
    }
    const inboxId = await inbox.requeue({ tenantId, connector: row.connector, deliveryId: row.deliveryId, headers: row.headers, body: row.body, receivedAt: row.receivedAt });
    const status = inboxId ? ReplayStatus.QUEUED : ReplayStatus.ALREADY_DELIVERED;
    const updated = await rejected.markReplayed(id, status, null);
    if (inboxId) {
      this.deps.onStored();
    }
    const existing = inboxId ?? (await inbox.findByDelivery(tenantId, row.connector, row.deliveryId))?.id ?? null;
    return { status, rejected: toRejectedView(updated), deliveryRef: existing, path: null, reason: null };
  }
}
