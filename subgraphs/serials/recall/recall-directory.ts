import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";

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

/** Asks the recalls subgraph, which owns recalls, which open recalls cover a unit. */
export class RecallDirectory {
  constructor(
    /** Read at each call: in one process, recalls starts alongside serials and its address is known only then. */
    private readonly recallsUrl: () => string,
    private readonly secret: string,
  ) {}

  async openRecalls(tenantId: string, unit: RecallableUnit): Promise<OpenRecall[]> {
    const identity: Identity = { tenant: tenantId, sub: "service:serials", roles: ["service"] };
    const data = await callSubgraph<{ _entities: ({ recalls: (OpenRecall & { status: string })[] } | null)[] }>(this.recallsUrl(), this.secret, identity, QUERY, {
      representations: [{ __typename: "Serial", gtin: unit.gtin, serial: unit.serial, lot: unit.lot, commissionedAt: unit.commissionedAt?.toISOString() ?? null }],
    });
    return (data._entities[0]?.recalls ?? []).filter((recall) => recall.status === "OPEN").map(({ id, instructions }) => ({ id, instructions }));
  }
}
