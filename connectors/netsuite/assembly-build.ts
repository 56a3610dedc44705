import type { ConnectorEvent, ParseResult } from "../core/connector";
import { connectorEventId } from "../core/event-id";
import type { Envelope } from "./envelope";
import { eventTimeOf } from "./event-time";
import { serialsOf } from "./inventory-detail";
import type { NetsuiteOptions } from "./options";
import { bizTransactionsOf, documentOf, headerExtensions, SOURCE } from "./record-header";
import { sublist } from "./record-json";
import { createdFromOf, itemOf, locationUrn } from "./references";

/** A consumed component unit, as recorded on the built unit's event. */
type Component = ConnectorEvent["item"] & { serial: string; lot?: string };

/** REST's name for the component inventory detail is unconfirmed (connectors.md §6), so both are read. */
const COMPONENT_DETAIL = ["componentInventoryDetail", "inventoryDetail"];

/**
 * An assembly build commissions the built serial(s) (the header's inventory detail) and
 * consumes serialised components. NetSuite does not say which component went into which
 * unit of a multi-unit build, so each built unit lists every component serial of the build.
 */
export function mapAssemblyBuild(envelope: Envelope, options: NetsuiteOptions): ParseResult {
  const { record } = envelope;
  const document = documentOf(record);
  const built = serialsOf(record, "inventoryDetail", "receipt", "record");
  if (!built || built.length === 0) {
    return { kind: "not-supported", reason: `assemblyBuild ${document} builds an item that is not serialised (no serials in record.inventoryDetail).` };
  }
  const components: Component[] = sublist(record.component, "record.component").flatMap((line, i) => {
    const path = `record.component.items[${i}]`;
    const field = COMPONENT_DETAIL.find((name) => line[name] !== undefined && line[name] !== null) ?? COMPONENT_DETAIL[0];
    const units = serialsOf(line, field, "issue", path) ?? [];
    const item = units.length > 0 ? itemOf(line, options, path) : {};
    return units.map((unit) => ({ ...item, serial: unit.serial, ...(unit.lot ? { lot: unit.lot } : {}) }));
  });
  const createdFrom = createdFromOf(record);
  const time = eventTimeOf(record, ["tranDate"], options.timeZone);
  const item = itemOf(record, options, "record");
  const location = locationUrn(record.location);
  const bizTransactions = bizTransactionsOf("commissioning", document, record, createdFrom);
  const extensions = { ...headerExtensions(envelope, createdFrom), "serialhub:components": components };
  return {
    kind: "events",
    events: built.map(
      (unit): ConnectorEvent => ({
        eventId: connectorEventId(SOURCE, document, null, unit.serial, "commissioning"),
        source: SOURCE,
        document,
        line: null,
        kind: "commissioning",
        ...time,
        item,
        serial: unit.serial,
        lot: unit.lot,
        expiry: unit.expiry,
        readPoint: location,
        bizLocation: location,
        ...(bizTransactions.length > 0 ? { bizTransactions } : {}),
        extensions,
      }),
    ),
  };
}
