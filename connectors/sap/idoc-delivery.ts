import { parseCode } from "../../lib/gs1/code";
import { parseGtin } from "../../lib/gs1/gtin";
import { gs1CheckDigit } from "../../lib/gs1/gtin";
import type { ConnectorEvent, EventKind } from "../core/connector";
import { CANONICAL_STEM } from "../../lib/gs1/digital-link";
import { MappingError } from "../core/errors";
import { connectorEventId } from "../core/event-id";
import { localToIso } from "../core/time";
import { field, segments, type Segment } from "./idoc-document";
import { SAP_TIME_ZONES } from "./sap-time-zones";

export interface IdocOptions {
  /** Strip the zero padding of SERNR (SAP pads to 18). @default true */
  stripSerialZeros: boolean;
  /** Delivery types (E1EDL20/LFART) that are customer returns. @default ["LR"] */
  returnDeliveryTypes: string[];
  /** IANA zone for times without TZONE_BEG. @default "UTC" */
  defaultTimeZone: string;
  /** Extra SAP time zone codes → IANA zones. */
  timeZones: Record<string, string>;
}

export const SOURCE = "sap";

const yyyymmdd = (value: string | undefined): string | null =>
  value && /^\d{8}$/.test(value) && value !== "00000000" ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}` : null;

const hhmmss = (value: string | undefined): string => (value && /^\d{6}$/.test(value) ? `${value.slice(0, 2)}:${value.slice(2, 4)}:${value.slice(4, 6)}` : "00:00:00");

/** Goods issue time (E1EDT13 QUALF 006): actual, else planned; else the IDoc's creation. */
function eventTime(idoc: Segment, delivery: Segment, options: IdocOptions, path: string) {
  const dates = segments(delivery, "E1EDT13");
  // Only QUALF 006 is goods issue; another date (007 transport planning, …) is not when the units left.
  const goodsIssue = dates.find((segment) => field(segment, "QUALF") === "006");
  const control = segments(idoc, "EDI_DC40")[0];
  const date = yyyymmdd(field(goodsIssue, "ISDD")) ?? yyyymmdd(field(goodsIssue, "NTANF")) ?? yyyymmdd(field(control, "CREDAT"));
  const time = field(goodsIssue, "ISDD") ? hhmmss(field(goodsIssue, "ISDZ")) : field(goodsIssue, "NTANF") ? hhmmss(field(goodsIssue, "NTANZ")) : hhmmss(field(control, "CRETIM"));
  if (!date) {
    throw new MappingError(`${path}.E1EDT13`, "No goods-issue date (E1EDT13 ISDD/NTANF) and no EDI_DC40/CREDAT.");
  }
  const code = field(goodsIssue, "TZONE_BEG");
  const zone = code ? (options.timeZones[code] ?? SAP_TIME_ZONES[code]) : options.defaultTimeZone;
  if (!zone) {
    throw new MappingError(`${path}.E1EDT13.TZONE_BEG`, `Unknown SAP time zone "${code}": map it in the connector's timeZones option.`);
  }
  return localToIso(date, time, zone);
}

/** EXIDV holds an SSCC, with or without its AI (00). */
function ssccOf(exidv: string | undefined): string | null {
  const digits = exidv && /^\d+$/.test(exidv) ? (exidv.length === 20 && exidv.startsWith("00") ? exidv.slice(2) : exidv) : null;
  return digits && digits.length === 18 && gs1CheckDigit(digits.slice(0, 17)) === Number(digits[17]) ? digits : null;
}

function item(position: Segment, path: string): ConnectorEvent["item"] {
  const ean = field(position, "EAN11");
  if (ean) {
    const gtin = parseGtin(ean);
    if (!gtin.ok) {
      throw new MappingError(`${path}.EAN11`, `"${ean}" is not a valid GTIN: ${gtin.reason}.`);
    }
    return { gtin: gtin.gtin14 };
  }
  const material = field(position, "MATNR") ?? field(position, "MATNR_EXTERNAL");
  if (!material) {
    throw new MappingError(path, "The item has neither EAN11 nor MATNR: the product cannot be identified.");
  }
  // Numeric material numbers are zero-padded to 18 or 40; alphanumeric ones are not.
  return { sku: /^\d+$/.test(material) ? material.replace(/^0+(?=\d)/, "") : material };
}

