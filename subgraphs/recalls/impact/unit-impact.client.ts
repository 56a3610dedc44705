import { callSubgraph } from "../../../lib/federation/subgraph-client";
import type { ImpactDimension } from "../../../lib/recalls/recall-unit-state";
import type { SerialRange } from "../../../lib/serials/serial-range";
import { serviceIdentity } from "../recall/recall-roles";

/** The unit-data part of a scope, as the serials service takes it. */
export interface UnitScopeArg {
  gtin: string;
  serialRanges: SerialRange[];
  lots: string[];
  producedFrom: string | null;
  producedTo: string | null;
  /** Explicit lists, sent to serials with addListSerials as they were made. */
  serialLists: string[];
}

export interface UnitImpact {
  affected: number;
  groups: { dimension: ImpactDimension; key: string | null; count: number }[];
}

const IMPACT = "affected groups { dimension key count }";
const PREVIEW = `query RecallUnitImpact($scope: RecallUnitScopeInput!, $serials: [String!]) { recallUnitImpact(scope: $scope, serials: $serials) { ${IMPACT} } }`;
const SET_SCOPE = `mutation SetRecallUnitScope($recallId: ID!, $scope: RecallUnitScopeInput!) {
  setRecallUnitScope(recallId: $recallId, scope: $scope) { ${IMPACT} }
}`;
const ADD_LIST_SERIALS = `mutation AddRecallListSerials($listId: ID!, $serials: [String!]!) { addRecallListSerials(listId: $listId, serials: $serials) }`;
const PROGRESS = `query RecallUnitProgress($recallId: ID!) { recallUnitProgress(recallId: $recallId) { ${IMPACT} } }`;
const STATUS = `mutation SetRecallUnitsStatus($recallId: ID!, $status: String!) { setRecallUnitsStatus(recallId: $recallId, status: $status) }`;

/** Counting a million units is not a lookup. */
const LONG_MS = 15 * 60_000;

/**
 * The serials service owns units: affected sets are computed there (set-based, next to the
 * units), through its internal service-role fields. Always for the caller's tenant.
 */
export class UnitImpactClient {
  constructor(
    /** Read at each call: in one process, serials starts alongside recalls and its address is known only then. */
    private readonly serialsUrl: () => string,
    private readonly secret: string,
  ) {}

  private call<T>(tenant: string, query: string, variables: Record<string, unknown>, timeoutMs?: number): Promise<T> {
    return callSubgraph<T>(this.serialsUrl(), this.secret, serviceIdentity(tenant), query, variables, { timeoutMs });
  }

  /** `serials`: listed serials in no stored list yet (a preview's inline ones). */
  async preview(tenant: string, scope: UnitScopeArg, serials: readonly string[]): Promise<UnitImpact> {
    return (await this.call<{ recallUnitImpact: UnitImpact }>(tenant, PREVIEW, { scope, serials }, LONG_MS)).recallUnitImpact;
  }

  /** Sets (opens) the recall's scope in serials and counts its units. */
  async setScope(tenant: string, recallId: string, scope: UnitScopeArg): Promise<UnitImpact> {
    return (await this.call<{ setRecallUnitScope: UnitImpact }>(tenant, SET_SCOPE, { recallId, scope }, LONG_MS)).setRecallUnitScope;
  }

  /** Sends one chunk of a new explicit list, so scopes can name the list by id from then on. */
  async addListSerials(tenant: string, listId: string, serials: readonly string[]): Promise<void> {
    await this.call(tenant, ADD_LIST_SERIALS, { listId, serials }, LONG_MS);
  }

  async progress(tenant: string, recallId: string): Promise<UnitImpact | null> {
    return (await this.call<{ recallUnitProgress: UnitImpact | null }>(tenant, PROGRESS, { recallId }, LONG_MS)).recallUnitProgress;
  }

  async setStatus(tenant: string, recallId: string, status: "CLOSED" | "WITHDRAWN"): Promise<void> {
    await this.call(tenant, STATUS, { recallId, status });
  }
}
