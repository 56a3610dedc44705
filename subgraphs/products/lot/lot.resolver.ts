import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { HubError } from "../../../lib/errors/hub-error";
import { connectionType } from "../../../lib/federation/relay";
import type { ProductsContext } from "../context";
import { Product } from "../product/product.entity";
import { Lot } from "./lot.entity";
import { CreateLotInput } from "./lot.input";
import { validateNewLot } from "./lot.validation";

export const LotConnection = connectionType("Lot", Lot);

@Resolver(() => Lot)
export class LotResolver {
  @Authorized("admin", "integrator")
  @Mutation(() => Lot, { description: "Records a lot of one of the caller's products." })
  async createLot(@Arg("input") input: CreateLotInput, @Ctx() context: ProductsContext): Promise<Lot> {
    const lot = validateNewLot(input);
    if (!(await context.loaders.product.load(lot.gtin))) {
      throw new HubError("NOT_FOUND", `No product with GTIN ${lot.gtin}: create the product first.`, { field: "input.gtin" });
    }
    return context.lots.create(context.identity.tenant, lot);
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() lot: Lot, @Ctx() context: ProductsContext): Promise<Product | null> {
    return context.loaders.product.load(lot.gtin);
  }
}
