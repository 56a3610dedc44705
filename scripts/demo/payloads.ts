import { randomUUID } from "node:crypto";
import { EPCIS_CONTEXT } from "../../lib/epcis/validate";

/**
 * Deliveries as the source systems send them (shapes of connectors/<name>/fixtures), built
 * for the demo's units and times.
 */

const sapDate = (at: Date) => at.toISOString().slice(0, 10).replace(/-/g, "");
const sapTime = (at: Date) => at.toISOString().slice(11, 19).replace(/:/g, "");

/** An SAP DELVRY07 IDoc (DESADV): goods issue of serialised units, one E1EDL24 line. */
export function sapDesadv(options: { docnum: string; vbeln: string; gtin: string; material: string; serials: string[]; at: Date }): string {
  const serials = options.serials.map((serial) => `<E1EDL11 SEGMENT="1"><SERNR>${serial}</SERNR></E1EDL11>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<DELVRY07><IDOC BEGIN="1">
<EDI_DC40 SEGMENT="1"><TABNAM>EDI_DC40</TABNAM><MANDT>100</MANDT><DOCNUM>${options.docnum}</DOCNUM><IDOCTYP>DELVRY07</IDOCTYP><MESTYP>DESADV</MESTYP><SNDPRN>PRDCLNT100</SNDPRN><CREDAT>${sapDate(options.at)}</CREDAT><CRETIM>${sapTime(options.at)}</CRETIM></EDI_DC40>
<E1EDL20 SEGMENT="1"><VBELN>${options.vbeln}</VBELN><LFART>LF</LFART>
<E1EDT13 SEGMENT="1"><QUALF>006</QUALF><ISDD>${sapDate(options.at)}</ISDD><ISDZ>${sapTime(options.at)}</ISDZ><TZONE_BEG>UTC</TZONE_BEG></E1EDT13>
<E1EDL24 SEGMENT="1"><POSNR>000010</POSNR><MATNR>${options.material}</MATNR><EAN11>${options.gtin}</EAN11><WERKS>1010</WERKS><LGORT>0001</LGORT><LFIMG>${options.serials.length}.000</LFIMG><VRKME>ST</VRKME>${serials}</E1EDL24>
</E1EDL20></IDOC></DELVRY07>`;
}

/** A NetSuite item fulfilment posted by a SuiteScript (SuiteTalk REST record in an envelope). */
export function netsuiteFulfillment(options: { recordId: string; gtin: string; item: string; serials: string[]; at: Date; location: string; customer: string }): { id: string; body: string } {
  const id = randomUUID();
  const date = options.at.toISOString().slice(0, 10);
  const body = {
    eventId: id,
    eventType: "itemFulfillment.edit",
    account: "1234567",
    occurredAt: options.at.toISOString(),
    recordType: "itemFulfillment",
    recordId: options.recordId,
    record: {
      id: options.recordId,
      tranId: `IF-${options.recordId}`,
      tranDate: date,
      shippedDate: date,
      lastModifiedDate: options.at.toISOString(),
      shipStatus: { id: "C", refName: "Shipped" },
      entity: { id: "812", refName: options.customer },
      location: { id: "3", refName: options.location },
      item: {
        items: [
          {
            line: 1,
            item: { id: "301", refName: options.item },
            itemName: options.item,
            itemUpc: options.gtin,
            itemReceive: true,
            isSerial: true,
            location: { id: "3", refName: options.location },
            quantity: options.serials.length,
            units: "Each",
            serialNumbers: options.serials.join("\n"),
          },
        ],
      },
    },
  };
  return { id, body: JSON.stringify(body) };
}

/** A ShipHero "Shipment Update" webhook: the warehouse shipped an order (no event time: the hub uses receipt time). */
export function shipheroShipment(options: { shipmentId: number; order: string; sku: string; serials: string[]; country: string; city: string }): string {
  return JSON.stringify({
    test: "0",
    webhook_type: "Shipment Update",
    fulfillment: {
      shipment_id: options.shipmentId,
      warehouse: "Reno",
      warehouse_id: 81022,
      webhook_type: "Shipment Update",
      order_number: options.order,
      partner_order_id: `shop-${options.order}`,
      tracking_number: `1Z999AA1${String(options.shipmentId).padStart(10, "0")}`,
      shipping_carrier: "ups",
      shipping_method: "ground",
      shipping_address: { name: "Customer", address1: "1 Main St", city: options.city, state: "", country: options.country, zip: "00000" },
      line_items: [{ id: `${options.order}-1`, sku: options.sku, quantity: options.serials.length, serial_numbers: options.serials, package: "Package #1" }],
    },
  });
}

/** An EPCIS 2.0 document as a partner's repository posts it. */
export function epcisDocument(events: Record<string, unknown>[]): string {
  return JSON.stringify({
    "@context": [EPCIS_CONTEXT],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: new Date().toISOString(),
    epcisBody: { eventList: events },
  });
}

export function epcisEvent(fields: { bizStep: string; disposition?: string; epcs?: string[]; at: Date; place?: string; action?: string; [more: string]: unknown }): Record<string, unknown> {
  const { bizStep, disposition, epcs, at, place, action, ...more } = fields;
  return {
    type: "ObjectEvent",
    action: action ?? "OBSERVE",
    bizStep,
    ...(disposition ? { disposition } : {}),
    eventTime: at.toISOString(),
    eventTimeZoneOffset: "+00:00",
    ...(epcs ? { epcList: epcs } : {}),
    ...(place ? { bizLocation: { id: place }, readPoint: { id: place } } : {}),
    ...more,
  };
}
