import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import { DEFAULT_POLICY, policyProblem, type SerialPolicyValues } from "../../../lib/serials/serial-policy";
import type { ProductsContext } from "../context";
import { Product } from "../product/product.entity";
import { SerialMode, SerialPolicy, SetSerialPolicyInput, toSerialPolicy } from "./serial-policy.type";

/** The policy in force: the product's own, else the default. */
export const policyOf = (product: Product): SerialPolicyValues =>
  product.serialLength === null
    ? DEFAULT_POLICY
    : { length: product.serialLength, alphabet: product.serialAlphabet ?? DEFAULT_POLICY.alphabet, mode: product.serialMode ?? "RANDOM" };

@Resolver(() => Product)
export class SerialPolicyResolver {
  @FieldResolver(() => SerialPolicy, { description: "How serials of this product are generated." })
  serialPolicy(@Root() product: Product): SerialPolicy {
    return toSerialPolicy(policyOf(product));
  }

  @Authorized("admin", "integrator")
  @Mutation(() => Product, { description: "Sets how serials of a product are generated." })
  async setSerialPolicy(@Arg("input") input: SetSerialPolicyInput, @Ctx() context: ProductsContext): Promise<Product> {
    const gtin = requireGtin(input.gtin, "input.gtin");
    const policy: SerialPolicyValues = {
      length: input.length,
      alphabet: input.alphabet ?? DEFAULT_POLICY.alphabet,
      mode: input.mode ?? SerialMode.RANDOM,
    };
    const problem = policyProblem(policy);
    if (problem) {
      throw badInput(`input.${problem.field}: ${problem.message}`, { field: `input.${problem.field}` });
    }
    const updated = await context.products.setSerialPolicy(context.identity.tenant, gtin, policy);
    if (!updated) {
      throw new HubError("NOT_FOUND", `No product with GTIN ${gtin}.`, { field: "input.gtin" });
    }
    return updated;
  }
}
