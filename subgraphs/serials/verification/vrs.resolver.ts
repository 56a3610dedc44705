import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { badInput } from "../../../lib/errors/hub-error";
import { gs1CheckDigit } from "../../../lib/gs1/gtin";
import { requireText } from "../../../lib/validation/text";
import type { SerialsContext } from "../context";
import { ConfigureVerificationServiceInput, VerificationServiceSettings } from "./vrs.types";

export function requireGln(value: string, field: string): string {
  if (!/^\d{13}$/.test(value) || gs1CheckDigit(value.slice(0, 12)) !== Number(value[12])) {
    throw badInput(`${field} "${value}" is not a valid GLN (13 digits with a GS1 check digit).`, { field });
  }
  return value;
}

@Resolver()
export class VrsResolver {
  @Authorized("admin")
  @Mutation(() => VerificationServiceSettings, {
    description: "Sets the DSCSA VRS responder GLN and the trading partners (by GLN) allowed to send verification requests.",
  })
  async configureVerificationService(
    @Arg("input") input: ConfigureVerificationServiceInput,
    @Ctx() context: SerialsContext,
  ): Promise<VerificationServiceSettings> {
    const settings = {
      responderGln: requireGln(input.responderGln, "input.responderGln"),
      requestors: input.requestors.map((requestor, i) => ({
        gln: requireGln(requestor.gln, `input.requestors[${i}].gln`),
        name: requireText(requestor.name, `input.requestors[${i}].name`),
      })),
    };
    await context.vrs.save(context.identity.tenant, settings);
    return settings;
  }
}
