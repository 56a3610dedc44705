import type DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { batchingLoader, requestScoped } from "../../../lib/federation/request-scoped";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { SerialsContext } from "../context";
import { Serial } from "../serial/serial.entity";
import { AnomalySeverity, severitiesFrom } from "./anomaly-kind";

type Counted = SerialKey & { count: number };

/** One loader per request and severity floor: a list of units costs one query per floor. */
const countLoaders = requestScoped((_none: void) => new Map<AnomalySeverity, DataLoader<SerialKey, Counted | null, string>>());

@Resolver(() => Serial)
export class SerialAnomaliesResolver {
  @FieldResolver(() => Int, {
    description:
      "Open (not closed) anomalies of this unit at or above a severity. A count only, so roles that may not read " +
      "anomalies (service centres) still learn that a unit is flagged.",
  })
  async openAnomalyCount(
    @Root() serial: Serial,
    @Arg("minSeverity", () => AnomalySeverity, { defaultValue: AnomalySeverity.INFO }) minSeverity: AnomalySeverity,
    @Ctx() context: SerialsContext,
  ): Promise<number> {
    const byFloor = countLoaders(context.loaders, undefined);
    let loader = byFloor.get(minSeverity);
    if (!loader) {
      const tenant = context.identity.tenant;
      loader = batchingLoader<SerialKey, Counted>((keys) => context.anomalies.openCounts(tenant, keys, severitiesFrom(minSeverity)), keyString);
      byFloor.set(minSeverity, loader);
    }
    return (await loader.load({ gtin: serial.gtin, serial: serial.serial }))?.count ?? 0;
  }
}
