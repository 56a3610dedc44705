import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { WarrantyContext } from "../context";
import { Serial } from "../serial/serial.stub";
import { Coverage } from "./coverage.entity";

@Resolver(() => Serial)
export class SerialWarrantyResolver {
  @FieldResolver(() => Coverage, { nullable: true, description: "Warranty coverage; null when the unit has none recorded." })
  warranty(@Root() serial: Serial, @Ctx() context: WarrantyContext): Promise<Coverage | null> {
    return context.loaders.coverage.load({ gtin: serial.gtin, serial: serial.serial });
  }
}
