import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import type { Logger } from "../../../lib/log/logger";
import type { ConfiguredLink } from "./linkset";

export interface ProductPage {
  links: ConfiguredLink[];
  /** data: URL, or null. */
  image: string | null;
}

const QUERY = `query ProductPages($gtins: [String!]!) {
  productsByGtin(gtins: $gtins) { gtin links { linkType href title lang mediaType } image }
}`;

const SERVICE_IDENTITY: Identity = { tenant: "_hub", sub: "service:serials", roles: ["service"] };

const EMPTY: ProductPage = { links: [], image: null };

/**
 * What the resolver shows beside the verdict: a product's links and picture, asked of the
 * products subgraph and kept briefly (a scanned product is often scanned again). Links are an
 * extra: when products cannot answer, the verdict is still given, without them.
 */
export class ProductPages {
  private readonly cache = new Map<string, { page: ProductPage; expires: number }>();

  constructor(
    private readonly productsUrl: string,
    private readonly secret: string,
    private readonly log: Logger,
    private readonly ttlMs = 30_000,
  ) {}

  async of(gtin: string): Promise<ProductPage> {
    const hit = this.cache.get(gtin);
    if (hit && hit.expires > Date.now()) {
      return hit.page;
    }
    try {
      const data = await callSubgraph<{ productsByGtin: ({ gtin: string } & ProductPage)[] }>(this.productsUrl, this.secret, SERVICE_IDENTITY, QUERY, { gtins: [gtin] });
      const found = data.productsByGtin[0];
      const page = found ? { links: found.links, image: found.image } : EMPTY;
      if (this.cache.size > 10_000) {
        this.cache.clear();
      }
      this.cache.set(gtin, { page, expires: Date.now() + this.ttlMs });
      return page;
    } catch (error) {
      this.log.warn({ error: (error as Error).message, gtin }, "Product links unavailable; the page shows the verdict without them");
      return EMPTY;
    }
  }
}
