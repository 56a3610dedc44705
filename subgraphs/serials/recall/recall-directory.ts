import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";

const QUERY = `query RecallsOf($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Serial { recalls { id status } } }
}`;

/** Asks the recalls subgraph, which owns recalls, whether a unit is under an open recall. */
export class RecallDirectory {
  constructor(
    /** Read at each call: in one process, recalls starts alongside serials and its address is known only then. */
    private readonly recallsUrl: () => string,
    private readonly secret: string,
  ) {}

  async isRecalled(tenantId: string, gtin: string, serial: string): Promise<boolean> {
    const identity: Identity = { tenant: tenantId, sub: "service:serials", roles: ["service"] };
    const data = await callSubgraph<{ _entities: ({ recalls: { status: string }[] } | null)[] }>(this.recallsUrl(), this.secret, identity, QUERY, {
      representations: [{ __typename: "Serial", gtin, serial }],
    });
    return (data._entities[0]?.recalls ?? []).some((recall) => recall.status === "OPEN");
  }
}
