import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import { onBehalfOf, type PeerUrl } from "./peer-identity";

/** What warranty reads of a product: its catalogue terms. */
export interface ProductTerms {
  gtin: string;
  name: string;
  warrantyMonths: number;
  markets: string[];
}

const QUERY = `query WarrantyProductTerms($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Product { gtin name warrantyMonths markets } }
}`;

/**
 * Product terms from the products subgraph, which owns them; asked as the caller's tenant,
 * so another tenant's GTIN is simply absent. Hits are kept briefly (terms rarely change),
 * misses are not, so a product created a moment ago is seen at once.
 */
export class ProductsClient {
  private readonly cache = new Map<string, { terms: ProductTerms; expires: number }>();

  constructor(
    private readonly url: PeerUrl,
    private readonly secret: string,
    private readonly ttlMs = 30_000,
  ) {}

  async terms(caller: Identity, gtins: Iterable<string>): Promise<Map<string, ProductTerms>> {
    const now = Date.now();
    const found = new Map<string, ProductTerms>();
    const missing: string[] = [];
    for (const gtin of new Set(gtins)) {
      const hit = this.cache.get(`${caller.tenant} ${gtin}`);
      if (hit && hit.expires > now) {
        found.set(gtin, hit.terms);
      } else {
        missing.push(gtin);
      }
    }
    if (missing.length > 0) {
      const data = await callSubgraph<{ _entities: (ProductTerms | null)[] }>(this.url(), this.secret, onBehalfOf(caller), QUERY, {
        representations: missing.map((gtin) => ({ __typename: "Product", gtin })),
      });
      for (const terms of data._entities) {
        if (terms) {
          found.set(terms.gtin, terms);
          this.cache.set(`${caller.tenant} ${terms.gtin}`, { terms, expires: now + this.ttlMs });
        }
      }
    }
    return found;
  }
}
