import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import type { ConnectorEvent } from "../../core/connector";
import { MappingError } from "../../core/errors";

const QUERY = `query BySku($skus: [String!]!) { productsBySku(skus: $skus) { gtin skus } }`;

/**
 * Resolves the item codes deliveries use (SAP material, NetSuite item, WMS SKU) to GTINs
 * through the products subgraph, which owns the catalogue. Hits are cached briefly.
 */
export class SkuCatalogue {
  private readonly cache = new Map<string, { gtin: string; expires: number }>();

  constructor(
    /** Read at each call: in one process, products may restart on another address. */
    private readonly productsUrl: () => string,
    private readonly secret: string,
    private readonly ttlMs = 30_000,
  ) {}

  async resolve(tenantId: string, skus: Iterable<string>): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const sku of new Set(skus)) {
      const hit = this.cache.get(`${tenantId} ${sku}`);
      if (hit && hit.expires > Date.now()) {
        found.set(sku, hit.gtin);
      } else {
        missing.push(sku);
      }
    }
    if (missing.length > 0) {
      const identity: Identity = { tenant: tenantId, sub: "service:ingest", roles: ["service"] };
      const data = await callSubgraph<{ productsBySku: { gtin: string; skus: string[] }[] }>(this.productsUrl(), this.secret, identity, QUERY, { skus: missing });
      const wanted = new Set(missing);
      for (const product of data.productsBySku) {
        for (const sku of product.skus.filter((code) => wanted.has(code))) {
          found.set(sku, product.gtin);
          this.cache.set(`${tenantId} ${sku}`, { gtin: product.gtin, expires: Date.now() + this.ttlMs });
        }
      }
    }
    return found;
  }

  /** GTIN of every event's item; an item code no product of the tenant has is a MappingError. */
  async gtinsOf(tenantId: string, events: readonly ConnectorEvent[]): Promise<string[]> {
    const skus = events.filter((event) => !event.item.gtin).map((event) => event.item.sku as string);
    const resolved = skus.length > 0 ? await this.resolve(tenantId, skus) : new Map<string, string>();
    return events.map((event) => {
      const gtin = event.item.gtin ?? resolved.get(event.item.sku as string);
      if (!gtin) {
        throw new MappingError(
          `document ${event.document}, line ${event.line ?? "-"}`,
          `Unknown item code "${event.item.sku}": add it to a product with setProductSkus, then replay the delivery.`,
        );
      }
      return gtin;
    });
  }
}
