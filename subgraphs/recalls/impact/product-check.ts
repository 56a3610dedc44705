import { HubError } from "../../../lib/errors/hub-error";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import { serviceIdentity } from "../recall/recall-roles";

const QUERY = `query ProductsByGtin($gtins: [String!]!) { productsByGtin(gtins: $gtins) { gtin tenantId } }`;

/** Asks the products service (which owns products) whether a GTIN is the caller's. */
export class ProductCheck {
  constructor(
    private readonly productsUrl: () => string,
    private readonly secret: string,
  ) {}

  async requireOwn(tenant: string, gtin: string, field: string): Promise<void> {
    const data = await callSubgraph<{ productsByGtin: { gtin: string; tenantId: string }[] }>(this.productsUrl(), this.secret, serviceIdentity(tenant), QUERY, {
      gtins: [gtin],
    });
    // Another tenant's product is as unknown as one that does not exist.
    if (!data.productsByGtin.some((product) => product.gtin === gtin && product.tenantId === tenant)) {
      throw new HubError("NOT_FOUND", `No product with GTIN ${gtin}: create it first.`, { field });
    }
  }
}
