import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { WarrantyContext } from "../context";
import { RegisteredSale, RegisterSaleInput } from "./sale.types";

@Resolver()
export class SaleResolver {
  @Authorized("admin", "integrator")
  @Mutation(() => RegisteredSale, {
    description:
      "Registers a retail sale: the unit becomes SOLD in its history and its warranty starts (for SALE terms). " +
      "Registering the same unit and order again changes nothing.",
  })
  registerSale(@Arg("input", () => RegisterSaleInput) input: RegisterSaleInput, @Ctx() context: WarrantyContext): Promise<RegisteredSale> {
    return context.sales.register(context.identity, input);
  }
}
