import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Identity } from "../../../lib/auth/identity";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { MAX_LISTED_SERIALS } from "../../../lib/recalls/recall-unit-state";
import type { ProductCheck } from "../impact/product-check";
import { toPreview, toProgress, type RecallPreview, type RecallProgress } from "../impact/recall-impact.types";
import type { UnitImpactClient, UnitScopeArg } from "../impact/unit-impact.client";
import type { OpenRecallInput, RecallScopeInput } from "../scope/recall-scope.input";
import { validateOpenRecall, validateScope, type ValidScope } from "../scope/scope-validation";
import type { ScopeRepository, StoredScope } from "../scope/scope.repository";
import { chunksOf, type SerialListRepository } from "../serial-list/serial-list.repository";
import { RecallStatus } from "./recall-status";
import type { Recall } from "./recall.entity";
import type { RecallRepository } from "./recall.repository";

export interface RecallServiceDeps {
  dataSource: DataSource;
  recalls: RecallRepository;
  scopes: ScopeRepository;
  lists: SerialListRepository;
  units: UnitImpactClient;
  products: ProductCheck;
}

/** A scope's uploaded lists (checked), and how many serials they and the inline ones name. */
interface Listed {
  listIds: string[];
  count: number;
}

const date = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

const unitScopeOf = (gtin: string, scope: Pick<ValidScope, "serialRanges" | "lots" | "producedFrom" | "producedTo">, serialLists: string[]): UnitScopeArg => ({
  gtin,
  serialRanges: scope.serialRanges,
  lots: scope.lots,
  producedFrom: scope.producedFrom?.toISOString() ?? null,
  producedTo: scope.producedTo?.toISOString() ?? null,
  serialLists,
});

/**
 * Opening, amending, closing and previewing recalls. The recalls service keeps what a recall
 * is (scope versions, lists, instructions); the serials service, where the units are, keeps the
 * scope it needs to find them and counts them, inside this service's transaction, so a failure
 * leaves neither half behind.
 */
export class RecallService {
  constructor(private readonly deps: RecallServiceDeps) {}

  async preview(identity: Identity, input: OpenRecallInput): Promise<RecallPreview> {
    const valid = validateOpenRecall(input);
    await this.deps.products.requireOwn(identity.tenant, valid.gtin, "input.gtin");
    const listed = await this.listed(identity.tenant, valid.gtin, valid.scope, "input.scope");
    // Inline serials are previewed as given: they become a list only when the recall opens.
    return toPreview(await this.deps.units.preview(identity.tenant, unitScopeOf(valid.gtin, valid.scope, listed.listIds), valid.scope.serials ?? []));
  }

  async open(identity: Identity, input: OpenRecallInput): Promise<Recall> {
    const valid = validateOpenRecall(input);
    await this.deps.products.requireOwn(identity.tenant, valid.gtin, "input.gtin");
    const listed = await this.listed(identity.tenant, valid.gtin, valid.scope, "input.scope");
    const id = randomUUID();
    const withdraw = () => this.deps.units.setStatus(identity.tenant, id, "WITHDRAWN");
    return this.marking(identity.tenant, id, withdraw, async (manager) => {
      await this.deps.recalls.insert(manager, identity.tenant, { id, ...valid, openedBy: identity.sub });
      const lists = [...listed.listIds, ...(await this.inlineList(manager, identity, valid.gtin, valid.scope))];
      const stored = this.stored(valid.scope, lists, listed.count);
      await this.deps.scopes.replaceCurrent(manager, identity.tenant, id, valid.gtin, stored);
      const impact = await this.deps.units.setScope(identity.tenant, id, unitScopeOf(valid.gtin, valid.scope, lists));
      await this.deps.recalls.setScope(manager, id, 1, impact.affected);
      await this.deps.scopes.addVersion(manager, identity.tenant, id, { version: 1, change: "OPENED", scope: stored, affectedCount: impact.affected, changedBy: identity.sub });
    });
  }

  /** A new scope version; explicit lists left out (null) stay as they are. */
  async amend(identity: Identity, id: string, input: RecallScopeInput): Promise<Recall> {
    const scope = validateScope(input, "scope", true);
    const before = await this.requireOpen(identity.tenant, id);
    const previous = (await this.deps.scopes.current(identity.tenant, [id])).get(id) as StoredScope;
    // Serials may hold the new scope when this transaction fails: give it the previous one again.
    const restore = () =>
      this.deps.units.setScope(
        identity.tenant,
        id,
        unitScopeOf(before.gtin, { ...previous, producedFrom: date(previous.producedFrom), producedTo: date(previous.producedTo) }, previous.serialLists),
      );
    return this.marking(identity.tenant, id, restore, async (manager) => {
      const recall = await this.requireOpen(identity.tenant, id, manager);
      const current = (await this.deps.scopes.current(identity.tenant, [id], manager)).get(id) as StoredScope;
      const keep = scope.serials === null;
      const listed = keep ? null : await this.listed(identity.tenant, recall.gtin, scope, "scope");
      const lists = listed ? [...listed.listIds, ...(await this.inlineList(manager, identity, recall.gtin, scope))] : current.serialLists;
      const stored = this.stored(scope, lists, listed ? listed.count : current.listedCount);
      if (stored.serialRanges.length + stored.lots.length + stored.listedCount === 0 && !stored.producedFrom && !stored.producedTo) {
        throw badInput("scope must name at least one serial range, lot, serial, serial list or production date.", { field: "scope" });
      }
      const version = recall.scopeVersion + 1;
      await this.deps.scopes.replaceCurrent(manager, identity.tenant, id, recall.gtin, stored);
      const impact = await this.deps.units.setScope(identity.tenant, id, unitScopeOf(recall.gtin, scope, lists));
      await this.deps.recalls.setScope(manager, id, version, impact.affected);
      await this.deps.scopes.addVersion(manager, identity.tenant, id, { version, change: "AMENDED", scope: stored, affectedCount: impact.affected, changedBy: identity.sub });
    });
  }