/** A serial from E1EDL11: SERNR, or a GS1 code in UII when SERNR is empty. */
function serialOf(row: Segment, options: IdocOptions, path: string): string {
  const sernr = field(row, "SERNR");
  if (sernr) {
    return options.stripSerialZeros ? sernr.replace(/^0+(?=.)/, "") : sernr;
  }
  const uii = field(row, "UII");
  if (uii) {
    const serial = parseCode(uii).elements.find((element) => element.ai === "21")?.value;
    if (serial) {
      return serial;
    }
  }
  throw new MappingError(path, "E1EDL11 has neither SERNR nor a GS1 UII with a serial (21).");
}

/** Maps one DELVRY IDoc: one event per serial of every item, plus packing into the SSCCs that carry each item. */
export function mapDelivery(idoc: Segment, options: IdocOptions, basePath: string): ConnectorEvent[] {
  const control = segments(idoc, "EDI_DC40")[0];
  const messageType = field(control, "MESTYP") ?? "DESADV";
  const events: ConnectorEvent[] = [];
  segments(idoc, "E1EDL20").forEach((delivery, d) => {
    const path = `${basePath}.E1EDL20[${d}]`;
    const vbeln = field(delivery, "VBELN");
    if (!vbeln) {
      throw new MappingError(`${path}.VBELN`, "The delivery has no number (VBELN).");
    }
    const kind: EventKind = options.returnDeliveryTypes.includes(field(delivery, "LFART") ?? "") ? "returned" : "shipping";
    const time = eventTime(idoc, delivery, options, path);
    const shipTo = segments(delivery, "E1ADRM1").find((partner) => field(partner, "PARTNER_Q") === "WE");
    const handlingUnits = segments(delivery, "E1EDL37").flatMap((unit) => {
      const sscc = ssccOf(field(unit, "EXIDV"));
      return sscc ? segments(unit, "E1EDL44").map((content) => ({ sscc, posnr: field(content, "POSNR") })) : [];
    });
    const items = segments(delivery, "E1EDL24");
    const serialCount = items.reduce((sum, position) => sum + segments(position, "E1EDL11").length, 0);
    if (serialCount === 0) {
      const hint = items.some((position) => field(position, "SERNR")) ? " (E1EDL24/SERNR is a BOM explosion number, not a serial)" : "";
      throw new MappingError(`${path}.E1EDL24`, `No item carries serial numbers in E1EDL11${hint}.`);
    }
    items.forEach((position, i) => {
      const itemPath = `${path}.E1EDL24[${i}]`;
      const rows = segments(position, "E1EDL11");
      if (rows.length === 0) {
        return;
      }
      const posnr = field(position, "POSNR") ?? String(i + 1);
      const plant = field(position, "WERKS");
      const common = {
        source: SOURCE,
        document: vbeln,
        line: posnr,
        ...time,
        item: item(position, itemPath),
        lot: field(position, "CHARG") ?? null,
        expiry: yyyymmdd(field(position, "VFDAT")),
        readPoint: plant ? `urn:serialhub:sap:plant:${encodeURIComponent(plant)}${field(position, "LGORT") ? `:${encodeURIComponent(field(position, "LGORT") as string)}` : ""}` : null,
        bizTransactions: [
          { type: "desadv", id: vbeln },
          ...(field(delivery, "BOLNR") ? [{ type: "bol", id: field(delivery, "BOLNR") as string }] : []),
        ],
        extensions: {
          "serialhub:messageType": messageType,
          // The preceding document: a sales order, or a purchase order for stock transfers; CBV "po" would be wrong for the first.
          ...(field(position, "VGBEL") ? { "serialhub:referenceDocument": field(position, "VGBEL") } : {}),
          ...(shipTo
            ? { "serialhub:shipTo": { partner: field(shipTo, "PARTNER_ID") ?? null, name: field(shipTo, "NAME1") ?? null, country: field(shipTo, "COUNTRY1") ?? null } }
            : {}),
        },
      };
      const unit = handlingUnits.find((hu) => hu.posnr === posnr);
      rows.forEach((row, s) => {
        const serial = serialOf(row, options, `${itemPath}.E1EDL11[${s}]`);
        // A return arrives unpacked as far as the hub knows; the container is part of the packing event's id, so a repack into another one is a new fact.
        if (unit && kind !== "returned") {
          const parent = `${CANONICAL_STEM}/00/${unit.sscc}`;
          events.push({ ...common, kind: "packing", serial, parent, eventId: connectorEventId(SOURCE, vbeln, `${posnr}@${unit.sscc}`, serial, "packing") });
        }
        events.push({ ...common, kind, serial, eventId: connectorEventId(SOURCE, vbeln, posnr, serial, kind) });
      });
    });
  });
  return events;
}
