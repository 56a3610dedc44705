import type { NormalizedEvent, SerialRef } from "../../../lib/epcis/normalise";
import { parseEpc } from "../../../lib/gs1/epc";
import { keyString } from "../../../lib/serial-key";
import type { CarriedUnit } from "../container/container.repository";

/** Containers an event moves: non-unit EPCs it observes, and a transaction's parent. */
export function containersOf(event: NormalizedEvent): string[] {
  if (event.type === "AggregationEvent" || event.type === "TransformationEvent") {
    return [];
  }
  const named = [...((event.body.epcList as string[] | undefined) ?? []), ...(event.type === "TransactionEvent" && event.parentId ? [event.parentId] : [])];
  return named.filter((epc) => parseEpc(epc).kind === "other");
}

/**
 * Adds the units packed in the containers each event names, as "carried": shipping a pallet
 * moves every unit in it, for state and for the location and travel rules.
 */
export async function withCarriedUnits(
  events: readonly NormalizedEvent[],
  unitsInside: (containers: string[]) => Promise<CarriedUnit[]>,
): Promise<NormalizedEvent[]> {
  const containers = [...new Set(events.flatMap(containersOf))];
  if (containers.length === 0) {
    return [...events];
  }
  const byContainer = new Map<string, CarriedUnit[]>();
  for (const unit of await unitsInside(containers)) {
    byContainer.set(unit.container, [...(byContainer.get(unit.container) ?? []), unit]);
  }
  return events.map((event) => {
    const named = new Set(event.serials.map(keyString));
    const carried: SerialRef[] = [];
    for (const container of containersOf(event)) {
      for (const unit of byContainer.get(container) ?? []) {
        if (!named.has(keyString(unit))) {
          named.add(keyString(unit));
          carried.push({ gtin: unit.gtin, serial: unit.serial, role: "carried" });
        }
      }
    }
    return carried.length === 0 ? event : { ...event, serials: [...event.serials, ...carried] };
  });
}
