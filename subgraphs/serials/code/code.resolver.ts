import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { parseCode } from "../../../lib/gs1/code";
import { describeElements } from "../../../lib/gs1/describe";
import { aiEntry } from "../../../lib/gs1/dictionary";
import type { SerialsContext } from "../context";
import { CodeLookup } from "./code-lookup.type";

@Resolver()
export class CodeResolver {
  @Authorized()
  @Query(() => CodeLookup, {
    description: "Reads a code in any form (scan data, Digital Link, element string, EPC URN) and renders it in every other.",
  })
  async lookup(@Arg("code") code: string, @Ctx() context: SerialsContext): Promise<CodeLookup> {
    const parsed = parseCode(code);
    const rendered = describeElements(parsed.elements);
    const product = rendered.gtin ? (await context.products.ofTenant(context.identity.tenant, [rendered.gtin])).get(rendered.gtin) : undefined;
    const withEpc = product?.companyPrefixLength ? describeElements(parsed.elements, product.companyPrefixLength) : rendered;
    const unit =
      rendered.gtin && rendered.serial ? await context.loaders.serial.load({ gtin: rendered.gtin, serial: rendered.serial }) : null;
    return {
      ...withEpc,
      source: parsed.source,
      carrier: parsed.carrier ?? null,
      ais: parsed.elements.map(({ ai, value }) => ({ ai, value, title: aiEntry(ai)?.title ?? "" })),
      warnings: [...parsed.warnings, ...withEpc.warnings],
      unit,
    };
  }
}
