import type DataLoader from "dataloader";
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { badInput } from "../../../lib/errors/hub-error";
import { batchingLoader, requestScoped } from "../../../lib/federation/request-scoped";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { SerialsContext } from "../context";
import { Serial } from "../serial/serial.entity";
import { SerialEvent } from "./serial-event.entity";

type Grouped = { key: SerialKey; events: SerialEvent[] };

const MAX_PER_UNIT = 100;

/** Per request, one loader per (steps, limit) asked: a batch of units costs one query. */
const loaders = requestScoped((_none: void) => new Map<string, DataLoader<SerialKey, Grouped | null, string>>());

@Resolver(() => Serial)
export class StepEventsResolver {
  @Authorized("service")
  @Directive("@inaccessible")
  @FieldResolver(() => [SerialEvent], {
    description: "Standing events of these business steps that name this unit or carry it, oldest first; for other services.",
  })
  async stepEvents(
    @Root() serial: Serial,
    @Arg("bizSteps", () => [String]) bizSteps: string[],
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() context: SerialsContext,
  ): Promise<SerialEvent[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PER_UNIT) {
      throw badInput(`first must be from 1 to ${MAX_PER_UNIT}.`, { field: "first" });
    }
    const byArgs = loaders(context.loaders, undefined);
    const argsKey = JSON.stringify([bizSteps, first]);
    let loader = byArgs.get(argsKey);
    if (!loader) {
      const tenant = context.identity.tenant;
      loader = batchingLoader<SerialKey, Grouped>(
        async (units) => {
          const byUnit = new Map<string, SerialEvent[]>();
          for (const row of await context.stepEvents.forUnits(tenant, units, bizSteps, first)) {
            byUnit.set(keyString(row), [...(byUnit.get(keyString(row)) ?? []), row.event]);
          }
          return units.map((key) => ({ key, events: byUnit.get(keyString(key)) ?? [] }));
        },
        (item) => keyString("events" in item ? item.key : item),
      );
      byArgs.set(argsKey, loader);
    }
    return (await loader.load({ gtin: serial.gtin, serial: serial.serial }))?.events ?? [];
  }
}
