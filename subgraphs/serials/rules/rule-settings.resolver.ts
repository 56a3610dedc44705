import countries from "i18n-iso-countries";
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { badInput } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { SerialsContext } from "../context";
import { BOUNDS, ConfigureRulesInput, RuleSettingsView } from "./rule-settings.types";

/** Checks every given value; returns the values to store (null = back to inherited). */
function validate(input: ConfigureRulesInput): Record<string, unknown> {
  const { gtin: _gtin, ...values } = input;
  for (const [name, [min, max]] of Object.entries(BOUNDS)) {
    const value = (values as Record<string, unknown>)[name];
    if (typeof value === "number" && (!Number.isFinite(value) || value < min || value > max)) {
      throw badInput(`input.${name} must be from ${min} to ${max}, got ${value}.`, { field: `input.${name}` });
    }
  }
  values.transitCountries?.forEach((country, index) => {
    if (!/^[A-Z]{2}$/.test(country) || !countries.isValid(country)) {
      throw badInput(`input.transitCountries[${index}] "${country}" is not an ISO 3166-1 alpha-2 code.`, { field: `input.transitCountries[${index}]` });
    }
  });
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

@Resolver()
export class RuleSettingsResolver {
  @Authorized("admin", "integrator", "auditor")
  @Query(() => RuleSettingsView, { description: "The anomaly thresholds in force for the tenant, or for one of its products." })
  async ruleSettings(@Arg("gtin", () => String, { nullable: true }) gtin: string | null, @Ctx() context: SerialsContext): Promise<RuleSettingsView> {
    const key = gtin ? requireGtin(gtin, "gtin") : "";
    const settings = (await context.ruleSettings.forGtins(context.identity.tenant, key ? [key] : [])).get(key);
    return { gtin: key || null, ...(settings as Omit<RuleSettingsView, "gtin">) };
  }

  @Authorized("admin")
  @Mutation(() => RuleSettingsView, { description: "Sets anomaly thresholds for the tenant or one product; applies to batches captured from now on." })
  async configureRules(@Arg("input", () => ConfigureRulesInput) input: ConfigureRulesInput, @Ctx() context: SerialsContext): Promise<RuleSettingsView> {
    const gtin = input.gtin ? requireGtin(input.gtin, "input.gtin") : null;
    if (gtin && !(await context.products.ofTenant(context.identity.tenant, [gtin], { fresh: true })).has(gtin)) {
      throw badInput(`input.gtin ${gtin} is not one of your products.`, { field: "input.gtin" });
    }
    await context.ruleSettings.configure(context.identity.tenant, gtin, validate(input));
    return this.ruleSettings(gtin, context);
  }
}
