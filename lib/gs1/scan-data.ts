import type { AiElement } from "./ai-value";
import { badCode } from "./bad-code";
import { looksLikeDigitalLink, parseDigitalLink } from "./digital-link";
import { parseAiData } from "./element-string";
import { gs1CheckDigit } from "./gtin";

export interface ParsedScan {
  elements: AiElement[];
  /** What the symbology identifier says the carrier was. */
  carrier: string;
  warnings: string[];
}

/** AIM symbology identifiers whose data is GS1 AI data with GS separators. */
const GS1_CARRIERS: Record<string, string> = {
  "]d2": "GS1 DataMatrix",
  "]Q3": "GS1 QR Code",
  "]J1": "GS1 DotCode",
  "]e0": "GS1 DataBar",
  "]C1": "GS1-128",
};

/** Plain carriers, which hold a GS1 Digital Link URI when they hold GS1 data at all. */
const PLAIN_CARRIERS: Record<string, string> = { "]d1": "DataMatrix", "]Q1": "QR Code", "]J0": "DotCode" };

/** EAN/UPC: the primary message is a GTIN. */
const EAN: Record<string, { name: string; length: number }> = { "]E0": { name: "EAN-13", length: 13 }, "]E4": { name: "EAN-8", length: 8 } };

function ean(symbology: string, data: string): AiElement[] {
  const { name, length } = EAN[symbology];
  if (data.length < length) {
    throw badCode(`${name} scan data is too short.`, { position: 3 + data.length });
  }
  if (data.length > length) {
    throw badCode(`${name} scan data is too long.`, { position: 3 + length });
  }
  if (!/^\d+$/.test(data)) {
    throw badCode(`${name} scan data may only contain digits.`, { position: 3 + data.search(/\D/) });
  }
  if (gs1CheckDigit(data.slice(0, -1)) !== Number(data.at(-1))) {
    throw badCode(`${name} check digit is incorrect.`, { ai: "01", position: 3 + length - 1 });
  }
  return [{ ai: "01", value: data.padStart(14, "0") }];
}

/** Scanner output that starts with an AIM symbology identifier (`]d2…`, `]Q1https://…`, `]E0…`). */
export function parseScanData(input: string): ParsedScan {
  if (!/^\][A-Za-z]/.test(input)) {
    throw badCode("Scan data starts with a symbology identifier such as ]d2.", { position: 0 });
  }
  const symbology = input.slice(0, 3);
  const data = input.slice(3);
  if (data.includes("^")) {
    throw badCode(`Scan data contains an illegal "^" at position ${input.indexOf("^")}.`, { position: input.indexOf("^") });
  }
  if (GS1_CARRIERS[symbology]) {
    return { ...parseAiData(data, undefined, 3), carrier: GS1_CARRIERS[symbology] };
  }
  if (EAN[symbology]) {
    return { elements: ean(symbology, data), carrier: EAN[symbology].name, warnings: [] };
  }
  if (PLAIN_CARRIERS[symbology]) {
    if (!looksLikeDigitalLink(data)) {
      throw badCode(`${PLAIN_CARRIERS[symbology]} data that is not a GS1 Digital Link is not GS1 data.`, { position: 3 });
    }
    const link = parseDigitalLink(data);
    return { elements: link.elements, carrier: PLAIN_CARRIERS[symbology], warnings: link.warnings };
  }
  throw badCode(`Unsupported symbology identifier "${symbology}".`, { position: 0 });
}
