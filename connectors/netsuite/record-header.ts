import type { EventKind } from "../core/connector";
import { MappingError } from "../core/errors";
import type { Envelope } from "./envelope";
import { isObject, ref, text, type JsonObject } from "./record-json";
import type { CreatedFrom, SourceRecord } from "./references";

// What every event of one record shares: source, document, business transactions, header extensions.

export const SOURCE = "netsuite";

/** The CBV bizTransaction type of each record's own document. */
const OWN_DOCUMENT: Record<EventKind, string | undefined> = {
  shipping: "desadv",
  receiving: "recadv",
  returned: "recadv",
  retail_selling: "inv",
  commissioning: undefined,
  decommissioning: undefined,
  packing: undefined,
};

/** CBV types of the documents a record is created from; sales and transfer orders have none (see serialhub:createdFrom). */
const SOURCE_DOCUMENT: Partial<Record<SourceRecord, string>> = { purchaseOrder: "po", returnAuthorization: "rma", workOrder: "prodorder" };

/** The document people quote (tranId); the internal id for records without one. */
export function documentOf(record: JsonObject): string {
  const document = text(record.tranId) ?? text(record.id);
  if (!document) {
    throw new MappingError("record.tranId", "The record has neither tranId nor id: the document cannot be named.");
  }
  return document;
}

export function bizTransactionsOf(kind: EventKind, document: string, record: JsonObject, createdFrom: CreatedFrom | undefined): { type: string; id: string }[] {
  const own = OWN_DOCUMENT[kind];
  const source = createdFrom?.record ? SOURCE_DOCUMENT[createdFrom.record] : undefined;
  // otherRefNum is the customer's PO number on sales-side records.
  const customerPo = text(record.otherRefNum);
  return [
    ...(own ? [{ type: own, id: document }] : []),
    ...(source && createdFrom ? [{ type: source, id: createdFrom.number }] : []),
    ...(customerPo && source !== "po" ? [{ type: "po", id: customerPo }] : []),
  ];
}

/** What every event of the record carries about it: its type, origin and counterparty. */
export function headerExtensions(envelope: Envelope, createdFrom: CreatedFrom | undefined): Record<string, unknown> {
  const entity = ref(envelope.record.entity);
  const address = envelope.record.shippingAddress;
  const country = isObject(address) ? (ref(address.country)?.id ?? null) : null;
  return {
    "serialhub:recordType": envelope.mapped,
    ...(createdFrom ? { "serialhub:createdFrom": { id: createdFrom.id, refName: createdFrom.refName } } : {}),
    ...(entity ? { "serialhub:entity": { id: entity.id ?? null, refName: entity.refName ?? null } } : {}),
    ...(isObject(address) ? { "serialhub:shipTo": { name: text(address.addressee) ?? entity?.refName ?? null, city: text(address.city) ?? null, country } } : {}),
  };
}
