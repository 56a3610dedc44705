import { validateAiSet } from "./ai-set";
import type { AiElement } from "./ai-value";
import { badCode } from "./bad-code";
import { looksLikeDigitalLink, parseDigitalLink } from "./digital-link";
import { GS, parseAiData, parseBracketed } from "./element-string";
import { looksLikeEpcUrn, parseEpcUrn } from "./epc-urn";
import { parseGtin } from "./gtin";
import { parseScanData } from "./scan-data";

export type CodeSource = "scan" | "digital-link" | "epc-urn" | "element-string" | "ai-data" | "gtin";

/** A code in any form, read into its AI elements. */
export interface Gs1Code {
  source: CodeSource;
  /** The carrier named by the symbology identifier, for scan data. */
  carrier?: string;
  elements: AiElement[];
  /** Non-AI Digital Link parameters (linkType, …). */
  parameters: Record<string, string>;
  warnings: string[];
}

/** How keyboard-wedge scanners and copy-paste commonly render the GS separator. */
const GS_SUBSTITUTES = /<GS>|\{GS\}|\[GS\]|\\x1[dD]|\u241D/;

/**
 * Reads what a scanner, a partner or a person sends: scan data with a symbology
 * identifier, a Digital Link URI, an EPC URN, a bracketed element string, `^`-marked FNC1
 * data, or — accepted beyond the reference engine — AI data with no symbology identifier
 * (keyboard-wedge scanners drop it) and a bare GTIN.
 */
export function parseCode(raw: string): Gs1Code {
  const warnings: string[] = [];
  let input = raw.trim();
  if (GS_SUBSTITUTES.test(input)) {
    input = input.replace(new RegExp(GS_SUBSTITUTES, "g"), GS);
    warnings.push("A textual stand-in for the GS separator was read as GS.");
  }
  if (input === "") {
    throw badCode("The code is empty.", { position: 0 });
  }
  let code: Gs1Code;
  if (input.startsWith("]")) {
    const scan = parseScanData(input);
    code = { source: "scan", carrier: scan.carrier, elements: scan.elements, parameters: {}, warnings: scan.warnings };
  } else if (looksLikeDigitalLink(input)) {
    const link = parseDigitalLink(input);
    code = { source: "digital-link", elements: link.elements, parameters: link.parameters, warnings: link.warnings };
  } else if (looksLikeEpcUrn(input)) {
    code = { source: "epc-urn", elements: parseEpcUrn(input), parameters: {}, warnings: [] };
  } else if (input.startsWith("(")) {
    code = { source: "element-string", ...parseBracketed(input), parameters: {} };
  } else if (input.startsWith("^")) {
    code = { source: "ai-data", ...parseAiData(input.slice(1), "^", 1), parameters: {} };
  } else if (/^(\d{8}|\d{12,14})$/.test(input) && parseGtin(input).ok) {
    const gtin = parseGtin(input) as { gtin14: string };
    code = { source: "gtin", elements: [{ ai: "01", value: gtin.gtin14 }], parameters: {}, warnings: ["Read as a bare GTIN."] };
  } else if (input.startsWith(GS) && /^\d/.test(input.slice(1))) {
    // Some decoders render the leading FNC1 of a GS1 symbol as GS.
    code = { source: "ai-data", ...parseAiData(input.slice(1), GS, 1), parameters: {} };
  } else if (/^\d/.test(input)) {
    const data = parseAiData(input);
    code = { source: "ai-data", ...data, parameters: {}, warnings: ["No symbology identifier: read as GS1 AI data.", ...data.warnings] };
  } else {
    throw badCode("Not a GS1 code: expected scan data, a Digital Link URI, an EPC URN or an element string.", { position: 0 });
  }
  validateAiSet(code.elements);
  return { ...code, warnings: [...warnings, ...code.warnings] };
}
