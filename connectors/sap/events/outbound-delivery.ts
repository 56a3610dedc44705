import { parseGtin } from "../../../lib/gs1/gtin";
import type { ConnectorEvent, EventKind } from "../../core/connector";
import { MappingError } from "../../core/errors";
import { connectorEventId } from "../../core/event-id";
import { localToIso, offsetAt } from "../../core/time";
import { SOURCE } from "../idoc-delivery";
import { SAP_TIME_ZONES } from "../sap-time-zones";
import { internal, isEntity, odataDate, odataTime, results, text, type ODataEntity } from "./odata-values";
import type { SapEventsOptions } from "./options";

/** What the map of an enrichment needs besides the OData answer. */
export interface DeliveryContext {
  /** The delivery the event named: the answer must be about it. */
  delivery: string;
  /** The CloudEvent type, kept on the events. */
  eventType: string;
  /** For a delivery without ActualGoodsMovementDate: the CloudEvent time, else the receipt. */
  fallbackTime: Date;
  options: SapEventsOptions;
}

/** VBELN, KUNNR and VGBEL are 10 characters, POSNR 6, SERNR 18 (their internal forms). */
const LENGTH = { document: 10, item: 6, serial: 18 } as const;

const minutes = (offset: string): number => (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

function instantIn(instant: Date, zone: string): { eventTime: string; eventTimeZoneOffset: string } {
  const offset = offsetAt(zone, instant);
  const local = new Date(instant.getTime() + minutes(offset) * 60_000).toISOString().slice(0, 19);
  return { eventTime: `${local}${offset}`, eventTimeZoneOffset: offset };
}

/** Goods movement date and time are local to the shipping point, whose zone the header names. */
function eventTime(header: ODataEntity, context: DeliveryContext) {
  const code = text(header, "Shippinglocationtimezone");
  const zone = code ? (context.options.timeZones[code] ?? SAP_TIME_ZONES[code]) : context.options.defaultTimeZone;
  if (!zone) {
    throw new MappingError("d.Shippinglocationtimezone", `Unknown SAP time zone "${code}": map it in the connector's timeZones option.`);
  }
  const date = odataDate(header, "ActualGoodsMovementDate", "d");
  if (!date) {
    return instantIn(context.fallbackTime, zone);
  }
  return localToIso(date, odataTime(header, "ActualGoodsMovementTime", "d") ?? "00:00:00", zone);
}

function product(item: ODataEntity, path: string): ConnectorEvent["item"] {
  const ean = text(item, "InternationalArticleNumber");
  if (ean) {
    const gtin = parseGtin(ean);
    if (!gtin.ok) {
      throw new MappingError(`${path}.InternationalArticleNumber`, `"${ean}" is not a valid GTIN: ${gtin.reason}.`);
    }
    return { gtin: gtin.gtin14 };
  }
  const material = text(item, "Material");
  if (!material) {
    throw new MappingError(path, "The item has neither InternationalArticleNumber nor Material: the product cannot be identified.");
  }
  // As sap-idoc does: numeric material numbers lose their zero padding, alphanumeric ones keep it.
  return { sku: /^\d+$/.test(material) ? material.replace(/^0+(?=\d)/, "") : material };
}

/** The serials of an item: to_SerialDeliveryItem → to_MaintenanceItemObject → SerialNumber. */
function serialsOf(item: ODataEntity, options: SapEventsOptions, path: string): string[] {
  return results(item, "to_SerialDeliveryItem", path).flatMap((list, l) => {
    const listPath = `${path}.to_SerialDeliveryItem.results[${l}]`;
    return results(list, "to_MaintenanceItemObject", listPath).map((object, o) => {
      const serial = text(object, "SerialNumber");
      if (!serial) {
        throw new MappingError(`${listPath}.to_MaintenanceItemObject.results[${o}].SerialNumber`, "The serial number object has no SerialNumber.");
      }
      // OData drops the padding of numeric serials; the IDoc keeps it. Either way, events must agree.
      return options.stripSerialZeros ? serial.replace(/^0+(?=.)/, "") : internal(serial, LENGTH.serial);
    });
  });
}

/**
 * Maps the OData answer for an outbound delivery (A_OutbDeliveryHeader with items and serials
 * expanded) to one event per serial. Document, line and serial take the IDoc's internal forms,
 * so a delivery that also arrives as a DELVRY IDoc gives the same event ids.
 */
export function mapOutboundDelivery(body: unknown, context: DeliveryContext): ConnectorEvent[] {
  const header = isEntity(body) ? body.d : undefined;
  if (!isEntity(header)) {
    throw new MappingError("d", "The OData answer has no d object (expected OData V2 JSON: {d: {...}}).");
  }
  const number = text(header, "DeliveryDocument");
  if (!number) {
    throw new MappingError("d.DeliveryDocument", "The OData answer has no DeliveryDocument.");
  }
  const document = internal(number, LENGTH.document);
  if (document !== internal(context.delivery, LENGTH.document)) {
    throw new MappingError("d.DeliveryDocument", `The OData answer is about delivery ${number}, not ${context.delivery}.`);
  }
  const status = text(header, "OverallGoodsMovementStatus");
  if (status !== undefined && status !== "C") {
    // Goods issue was reversed between the event and this read: nothing has shipped now.
    return [];
  }
  const kind: EventKind = context.options.returnDeliveryTypes.includes(text(header, "DeliveryDocumentType") ?? "") ? "returned" : "shipping";
  const time = eventTime(header, context);
  const shipTo = text(header, "ShipToParty");
  const billOfLading = text(header, "BillOfLading");
  const events: ConnectorEvent[] = [];
  results(header, "to_DeliveryDocumentItem", "d").forEach((item, i) => {
    const path = `d.to_DeliveryDocumentItem.results[${i}]`;
    const serials = serialsOf(item, context.options, path);
    if (serials.length === 0) {
      // A non-serialised material (packaging, accessories) is skipped, as sap-idoc skips it;
      // an item SAP counts serials for but whose serials did not come back is an error.
      if (Number(item.NumberOfSerialNumbers ?? 0) > 0) {
        throw new MappingError(`${path}.to_SerialDeliveryItem`, `SAP counts ${String(item.NumberOfSerialNumbers)} serial numbers for the item, but the answer has none.`);
      }
      return;
    }
    const itemNumber = text(item, "DeliveryDocumentItem");
    if (!itemNumber) {
      throw new MappingError(`${path}.DeliveryDocumentItem`, "The item has no DeliveryDocumentItem.");
    }
    const line = internal(itemNumber, LENGTH.item);
    const plant = text(item, "Plant");
    const storageLocation = text(item, "StorageLocation");
    const reference = text(item, "ReferenceSDDocument");
    const common = {
      source: SOURCE,
      document,
      line,
      ...time,
      item: product(item, path),
      lot: text(item, "Batch") ?? null,
      expiry: odataDate(item, "ShelfLifeExpirationDate", path),
      readPoint: plant ? `urn:serialhub:sap:plant:${encodeURIComponent(plant)}${storageLocation ? `:${encodeURIComponent(storageLocation)}` : ""}` : null,
      bizTransactions: [
        { type: "desadv", id: document },
        ...(billOfLading ? [{ type: "bol", id: billOfLading }] : []),
      ],
      extensions: {
        "serialhub:messageType": context.eventType,
        // The preceding document: a sales order, or a purchase order for stock transfers; CBV "po" would be wrong for the first.
        ...(reference ? { "serialhub:referenceDocument": internal(reference, LENGTH.document) } : {}),
        ...(shipTo ? { "serialhub:shipTo": { partner: internal(shipTo, LENGTH.document), name: null, country: null } } : {}),
      },
    };
    for (const serial of serials) {
      events.push({ ...common, kind, serial, eventId: connectorEventId(SOURCE, document, line, serial, kind) });
    }
  });
  if (events.length === 0) {
    throw new MappingError("d.to_DeliveryDocumentItem", "No item of the delivery carries serial numbers (to_SerialDeliveryItem/to_MaintenanceItemObject).");
  }
  return events;
}
