import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { HubError } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { ProductsContext } from "../context";
import { Product } from "../product/product.entity";
import { ProductLink, SetProductLinksInput } from "./product-links.type";
import { validateImage, validateLinks } from "./product-links.validation";

/** What the GS1 Digital Link resolver serves for a product: its links (linkset) and its picture. */
@Resolver(() => Product)
export class ProductLinksResolver {
  @FieldResolver(() => [ProductLink], { description: "Links the Digital Link resolver offers (linkType=all) besides the hub's verification page." })
  links(@Root() product: Product): ProductLink[] {
    return product.links ?? [];
  }

  @FieldResolver(() => String, { nullable: true, description: "The picture on the verification page, as a data: URL." })
  image(@Root() product: Product): string | null {
    return product.image ?? null;
  }

  @Authorized("admin", "integrator")
  @Mutation(() => Product, { description: "Sets the links the GS1 Digital Link resolver offers for a product, and its picture." })
  async setProductLinks(@Arg("input") input: SetProductLinksInput, @Ctx() context: ProductsContext): Promise<Product> {
    const gtin = requireGtin(input.gtin, "input.gtin");
    const links = validateLinks(input.links);
    const image = input.image === undefined ? undefined : validateImage(input.image);
    const updated = await context.products.setLinks(context.identity.tenant, gtin, links, image);
    if (!updated) {
      throw new HubError("NOT_FOUND", `No product with GTIN ${gtin}.`, { field: "input.gtin" });
    }
    return updated;
  }
}
