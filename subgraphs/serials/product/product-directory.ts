import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import type { SerialPolicyValues } from "../../../lib/serials/serial-policy";

export interface KnownProduct {
  gtin: string;
  tenantId: string;
  name: string;
  brand: string;
  markets: string[];
  companyPrefixLength: number | null;
  serialPolicy: SerialPolicyValues;
}

const QUERY = `query ProductsByGtin($gtins: [String!]!) {
  productsByGtin(gtins: $gtins) { gtin tenantId name brand markets companyPrefixLength serialPolicy { length alphabet mode } }
}`;

const LOT_QUERY = `query LotOf($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Lot { gtin lot expiry } }
}`;

/** Who the serials service is when it asks another service, across tenants. */
const SERVICE_IDENTITY: Identity = { tenant: "_hub", sub: "service:serials", roles: ["service"] };

/**
 * Products by GTIN, asked of the products subgraph (which owns them) once per call for all
 * GTINs. GTINs are unique across tenants, so the answer also says whose a GTIN is. Hits
 * are cached briefly (products are never deleted and rarely change); misses are not, so a
 * product created a moment ago is seen at once.
 */
export class ProductDirectory {
  private readonly cache = new Map<string, { product: KnownProduct; expires: number }>();

  constructor(
    private readonly productsUrl: string,
    private readonly secret: string,
    private readonly ttlMs = 30_000,
  ) {}

  async products(gtins: Iterable<string>, options: { fresh?: boolean } = {}): Promise<Map<string, KnownProduct>> {
    const now = Date.now();
    const found = new Map<string, KnownProduct>();
    const missing: string[] = [];
    for (const gtin of new Set(gtins)) {
      const hit = options.fresh ? undefined : this.cache.get(gtin);
      if (hit && hit.expires > now) {
        found.set(gtin, hit.product);
      } else {
        missing.push(gtin);
      }
    }
    if (missing.length > 0) {
      const data = await callSubgraph<{ productsByGtin: KnownProduct[] }>(this.productsUrl, this.secret, SERVICE_IDENTITY, QUERY, {
        gtins: missing,
      });
      for (const product of data.productsByGtin) {
        found.set(product.gtin, product);
        this.cache.set(product.gtin, { product, expires: now + this.ttlMs });
      }
    }
    return found;
  }

  /** A lot the tenant recorded with createLot, or null. */
  async lot(tenantId: string, gtin: string, lot: string): Promise<{ lot: string; expiry: string | null } | null> {
    const identity: Identity = { tenant: tenantId, sub: "service:serials", roles: ["service"] };
    const data = await callSubgraph<{ _entities: ({ lot: string; expiry: string | null } | null)[] }>(
      this.productsUrl,
      this.secret,
      identity,
      LOT_QUERY,
      { representations: [{ __typename: "Lot", gtin, lot }] },
    );
    return data._entities[0] ?? null;
  }

  /** The tenant's own products among `gtins`. */
  async ofTenant(tenantId: string, gtins: Iterable<string>, options: { fresh?: boolean } = {}): Promise<Map<string, KnownProduct>> {
    const all = await this.products(gtins, options);
    return new Map([...all].filter(([, product]) => product.tenantId === tenantId));
  }
}
