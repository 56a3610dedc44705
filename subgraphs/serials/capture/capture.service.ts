import type { DataSource, EntityManager } from "typeorm";
import { normaliseEvents, type NormalizedEvent } from "../../../lib/epcis/normalise";
import { validateEpcis } from "../../../lib/epcis/validate";
import type { Logger } from "../../../lib/log/logger";
import type { HubPubSub } from "../../../lib/pubsub/pubsub";
import { anomalyTopic, toAnomalyPayload } from "../anomaly/anomaly.topics";
import type { AnomalyRepository } from "../anomaly/anomaly.repository";
import type { Anomaly } from "../anomaly/anomaly.entity";
import type { EventRepository } from "../event/event.repository";
import type { ProductDirectory } from "../product/product-directory";
import { unknownSerial, type SerialOutcome } from "../rules/unknown-serial.rule";
import { keyString, uniqueKeys, type SerialKey } from "../../../lib/serial-key";
import { EMPTY_STATE, foldEvents, initialState, type RoleEvent, type SerialState } from "../serial/serial-state";
import type { SerialRepository } from "../serial/serial.repository";
import type { CaptureResult } from "./capture-result.type";

export interface CaptureDeps {
  dataSource: DataSource;
  events: EventRepository;
  serials: SerialRepository;
  anomalies: AnomalyRepository;
  products: ProductDirectory;
  pubSub: HubPubSub;
  log: Logger;
}

const stateOf = (row: SerialState): SerialState => ({
  status: row.status,
  commissionedAt: row.commissionedAt,
  lastEventTime: row.lastEventTime,
  lastEventId: row.lastEventId,
  lastBizStep: row.lastBizStep,
  lastDisposition: row.lastDisposition,
  lastReadPoint: row.lastReadPoint,
  lastBizLocation: row.lastBizLocation,
  lastCountry: row.lastCountry,
  parentId: row.parentId,
  lot: row.lot,
  expiry: row.expiry,
});

/** Groups each new event under the serials it names. */
function itemsBySerial(events: readonly NormalizedEvent[]): Map<string, RoleEvent[]> {
  const map = new Map<string, RoleEvent[]>();
  for (const event of events) {
    for (const ref of event.serials) {
      const key = keyString(ref);
      map.set(key, [...(map.get(key) ?? []), { event, role: ref.role }]);
    }
  }
  return map;
}

/**
 * captureEvents: validate everything first (any invalid event → nothing written), then in
 * one transaction store the events, update every touched serial's state and run the rules,
 * all set-based; publish the anomalies after the commit.
 */
export class CaptureService {
  constructor(private readonly deps: CaptureDeps) {}

  async capture(tenantId: string, input: unknown): Promise<CaptureResult> {
    const refused = (errors: CaptureResult["errors"]): CaptureResult => ({ accepted: 0, duplicates: 0, retracted: 0, errors, anomalies: [] });
    const validated = validateEpcis(input);
    if (!validated.ok) {
      return refused(validated.issues);
    }
    const { events, issues } = normaliseEvents(validated.value);
    if (issues.length > 0) {
      return refused(issues);
    }
    return this.captureNormalized(tenantId, events);
  }

  /** Stores events the hub built itself (already valid), with the same rules and publishing. */
  async captureNormalized(tenantId: string, events: NormalizedEvent[]): Promise<CaptureResult> {
    const gtins = [...new Set(events.flatMap((event) => event.serials.map((ref) => ref.gtin)))];
    const known = await this.deps.products.ofTenant(tenantId, gtins);
    const result = await this.deps.dataSource.transaction((manager) => this.apply(manager, tenantId, events, new Set(known.keys())));
    await this.publish(tenantId, result.anomalies);
    return result;
  }

  /** Pushes new anomalies to subscribers, after they are committed. */
  async publish(tenantId: string, anomalies: readonly Anomaly[]): Promise<void> {
    for (const anomaly of anomalies) {
      await this.deps.pubSub.publish(anomalyTopic(tenantId), toAnomalyPayload(anomaly)).catch((error: Error) =>
        this.deps.log.error({ error: error.message, anomaly: anomaly.id }, "Could not publish an anomaly"),
      );
    }
  }

  private async apply(manager: EntityManager, tenantId: string, events: NormalizedEvent[], knownGtins: Set<string>): Promise<CaptureResult> {
    const { events: repo, serials, anomalies } = this.deps;
    const declarations = events.filter((event) => event.errorDeclaration !== null);
    const facts = events.filter((event) => event.errorDeclaration === null);

    const retractedIds = await repo.retract(manager, tenantId, declarations);
    // A declaration for an event we never had is kept, already retracted, in case the original arrives later.
    await repo.insert(manager, tenantId, declarations.filter((event) => !retractedIds.has(event.eventId)), true);
    const newIds = await repo.insert(manager, tenantId, facts, false);
    const fresh = facts.filter((event) => newIds.has(event.eventId));
    const freshUnique = [...new Map(fresh.map((event) => [event.eventId, event])).values()];
    await repo.linkSerials(manager, tenantId, freshUnique);

    const newItems = itemsBySerial(freshUnique);
    const retractedKeys = await repo.serialsOf(manager, tenantId, [...retractedIds]);
    const keys = uniqueKeys([...freshUnique.flatMap((event) => event.serials), ...retractedKeys]);
    const rows = new Map((await serials.lockForUpdate(manager, tenantId, keys)).map((row) => [keyString(row), row]));

    // Appending in time order folds onto the stored state; a late or retracted event means a refold from history.
    const refold = new Set(retractedKeys.map(keyString));
    for (const key of keys) {
      const last = rows.get(keyString(key))?.lastEventTime;
      if (last && (newItems.get(keyString(key)) ?? []).some((item) => item.event.eventTime < last)) {
        refold.add(keyString(key));
      }
    }
    const history = new Map<string, RoleEvent[]>();
    for (const row of await repo.history(manager, tenantId, keys.filter((key) => refold.has(keyString(key))))) {
      history.set(keyString(row), [...(history.get(keyString(row)) ?? []), row]);
    }
    const outcomes: SerialOutcome[] = keys.map((key: SerialKey) => {
      const id = keyString(key);
      const items = newItems.get(id) ?? [];
      const row = rows.get(id);
      const allocated = Boolean(row?.allocatedAt);
      const state = refold.has(id)
        ? foldEvents(initialState(allocated), history.get(id) ?? [])
        : foldEvents(row ? stateOf(row) : EMPTY_STATE, items);
      return { ...key, state, events: items, allocated };
    });
    await serials.saveStates(manager, tenantId, outcomes.map((outcome) => ({ ...outcome, ...outcome.state })));
    const raised: Anomaly[] = await anomalies.insert(manager, tenantId, unknownSerial(outcomes, knownGtins));
    return {
      accepted: newIds.size,
      duplicates: facts.length - newIds.size,
      retracted: retractedIds.size,
      errors: [],
      anomalies: raised,
    };
  }
}