  async close(identity: Identity, id: string): Promise<Recall> {
    await this.deps.dataSource.transaction(async (manager) => {
      await this.requireOpen(identity.tenant, id, manager);
      await this.deps.recalls.close(manager, id, identity.sub);
      await this.deps.units.setStatus(identity.tenant, id, "CLOSED");
    });
    return this.find(identity.tenant, id);
  }

  async progress(identity: Identity, id: string): Promise<RecallProgress> {
    const recall = await this.find(identity.tenant, id);
    const impact = await this.deps.units.progress(identity.tenant, id);
    return toProgress(recall, impact ?? { affected: 0, groups: [] });
  }

  async find(tenant: string, id: string): Promise<Recall> {
    const [recall] = await this.deps.recalls.findByIds(tenant, [id]);
    if (!recall) {
      throw new HubError("NOT_FOUND", `No recall ${id}.`, { field: "id" });
    }
    return recall;
  }

  private async requireOpen(tenant: string, id: string, manager?: EntityManager): Promise<Recall> {
    const recall = manager ? await this.deps.recalls.lock(manager, tenant, id) : await this.find(tenant, id);
    if (!recall) {
      throw new HubError("NOT_FOUND", `No recall ${id}.`, { field: "id" });
    }
    if (recall.status !== RecallStatus.OPEN) {
      throw new HubError("CONFLICT", `Recall ${id} is closed; open a new one.`, { field: "id" });
    }
    return recall;
  }

  /**
   * Runs `write` in a transaction, then answers the recall. Serials stores the scope inside it,
   * in its own transaction: when this one fails after that, `undo` puts serials back (best effort).
   */
  private async marking(tenant: string, id: string, undo: () => Promise<unknown>, write: (manager: EntityManager) => Promise<void>): Promise<Recall> {
    try {
      await this.deps.dataSource.transaction(write);
    } catch (error) {
      if (!(error instanceof HubError && error.code === "BAD_USER_INPUT")) {
        await undo().catch(() => undefined);
      }
      throw error;
    }
    return this.find(tenant, id);
  }

  /** The scope's uploaded lists (checked: the caller's, for this GTIN), and how many serials they and the inline ones name. */
  private async listed(tenant: string, gtin: string, scope: ValidScope, field: string): Promise<Listed> {
    const ids = scope.serialLists ?? [];
    const found = new Map((await this.deps.lists.find(tenant, ids)).map((list) => [list.id, list]));
    ids.forEach((listId, i) => {
      const list = found.get(listId);
      if (!list || list.gtin !== gtin) {
        throw badInput(`${field}.serialLists[${i}]: no serial list ${listId} of GTIN ${gtin}.`, { field: `${field}.serialLists[${i}]` });
      }
    });
    const count = await this.deps.lists.distinctCount(ids, scope.serials ?? []);
    if (count > MAX_LISTED_SERIALS) {
      throw badInput(`${field}: the explicit lists name ${count} serials, at most ${MAX_LISTED_SERIALS}.`, { field: `${field}.serials` });
    }
    return { listIds: ids, count };
  }

  /** Inline serials become a list of their own (here and in serials), so every version refers to lists only. */
  private async inlineList(manager: EntityManager, identity: Identity, gtin: string, scope: ValidScope): Promise<string[]> {
    if (!scope.serials || scope.serials.length === 0) {
      return [];
    }
    const send = (listId: string, chunk: readonly string[]) => this.deps.units.addListSerials(identity.tenant, listId, chunk);
    const list = await this.deps.lists.create(manager, identity.tenant, { gtin, source: "INLINE", createdBy: identity.sub }, chunksOf(scope.serials), send);
    return [list.id];
  }

  private stored(scope: ValidScope, serialLists: string[], listedCount: number): StoredScope {
    return {
      serialRanges: scope.serialRanges,
      lots: scope.lots,
      serialLists,
      listedCount,
      producedFrom: scope.producedFrom?.toISOString() ?? null,
      producedTo: scope.producedTo?.toISOString() ?? null,
    };
  }
}
