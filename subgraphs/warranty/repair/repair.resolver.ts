import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { WarrantyContext } from "../context";
import { Serial } from "../serial/serial.stub";
import { WarrantyRepair } from "./repair.entity";
import { LogRepairInput, RepairPart, RepairResult } from "./repair.types";

@Resolver(() => WarrantyRepair)
export class RepairResolver {
  @Authorized("service_centre", "admin", "integrator")
  @Mutation(() => RepairResult, {
    description:
      "Logs a repair and its part swaps. Every installed part is verified; suspect parts refuse the repair or pass with flags " +
      "(configureWarranty suspectPartPolicy) and raise an anomaly; a recalled part always refuses it.",
  })
  logRepair(@Arg("input", () => LogRepairInput) input: LogRepairInput, @Ctx() context: WarrantyContext): Promise<RepairResult> {
    return context.repairService.log(context.identity, input);
  }

  @FieldResolver(() => Serial, { description: "The repaired unit, resolved by the serials subgraph." })
  serial(@Root() repair: WarrantyRepair): Serial {
    return { gtin: repair.gtin, serial: repair.serialNumber };
  }

  @FieldResolver(() => [RepairPart])
  parts(@Root() repair: WarrantyRepair): RepairPart[] {
    return repair.parts.map((part) => ({
      removed: part.removed,
      installed: part.installed,
      problems: part.problems,
      previouslyIn: part.previouslyIn,
    }));
  }
}
