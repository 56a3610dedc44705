import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";

export interface KnownProduct {
  gtin: string;
  markets: string[];
}

const QUERY = `query KnownProducts($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Product { gtin markets } }
}`;

/**
 * Which GTINs are products of a tenant, asked of the products subgraph (which owns them)
 * once per capture for all GTINs at once. Hits are cached briefly: products are never
 * deleted, and markets rarely change. Misses are not cached, so a product created a
 * moment ago is seen at once.
 */
export class ProductDirectory {
  private readonly cache = new Map<string, { product: KnownProduct; expires: number }>();

  constructor(
    private readonly productsUrl: string,
    private readonly secret: string,
    private readonly ttlMs = 30_000,
  ) {}

  async lookup(tenant: string, gtins: readonly string[]): Promise<Map<string, KnownProduct>> {
    const now = Date.now();
    const found = new Map<string, KnownProduct>();
    const missing: string[] = [];
    for (const gtin of new Set(gtins)) {
      const hit = this.cache.get(`${tenant} ${gtin}`);
      if (hit && hit.expires > now) {
        found.set(gtin, hit.product);
      } else {
        missing.push(gtin);
      }
    }
    if (missing.length > 0) {
      const identity: Identity = { tenant, sub: "service:serials", roles: ["service"] };
      const data = await callSubgraph<{ _entities: (KnownProduct | null)[] }>(this.productsUrl, this.secret, identity, QUERY, {
        representations: missing.map((gtin) => ({ __typename: "Product", gtin })),
      });
      for (const product of data._entities) {
        if (product) {
          found.set(product.gtin, product);
          this.cache.set(`${tenant} ${product.gtin}`, { product, expires: now + this.ttlMs });
        }
      }
    }
    return found;
  }
}
