import { validateAiValue, type AiElement } from "../../../lib/gs1/ai-value";
import { parseCode } from "../../../lib/gs1/code";
import { toDigitalLink } from "../../../lib/gs1/digital-link";

/** Why a location id could not be read, for error messages. */
export type LocationIdResult = { ok: true; id: string } | { ok: false; reason: string };

/**
 * The SGLN URN needs the company prefix length, which a bare GLN does not carry, so the
 * canonical form is the Digital Link on id.gs1.org: `https://id.gs1.org/414/{gln}` with
 * `/254/{extension}` when there is one. Only AI 414 and 254 name the place; other AIs in
 * a link are dropped. An extension "0" means none, as in an SGLN URN (TDS §6.4.2).
 */
function fromElements(elements: readonly AiElement[]): LocationIdResult {
  const gln = elements.find((element) => element.ai === "414")?.value;
  if (!gln) {
    return { ok: false, reason: "it names no GLN (AI 414)" };
  }
  const extension = elements.find((element) => element.ai === "254")?.value;
  const place: AiElement[] = [{ ai: "414", value: gln }, ...(extension && extension !== "0" ? [{ ai: "254", value: extension }] : [])];
  return { ok: true, id: (toDigitalLink(place) as { uri: string }).uri };
}

/**
 * Reads a location id in any form events and people use: an SGLN EPC URN
 * (`urn:epc:id:sgln:4012345.00001.0`), a GS1 Digital Link on any domain
 * (`https://example.com/414/4012345000016/254/7`), an element string (`(414)…(254)…`)
 * or a bare 13-digit GLN. Check digits and characters are validated.
 */
export function parseLocationId(raw: string): LocationIdResult {
  const input = raw.trim();
  try {
    if (/^\d{13}$/.test(input)) {
      validateAiValue("414", input);
      return fromElements([{ ai: "414", value: input }]);
    }
    return fromElements(parseCode(input).elements);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/**
 * The canonical id of a location (see parseLocationId), or null when `raw` is not a GS1
 * location: readPoint and bizLocation ids that are not GLN-based simply have no master data.
 * @example canonicalLocationId("urn:epc:id:sgln:4012345.00001.0") // "https://id.gs1.org/414/4012345000016"
 */
export function canonicalLocationId(raw: string): string | null {
  const result = parseLocationId(raw);
  return result.ok ? result.id : null;
}
