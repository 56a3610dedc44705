import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { WarrantyContext } from "../context";
import { Serial } from "../serial/serial.stub";
import { Warranty } from "./warranty.type";

@Resolver(() => Serial)
export class SerialWarrantyResolver {
  @FieldResolver(() => Warranty, { nullable: true, description: "Warranty coverage; null when nothing has started it (no sale or shipment on record)." })
  warranty(@Root() serial: Serial, @Ctx() context: WarrantyContext): Promise<Warranty | null> {
    return context.loaders.coverage.load({ gtin: serial.gtin, serial: serial.serial });
  }
}
