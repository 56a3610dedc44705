import type { AiElement } from "./ai-value";
import { gs1DateToIso } from "./dates";
import { CANONICAL_STEM, toDigitalLink } from "./digital-link";
import { toAiData, toBracketed } from "./element-string";
import { toEpcUrn } from "./epc-urn";

/** Every rendering of one code, as `lookup` answers it. */
export interface CodeRenderings {
  gtin: string | null;
  serial: string | null;
  lot: string | null;
  /** AI 17 as an ISO date; day 00 becomes the month's last day. */
  expiry: string | null;
  digitalLink: string | null;
  /** Bracketed, with "(" in values escaped so it parses back the same. */
  elementString: string;
  /** Human-readable interpretation as printed under a barcode. */
  hri: string;
  /** What a GS1 DataMatrix encodes: FNC1 first, GS between variable-length elements. */
  barcodeData: string;
  /** Needs the company prefix length (a product attribute). */
  epc: string | null;
  warnings: string[];
}

export function describeElements(elements: readonly AiElement[], companyPrefixLength?: number | null, stem = CANONICAL_STEM): CodeRenderings {
  const value = (ai: string) => elements.find((element) => element.ai === ai)?.value ?? null;
  const expiry = value("17");
  const link = toDigitalLink(elements, stem);
  const warnings = link?.leftOut.length ? [`AIs ${link.leftOut.join(", ")} have no place in a Digital Link and were left out of it.`] : [];
  return {
    gtin: value("01"),
    serial: value("21"),
    lot: value("10"),
    expiry: expiry ? gs1DateToIso(expiry) : null,
    digitalLink: link?.uri ?? null,
    elementString: toBracketed(elements),
    hri: toBracketed(elements, false),
    barcodeData: toAiData(elements),
    epc: companyPrefixLength ? (toEpcUrn(elements, companyPrefixLength) ?? null) : null,
    warnings,
  };
}
