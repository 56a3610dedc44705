import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import { onBehalfOf, type PeerUrl } from "./peer-identity";

const QUERY = `query WarrantyOpenRecalls($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Serial { gtin serial recalls { id status } } }
}`;

/** A unit as serials knows it: its key and what recall scopes judge. */
export interface UnitOnRecord extends SerialKey {
  lot: string | null;
  commissionedAt: string | null;
}

/** Open recalls on units, asked of the recalls subgraph (which owns recalls) through `Serial.recalls`. */
export class RecallsClient {
  constructor(
    private readonly url: PeerUrl,
    private readonly secret: string,
  ) {}

  /** Ids of the open recalls covering each unit, by keyString. */
  async openRecalls(caller: Identity, units: readonly UnitOnRecord[]): Promise<Map<string, string[]>> {
    if (units.length === 0) {
      return new Map();
    }
    const data = await callSubgraph<{ _entities: ({ gtin: string; serial: string; recalls: { id: string; status: string }[] } | null)[] }>(
      this.url(),
      this.secret,
      onBehalfOf(caller),
      QUERY,
      // Lot and commissioning time are what `Serial.recalls` @requires for lot and window scopes.
      { representations: units.map((unit) => ({ __typename: "Serial", gtin: unit.gtin, serial: unit.serial, lot: unit.lot, commissionedAt: unit.commissionedAt })) },
    );
    return new Map(
      units.map((unit, index) => [keyString(unit), (data._entities[index]?.recalls ?? []).filter((recall) => recall.status === "OPEN").map((recall) => recall.id)]),
    );
  }
}
