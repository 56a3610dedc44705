import { In, MoreThan, type DataSource, type Repository } from "typeorm";
import { HubError } from "../../../lib/errors/hub-error";
import { Product } from "./product.entity";
import type { SerialPolicyValues } from "../../../lib/serials/serial-policy";
import type { NewProduct } from "./product.validation";
import type { ProductLinkValues } from "../product-links/product-links.type";

export class ProductRepository {
  private readonly repo: Repository<Product>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Product);
  }

  /** An item code names one product of a tenant, so a delivery's item is never ambiguous. */
  private async assertSkusFree(tenantId: string, gtin: string, skus: readonly string[]): Promise<void> {
    if (skus.length === 0) {
      return;
    }
    const clash: { gtin: string; sku: string }[] = await this.repo.query(
      `SELECT gtin, sku FROM products.products, unnest(skus) AS sku WHERE tenant_id = $1 AND gtin <> $2 AND sku = ANY($3::text[]) LIMIT 1`,
      [tenantId, gtin, skus],
    );
    if (clash.length > 0) {
      throw new HubError("CONFLICT", `Item code "${clash[0].sku}" already names product ${clash[0].gtin}.`, { field: "input.skus" });
    }
  }

  /** GTINs are unique across tenants: a GTIN held by anyone is a CONFLICT. */
  async create(tenantId: string, product: NewProduct): Promise<Product> {
    await this.assertSkusFree(tenantId, product.gtin, product.skus);
    const inserted = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...product, tenantId })
      .orIgnore()
      .returning(["gtin"])
      .execute();
    if (inserted.raw.length === 0) {
      const owner = await this.repo.findOne({ where: { gtin: product.gtin }, select: { tenantId: true } });
      const message =
        owner?.tenantId === tenantId
          ? `A product with GTIN ${product.gtin} already exists.`
          : `GTIN ${product.gtin} is registered to another tenant.`;
      throw new HubError("CONFLICT", message, { field: "input.gtin" });
    }
    return this.repo.findOneByOrFail({ gtin: product.gtin });
  }

  /** Returns the updated product, or null when the tenant has no such product. */
  async setSerialPolicy(tenantId: string, gtin: string, policy: SerialPolicyValues): Promise<Product | null> {
    const result = await this.repo.update(
      { tenantId, gtin },
      { serialLength: policy.length, serialAlphabet: policy.alphabet, serialMode: policy.mode },
    );
    return result.affected ? this.repo.findOneBy({ tenantId, gtin }) : null;
  }

  /** Replaces the item codes; a code another product of the tenant has is a CONFLICT. */
  async setSkus(tenantId: string, gtin: string, skus: string[]): Promise<Product | null> {
    await this.assertSkusFree(tenantId, gtin, skus);
    const result = await this.repo.update({ tenantId, gtin }, { skus });
    return result.affected ? this.repo.findOneBy({ tenantId, gtin }) : null;
  }

  /** Replaces the links; `image` undefined keeps the picture. Null when the tenant has no such product. */
  async setLinks(tenantId: string, gtin: string, links: ProductLinkValues[], image: string | null | undefined): Promise<Product | null> {
    const result = await this.repo.update({ tenantId, gtin }, image === undefined ? { links } : { links, image });
    return result.affected ? this.repo.findOneBy({ tenantId, gtin }) : null;
  }

  /** The tenant's products named by any of these item codes. */
  findBySkus(tenantId: string, skus: readonly string[]): Promise<Product[]> {
    return this.repo.createQueryBuilder("p").where("p.tenant_id = :tenantId AND p.skus && :skus::text[]", { tenantId, skus }).getMany();
  }

  /** Products by GTIN whoever owns them: for services that must find a GTIN's tenant. */
  findAnyByGtins(gtins: readonly string[]): Promise<Product[]> {
    return this.repo.findBy({ gtin: In([...gtins]) });
  }

  findByGtins(tenantId: string, gtins: readonly string[]): Promise<Product[]> {
    return this.repo.findBy({ tenantId, gtin: In([...gtins]) });
  }

  /** Ordered by GTIN; `after` is the last GTIN of the previous page. */
  page(tenantId: string, limit: number, after?: string): Promise<Product[]> {
    return this.repo.find({
      where: after === undefined ? { tenantId } : { tenantId, gtin: MoreThan(after) },
      order: { gtin: "ASC" },
      take: limit,
    });
  }
}
