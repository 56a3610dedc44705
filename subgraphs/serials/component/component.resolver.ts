import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { batchingLoader, requestScoped } from "../../../lib/federation/request-scoped";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { SerialsContext } from "../context";
import { Serial } from "../serial/serial.entity";
import { SerialStatus } from "../serial/serial-status";
import { ComponentLink } from "./component-link.type";
import type { ComponentLinkRow } from "./component.repository";

type Grouped = { key: SerialKey; links: ComponentLinkRow[] };

const toLink = (row: ComponentLinkRow): ComponentLink =>
  Object.assign(new ComponentLink(), { parentKey: row.parent, componentKey: row.component, installedAt: row.installedAt, eventId: row.eventId });

/** Per request: where parts are, and what units hold, one query per tick for all units asked. */
const loaders = requestScoped((context: SerialsContext) => {
  const tenant = context.identity.tenant;
  return {
    installedIn: batchingLoader<SerialKey, ComponentLinkRow>(
      (parts) => context.components.installedIn(tenant, parts),
      (item) => keyString("component" in item ? item.component : item),
    ),
    components: batchingLoader<SerialKey, Grouped>(
      async (units) => {
        const byUnit = new Map<string, ComponentLinkRow[]>();
        for (const link of await context.components.componentsOf(tenant, units)) {
          byUnit.set(keyString(link.parent), [...(byUnit.get(keyString(link.parent)) ?? []), link]);
        }
        return units.map((key) => ({ key, links: byUnit.get(keyString(key)) ?? [] }));
      },
      (item) => keyString("links" in item ? item.key : item),
    ),
  };
});

const loadersOf = (context: SerialsContext) => loaders(context.loaders, context);

/** The unit of a key; a part the hub never saw still answers with its key, as UNCOMMISSIONED. */
async function unitOf(key: SerialKey, context: SerialsContext): Promise<Serial> {
  return (await context.loaders.serial.load(key)) ?? Object.assign(new Serial(), { ...key, status: SerialStatus.UNCOMMISSIONED });
}

@Resolver(() => Serial)
export class SerialComponentsResolver {
  @FieldResolver(() => [ComponentLink], { description: "Serialised parts installed in this unit now (repairs swap them)." })
  async components(@Root() serial: Serial, @Ctx() context: SerialsContext): Promise<ComponentLink[]> {
    const grouped = await loadersOf(context).components.load({ gtin: serial.gtin, serial: serial.serial });
    return (grouped?.links ?? []).map(toLink);
  }

  @FieldResolver(() => ComponentLink, { nullable: true, description: "The unit this part is installed in now; null when it is in none." })
  async installedIn(@Root() serial: Serial, @Ctx() context: SerialsContext): Promise<ComponentLink | null> {
    const row = await loadersOf(context).installedIn.load({ gtin: serial.gtin, serial: serial.serial });
    return row ? toLink(row) : null;
  }
}

@Resolver(() => ComponentLink)
export class ComponentLinkResolver {
  @FieldResolver(() => Serial, { description: "The unit the part is in." })
  parent(@Root() link: ComponentLink, @Ctx() context: SerialsContext): Promise<Serial> {
    return unitOf(link.parentKey, context);
  }

  @FieldResolver(() => Serial, { description: "The part." })
  component(@Root() link: ComponentLink, @Ctx() context: SerialsContext): Promise<Serial> {
    return unitOf(link.componentKey, context);
  }
}
