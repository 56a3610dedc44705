import { In, MoreThan, type DataSource, type Repository } from "typeorm";
import { HubError } from "../../../lib/errors/hub-error";
import { Product } from "./product.entity";
import type { SerialPolicyValues } from "../../../lib/serials/serial-policy";
import type { NewProduct } from "./product.validation";

export class ProductRepository {
  private readonly repo: Repository<Product>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Product);
  }

  /** GTINs are unique across tenants: a GTIN held by anyone is a CONFLICT. */
  async create(tenantId: string, product: NewProduct): Promise<Product> {
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
