import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireGtin } from "../../../lib/gs1/gtin";
import { connectionType, decodeCursor, PageArgs, toConnection, validatePageSize } from "../../../lib/federation/relay";
import type { ProductsContext } from "../context";
import { LotConnection } from "../lot/lot.resolver";
import { Product } from "./product.entity";
import { CreateProductInput, SetProductSkusInput } from "./product.input";
import { validateNewProduct, validateSkus } from "./product.validation";
import { HubError } from "../../../lib/errors/hub-error";

export const ProductConnection = connectionType("Product", Product);

@Resolver(() => Product)
export class ProductResolver {
  @Authorized("admin", "integrator")
  @Mutation(() => Product, { description: "Registers a product; its GTIN becomes this tenant's." })
  createProduct(@Arg("input") input: CreateProductInput, @Ctx() context: ProductsContext): Promise<Product> {
    return context.products.create(context.identity.tenant, validateNewProduct(input));
  }

  @Authorized()
  @Query(() => Product, { nullable: true, description: "A product of the caller's tenant; null when there is none." })
  product(@Arg("gtin") gtin: string, @Ctx() context: ProductsContext): Promise<Product | null> {
    return context.loaders.product.load(requireGtin(gtin));
  }

  @Authorized()
  @Query(() => ProductConnection, { description: "The caller's products, ordered by GTIN." })
  async products(@Args() { first, after }: PageArgs, @Ctx() context: ProductsContext) {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 1)[0] as string) : undefined;
    const rows = await context.products.page(context.identity.tenant, first + 1, cursor);
    return toConnection(rows, first, (product) => [product.gtin]);
  }

  @Authorized("service")
  @Directive("@inaccessible")
  @Query(() => [Product], { description: "Products by GTIN across tenants, for other services (GTINs are unique)." })
  productsByGtin(@Arg("gtins", () => [String]) gtins: string[], @Ctx() context: ProductsContext): Promise<Product[]> {
    return context.products.findAnyByGtins(gtins.map((gtin) => requireGtin(gtin, "gtins")));
  }

  @Authorized("service")
  @Directive("@inaccessible")
  @Query(() => [Product], { description: "The caller's products named by these item codes, for the ingest service." })
  productsBySku(@Arg("skus", () => [String]) skus: string[], @Ctx() context: ProductsContext): Promise<Product[]> {
    return context.products.findBySkus(context.identity.tenant, skus);
  }

  @Authorized("admin", "integrator")
  @Mutation(() => Product, { description: "Sets the item codes (SAP material, NetSuite item, WMS SKU) that name a product in deliveries." })
  async setProductSkus(@Arg("input") input: SetProductSkusInput, @Ctx() context: ProductsContext): Promise<Product> {
    const gtin = requireGtin(input.gtin, "input.gtin");
    const product = await context.products.setSkus(context.identity.tenant, gtin, validateSkus(input.skus, "input.skus"));
    if (!product) {
      throw new HubError("NOT_FOUND", `No product with GTIN ${gtin}.`, { field: "input.gtin" });
    }
    return product;
  }

  @FieldResolver(() => LotConnection)
  async lots(@Root() product: Product, @Args() { first, after }: PageArgs, @Ctx() context: ProductsContext) {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 1)[0] as string) : undefined;
    const rows = await context.lots.pageForProduct(context.identity.tenant, product.gtin, first + 1, cursor);
    return toConnection(rows, first, (lot) => [lot.lot]);
  }
}
