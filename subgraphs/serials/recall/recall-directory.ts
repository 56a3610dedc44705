import type { DataSource } from "typeorm";
import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import type { RecallMembershipRepository } from "./recall-membership.repository";

const QUERY = `query RecallsOf($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Serial { recalls { id status instructions } } }
}`;

/** An open recall covering a unit, as verify shows it to anyone. */
export interface OpenRecall {
  id: string;
  instructions: string;
}

/** The unit fields recall scopes look at (lots and the production window need them). */
export interface RecallableUnit {
  gtin: string;
  serial: string;
  lot: string | null;
  commissionedAt: Date | null;
}

/**
 * Which open recalls cover a unit. Serials keeps every open recall's scope (recall_predicates),
 * so it answers "none" itself — nearly every verify — and asks the recalls subgraph, which
 * owns recalls and their instructions, only for a unit a local scope covers.
 */
export class RecallDirectory {
  constructor(
    /** Read at each call: in one process, recalls starts alongside serials and its address is known only then. */
    private readonly recallsUrl: () => string,
    private readonly secret: string,
    private readonly local?: { dataSource: DataSource; membership: RecallMembershipRepository },
  ) {}

  async openRecalls(tenantId: string, unit: RecallableUnit): Promise<OpenRecall[]> {
    if (this.local && (await this.local.membership.recalledIn(this.local.dataSource.manager, tenantId, [unit])).size === 0) {
      return [];
    }
    const identity: Identity = { tenant: tenantId, sub: "service:serials", roles: ["service"] };
    const data = await callSubgraph<{ _entities: ({ recalls: (OpenRecall & { status: string })[] } | null)[] }>(this.recallsUrl(), this.secret, identity, QUERY, {
      representations: [{ __typename: "Serial", gtin: unit.gtin, serial: unit.serial, lot: unit.lot, commissionedAt: unit.commissionedAt?.toISOString() ?? null }],
    });
    return (data._entities[0]?.recalls ?? []).filter((recall) => recall.status === "OPEN").map(({ id, instructions }) => ({ id, instructions }));
  }
}
