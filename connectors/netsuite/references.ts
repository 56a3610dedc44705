import { parseGtin } from "../../lib/gs1/gtin";
import type { ConnectorEvent } from "../core/connector";
import { MappingError } from "../core/errors";
import type { NetsuiteOptions } from "./options";
import { isObject, ref, text, type JsonObject, type Ref } from "./record-json";

/** The product of a line (or of an assembly build): a GTIN when the UPC field holds one, else the item code. */
export function itemOf(holder: JsonObject, options: NetsuiteOptions, path: string): ConnectorEvent["item"] {
  // NetSuite's UPC field is free text that often holds internal codes: only a valid GTIN wins over the item.
  const upc = text(holder.itemUpc) ?? text(holder.upcCode);
  const gtin = upc ? parseGtin(upc) : undefined;
  if (gtin?.ok) {
    return { gtin: gtin.gtin14 };
  }
  const item = ref(holder.item);
  const sku = options.itemKey === "id" ? item?.id : (item?.refName ?? text(holder.itemName));
  if (!sku) {
    throw new MappingError(`${path}.item`, `The line names no item (${options.itemKey}) and carries no valid GTIN: the product cannot be identified.`);
  }
  return { sku };
}

/** A NetSuite location as a hub location URI; the internal id because names get edited. */
export function locationUrn(value: unknown): string | null {
  const id = ref(value)?.id;
  return id ? `urn:serialhub:netsuite:location:${encodeURIComponent(id)}` : null;
}

export type SourceRecord = "returnAuthorization" | "purchaseOrder" | "salesOrder" | "transferOrder" | "workOrder";

/** REST names, SuiteScript's lower-case names and the transaction type codes of searches. */
const TYPE_NAMES: Record<string, SourceRecord> = {
  returnauthorization: "returnAuthorization",
  rtnauth: "returnAuthorization",
  purchaseorder: "purchaseOrder",
  purchord: "purchaseOrder",
  salesorder: "salesOrder",
  salesord: "salesOrder",
  transferorder: "transferOrder",
  trnfrord: "transferOrder",
  workorder: "workOrder",
  workord: "workOrder",
};

/** English UI labels, which is what refName holds unless the account runs in another language. */
const LABELS: [RegExp, SourceRecord][] = [
  [/^return authori[sz]ation\b/i, "returnAuthorization"],
  [/^purchase order\b/i, "purchaseOrder"],
  [/^sales order\b/i, "salesOrder"],
  [/^transfer order\b/i, "transferOrder"],
  [/^work order\b/i, "workOrder"],
];

export interface CreatedFrom {
  id: string | null;
  refName: string | null;
  /** What createdFrom points at, when it can be told; undefined otherwise. */
  record?: SourceRecord;
  /** The document number people use: the part of refName after "#", else the internal id. */
  number: string;
}

function recordOf(source: Ref): SourceRecord | undefined {
  const named = source.type ? TYPE_NAMES[source.type.toLowerCase().replace(/\s+/g, "")] : undefined;
  if (named) {
    return named;
  }
  const links = Array.isArray(source.links) ? source.links : [];
  for (const link of links) {
    const href = isObject(link) ? text(link.href) : undefined;
    const type = href ? /\/record\/v1\/([A-Za-z]+)\//.exec(href)?.[1] : undefined;
    if (type && TYPE_NAMES[type.toLowerCase()]) {
      return TYPE_NAMES[type.toLowerCase()];
    }
  }
  return LABELS.find(([label]) => label.test(source.refName ?? ""))?.[1];
}

/** The transaction a record was created from (sales order, purchase order, RMA, work order …). */
export function createdFromOf(record: JsonObject): CreatedFrom | undefined {
  const source = ref(record.createdFrom);
  if (!source) {
    return undefined;
  }
  const hash = source.refName?.lastIndexOf("#") ?? -1;
  const number = hash >= 0 ? (source.refName as string).slice(hash + 1).trim() : undefined;
  return {
    id: source.id ?? null,
    refName: source.refName ?? null,
    record: recordOf(source),
    number: number || source.id || (source.refName as string),
  };
}
