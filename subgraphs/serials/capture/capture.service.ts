import type { DataSource, EntityManager } from "typeorm";
import { normaliseEvents, type NormalizedEvent } from "../../../lib/epcis/normalise";
import { validateEpcis } from "../../../lib/epcis/validate";
import type { Logger } from "../../../lib/log/logger";
import type { HubPubSub } from "../../../lib/pubsub/pubsub";
import { keyString, uniqueKeys, type SerialKey } from "../../../lib/serial-key";
import type { Anomaly } from "../anomaly/anomaly.entity";
import type { AnomalyRepository } from "../anomaly/anomaly.repository";
import { anomalyTopic, toAnomalyPayload } from "../anomaly/anomaly.topics";
import type { ContainerRepository } from "../container/container.repository";
import type { EventRepository } from "../event/event.repository";
import { publishSerialEvents } from "../event/serial-events.topics";
import type { LedgerRepository } from "../ledger/ledger.repository";
import type { LocationRepository } from "../location/location.repository";
import type { RecallMembershipRepository } from "../recall/recall-membership.repository";
import type { KnownProduct, ProductDirectory } from "../product/product-directory";
import { evaluateUnit, FOLD_KINDS, unknownGtins, type UnitInput } from "../rules/evaluate";
import { ruleFieldsOfBody, type RuleItem } from "../rules/rule-event";
import { buildFacts, locationIdsOf } from "../rules/rule-facts";
import { EMPTY_MEMORY, memoryOf } from "../rules/rule-memory";
import type { RuleSettingsRepository } from "../rules/rule-settings.repository";
import { EMPTY_STATE, foldEvents, initialState, type SerialState } from "../serial/serial-state";
import type { Serial } from "../serial/serial.entity";
import type { SerialRepository } from "../serial/serial.repository";
import type { CaptureResult } from "./capture-result.type";
import { withCarriedUnits } from "./carried";

export interface CaptureDeps {
  dataSource: DataSource;
  events: EventRepository;
  serials: SerialRepository;
  anomalies: AnomalyRepository;
  containers: ContainerRepository;
  locations: LocationRepository;
  ruleSettings: RuleSettingsRepository;
  products: ProductDirectory;
  pubSub: HubPubSub;
  log: Logger;
  ledger: LedgerRepository;
  recallMembership: RecallMembershipRepository;
}

