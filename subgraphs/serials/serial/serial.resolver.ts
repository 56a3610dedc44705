import { Directive, Args, ArgsType, Field, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { connectionType, decodeCursor, PageArgs, toConnection, validatePageSize } from "../../../lib/federation/relay";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { SerialsContext } from "../context";
import { SerialEvent } from "../event/serial-event.entity";
import { Product } from "../product/product.stub";
import { signedDigitalLink, unitElementString } from "../signing/signed-link";
import { Serial } from "./serial.entity";

@ArgsType()
class SerialKeyArgs {
  @Field({ description: "GTIN-8, -12, -13 or -14." })
  gtin!: string;

  @Field()
  serial!: string;
}

export const SerialEventConnection = connectionType("SerialEvent", SerialEvent);

@Resolver(() => Serial)
export class SerialResolver {
  @Authorized()
  @Query(() => Serial, { nullable: true, description: "A unit of the caller's tenant; null when the hub has never seen it." })
  serial(@Args() { gtin, serial }: SerialKeyArgs, @Ctx() context: SerialsContext): Promise<Serial | null> {
    return context.loaders.serial.load({ gtin: requireGtin(gtin), serial });
  }

  @FieldResolver(() => Product, { nullable: true, description: "The product, resolved by the products subgraph; null when it is not one of the caller's." })
  @Directive('@provides(fields: "name")')
  async product(@Root() serial: Serial, @Ctx() context: SerialsContext): Promise<Product | null> {
    const product = await context.loaders.product.load(serial.gtin);
    // The products subgraph shows a product only to its tenant; so does this shortcut.
    return product && product.tenantId === context.identity.tenant ? { gtin: product.gtin, name: product.name } : null;
  }

  @FieldResolver(() => String, {
    description: "GS1 Digital Link of the unit; units the hub issued carry their Ed25519 signature as AI 8030.",
  })
  digitalLink(@Root() serial: Serial, @Ctx() context: SerialsContext): Promise<string> {
    return signedDigitalLink(context.signer, context.identity.tenant, serial);
  }

  @FieldResolver(() => String, { description: "Element string, (01)…(21)…" })
  elementString(@Root() serial: Serial): string {
    return unitElementString(serial);
  }

  // Events carry partners' documents as captured (connector data): not for service centres.
  @Authorized("admin", "integrator", "auditor", "recall_coordinator")
  @FieldResolver(() => SerialEventConnection, { description: "The unit's history, oldest first (not for service centres)." })
  async events(@Root() serial: Serial, @Args() { first, after }: PageArgs, @Ctx() context: SerialsContext) {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
    const rows = await context.events.pageForSerial(context.identity.tenant, serial, first + 1, cursor);
    return toConnection(rows, first, (event) => [event.eventTime.toISOString(), event.eventId]);
  }
}
