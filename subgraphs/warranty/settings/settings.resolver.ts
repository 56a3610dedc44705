import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { badInput } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { WarrantyContext } from "../context";
import { ConfigureWarrantyInput, WarrantySettingsView } from "./settings.types";
import { SETTING_BOUNDS } from "./warranty-settings";

function validate(input: ConfigureWarrantyInput): Record<string, unknown> {
  const { gtin: _gtin, ...values } = input;
  for (const [name, [min, max]] of Object.entries(SETTING_BOUNDS)) {
    const value = (values as Record<string, unknown>)[name];
    if (typeof value === "number" && (!Number.isInteger(value) || value < min || value > max)) {
      throw badInput(`input.${name} must be a whole number from ${min} to ${max}, got ${value}.`, { field: `input.${name}` });
    }
  }
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

@Resolver()
export class WarrantySettingsResolver {
  @Authorized("admin", "integrator", "auditor")
  @Query(() => WarrantySettingsView, { description: "The warranty policy in force for the tenant, or for one of its products." })
  async warrantySettings(@Arg("gtin", () => String, { nullable: true }) gtin: string | null, @Ctx() context: WarrantyContext): Promise<WarrantySettingsView> {
    const key = gtin ? requireGtin(gtin, "gtin") : "";
    const settings = (await context.settings.forGtins(context.identity.tenant, key ? [key] : [])).get(key);
    return { gtin: key || null, ...(settings as Omit<WarrantySettingsView, "gtin">) };
  }

  @Authorized("admin")
  @Mutation(() => WarrantySettingsView, { description: "Sets the warranty policy for the tenant or one product; applies from now on." })
  async configureWarranty(@Arg("input", () => ConfigureWarrantyInput) input: ConfigureWarrantyInput, @Ctx() context: WarrantyContext): Promise<WarrantySettingsView> {
    const gtin = input.gtin ? requireGtin(input.gtin, "input.gtin") : null;
    const values = validate(input);
    if (gtin && !(await context.peers.products.terms(context.identity, [gtin])).has(gtin)) {
      throw badInput(`input.gtin ${gtin} is not one of your products.`, { field: "input.gtin" });
    }
    await context.settings.configure(context.identity.tenant, gtin, values);
    return this.warrantySettings(gtin, context);
  }
}