const stateOf = (row: Serial): SerialState => ({
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

const pick = ({ lot, commissionedAt }: SerialState) => ({ lot, commissionedAt });

/** Groups each new event under the serials it names, in the shape the rules read. */
function itemsBySerial(events: readonly NormalizedEvent[], recordTime: Date): Map<string, RuleItem[]> {
  const map = new Map<string, RuleItem[]>();
  for (const normalized of events) {
    const event = { ...normalized, recordTime, ...ruleFieldsOfBody(normalized.body) };
    for (const ref of normalized.serials) {
      const key = keyString(ref);
      const items = map.get(key);
      if (items) {
        items.push({ event, role: ref.role });
      } else {
        map.set(key, [{ event, role: ref.role }]);
      }
    }
  }
  return map;
}

/**
 * captureEvents: validate everything first (any invalid event → nothing written), then in
 * one transaction store the events, fold every touched serial's state through the rules
 * and write states and anomalies, all set-based; publish after the commit.
 */
export class CaptureService {
  constructor(private readonly deps: CaptureDeps) {}

  async capture(tenantId: string, input: unknown): Promise<CaptureResult> {
    const refused = (errors: CaptureResult["errors"]): CaptureResult => ({ accepted: 0, duplicates: 0, retracted: 0, errors, anomalies: [], eventIds: [] });
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
    const products = await this.deps.products.ofTenant(tenantId, gtins);
    const result = await this.deps.dataSource.transaction((manager) => this.apply(manager, tenantId, events, products));
    await this.publish(tenantId, result.anomalies);
    await publishSerialEvents(this.deps.pubSub, tenantId, result.eventIds).catch((error: Error) =>
      this.deps.log.error({ error: error.message }, "Could not announce new events"),
    );
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

  private async apply(manager: EntityManager, tenantId: string, events: NormalizedEvent[], products: Map<string, KnownProduct>): Promise<CaptureResult> {
    const { events: repo, serials, anomalies, containers } = this.deps;
    const recordTime = new Date();
    const declarations = events.filter((event) => event.errorDeclaration !== null);
    const facts = events.filter((event) => event.errorDeclaration === null);

    const retractedIds = await repo.retract(manager, tenantId, declarations);
    // A declaration for an event we never had is kept, already retracted, in case the original arrives later.
    await repo.insert(manager, tenantId, declarations.filter((event) => !retractedIds.has(event.eventId)), true);
    const newIds = await repo.insert(manager, tenantId, facts, false);
    const fresh = [...new Map(facts.filter((event) => newIds.has(event.eventId)).map((event) => [event.eventId, event])).values()];
    await containers.applyAggregations(manager, tenantId, fresh);
    const freshUnique = await withCarriedUnits(fresh, (ids) => containers.unitsInside(manager, tenantId, ids));
    // Units carried in a named container may be of products the events never named: ask about those too.
    const asked = new Set(events.flatMap((event) => event.serials.map((ref) => ref.gtin)));
    const unasked = [...new Set(freshUnique.flatMap((event) => event.serials.map((ref) => ref.gtin)))].filter((gtin) => !asked.has(gtin));
    for (const [gtin, product] of unasked.length > 0 ? await this.deps.products.ofTenant(tenantId, unasked) : []) {
      products.set(gtin, product);
    }
    await repo.linkSerials(manager, tenantId, freshUnique);

    const newItems = itemsBySerial(freshUnique, recordTime);
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
    const history = new Map<string, RuleItem[]>();
    for (const row of await repo.history(manager, tenantId, keys.filter((key) => refold.has(keyString(key))))) {
      const items = history.get(keyString(row));
      if (items) {
        items.push(row);
      } else {
        history.set(keyString(row), [row]);
      }
    }
    const units: UnitInput[] = keys.map((key: SerialKey) => {
      const id = keyString(key);
      const row = rows.get(id);
      const allocated = Boolean(row?.allocatedAt);
      return refold.has(id)
        ? { key, allocated, state: initialState(allocated), memory: EMPTY_MEMORY, items: history.get(id) ?? [] }
        : { key, allocated, state: row ? stateOf(row) : EMPTY_STATE, memory: memoryOf(row?.ruleMemory), items: newItems.get(id) ?? [] };
    });
    // Recall scopes are judged on each unit's state after the batch: one commissioned now into a recalled lot is covered.
    const recalled = await this.deps.recallMembership.recalledIn(
      manager,
      tenantId,
      units.map((unit) => ({ ...unit.key, ...pick(foldEvents(unit.state, unit.items)) })),
    );
    const ruleFacts = buildFacts({
      recalled,
      settings: await this.deps.ruleSettings.forGtins(tenantId, [...new Set(keys.map((key) => key.gtin))], manager),
      products,
      locations: await this.deps.locations.byIds(manager, tenantId, locationIdsOf(units.flatMap((unit) => unit.items.map((item) => item.event)))),
    });
    const outcomes = units.map((unit) => evaluateUnit(unit, ruleFacts));
    await serials.saveStates(manager, tenantId, outcomes.map((outcome) => ({ ...outcome.key, ...outcome.state, memory: outcome.memory })));
    // Sealed in this transaction, so a batch is in the ledger exactly when its events are committed.
    // Kept declarations are stored rows too; the ledger skips ids it has already sealed.
    // The tenant's ledger lock is waited for here, so anomalies are stamped after it: detectedAt is
    // then within moments of the commit, and what subscribers wait for is the feed, not the queue.
    await this.deps.ledger.append(manager, tenantId, {
      added: [...newIds, ...declarations.filter((event) => !retractedIds.has(event.eventId)).map((event) => event.eventId)],
      retracted: [...retractedIds],
    });
    const drafts = [...outcomes.flatMap((outcome) => outcome.drafts), ...unknownGtins(units, ruleFacts)];
    const raised = await anomalies.insert(manager, tenantId, drafts);
    const refolded = outcomes.filter((outcome) => refold.has(keyString(outcome.key)));
    await anomalies.withdrawStale(manager, tenantId, refolded.map((outcome) => outcome.key), FOLD_KINDS, refolded.flatMap((outcome) => outcome.drafts.map((draft) => draft.dedupeKey)));
    return {
      accepted: newIds.size,
      duplicates: facts.length - newIds.size,
      retracted: retractedIds.size,
      errors: [],
      anomalies: raised,
      eventIds: freshUnique.map((event) => event.eventId),
    };
  }
}
