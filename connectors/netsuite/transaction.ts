import type { ConnectorEvent, EventKind, ParseResult } from "../core/connector";
import { connectorEventId } from "../core/event-id";
import type { Envelope, MappedRecordType } from "./envelope";
import { eventTimeOf } from "./event-time";
import { serialsOf, type Direction } from "./inventory-detail";
import type { NetsuiteOptions } from "./options";
import { bizTransactionsOf, documentOf, headerExtensions, SOURCE } from "./record-header";
import { flag, ref, sublist, text, type JsonObject } from "./record-json";
import { createdFromOf, itemOf, locationUrn, type CreatedFrom } from "./references";

type LineRecordType = Exclude<MappedRecordType, "assemblyBuild">;

/** Kinds after which the unit stays at the location, so it is also the bizLocation. */
const STAYS: readonly EventKind[] = ["receiving", "returned", "commissioning"];

/** A fulfilment is only shipped at status C; picked (A) and packed (B) fulfilments are mapped when they ship. */
function kindOf(type: LineRecordType, record: JsonObject, createdFrom: CreatedFrom | undefined): EventKind | { reason: string } {
  switch (type) {
    case "itemFulfillment": {
      const status = ref(record.shipStatus);
      const shipped = !status || status.id === "C" || /^shipped$/i.test(status.refName ?? "");
      return shipped ? "shipping" : { reason: `Item fulfilment not shipped yet (shipStatus ${status.refName ?? status.id}): it is mapped when its status becomes Shipped.` };
    }
    case "itemReceipt":
      return createdFrom?.record === "returnAuthorization" ? "returned" : "receiving";
    case "cashSale":
    case "invoice":
      return "retail_selling";
  }
}

const DIRECTION: Record<EventKind, Direction> = {
  shipping: "issue",
  retail_selling: "issue",
  decommissioning: "issue",
  packing: "issue",
  receiving: "receipt",
  returned: "receipt",
  commissioning: "receipt",
};

/** Maps a transaction with an item sublist: one event per serial of every serialised line. */
export function mapTransaction(envelope: Envelope, type: LineRecordType, options: NetsuiteOptions): ParseResult {
  const { record } = envelope;
  const createdFrom = createdFromOf(record);
  const kind = kindOf(type, record, createdFrom);
  if (typeof kind !== "string") {
    return { kind: "not-supported", reason: kind.reason };
  }
  const document = documentOf(record);
  const time = eventTimeOf(record, type === "itemFulfillment" ? ["shippedDate", "tranDate"] : ["tranDate"], options.timeZone);
  const bizTransactions = bizTransactionsOf(kind, document, record, createdFrom);
  const extensions = headerExtensions(envelope, createdFrom);
  const events: ConnectorEvent[] = [];
  sublist(record.item, "record.item").forEach((line, i) => {
    const path = `record.item.items[${i}]`;
    // Fulfilments and receipts list every order line; itemReceive false marks the ones not in this one.
    if (flag(line.itemReceive) === false) {
      return;
    }
    const units = serialsOf(line, "inventoryDetail", DIRECTION[kind], path);
    if (!units || units.length === 0) {
      return;
    }
    const lineNumber = text(line.line) ?? String(i + 1);
    const item = itemOf(line, options, path);
    const location = locationUrn(line.location ?? record.location);
    for (const unit of units) {
      events.push({
        eventId: connectorEventId(SOURCE, document, lineNumber, unit.serial, kind),
        source: SOURCE,
        document,
        line: lineNumber,
        kind,
        ...time,
        item,
        serial: unit.serial,
        lot: unit.lot,
        expiry: unit.expiry,
        readPoint: location,
        bizLocation: STAYS.includes(kind) ? location : null,
        bizTransactions,
        extensions,
      });
    }
  });
  if (events.length === 0) {
    return { kind: "not-supported", reason: `${type} ${document} has no line with serial numbers in its inventory detail.` };
  }
  return { kind: "events", events };
}
