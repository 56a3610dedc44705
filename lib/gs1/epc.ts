import type { HubError } from "../errors/hub-error";
import { parseDigitalLink } from "./digital-link";
import { looksLikeEpcUrn, parseEpcUrn } from "./epc-urn";
import type { AiElement } from "./ai-value";

/** What an identifier in an EPCIS event names, as far as serial tracking cares. */
export type EpcIdentity =
  | { kind: "sgtin"; gtin: string; serial: string }
  | { kind: "other" }
  | { kind: "invalid"; reason: string };

function fromElements(elements: AiElement[]): EpcIdentity {
  const gtin = elements.find((element) => element.ai === "01")?.value;
  const serial = elements.find((element) => element.ai === "21")?.value;
  return gtin && serial ? { kind: "sgtin", gtin, serial } : { kind: "other" };
}

/**
 * Reads an EPC from an EPCIS list: SGTIN URNs and Digital Link URIs with a serial name
 * serialised items; other GS1 keys and non-GS1 URIs are not serial-tracked.
 */
export function parseEpc(uri: string): EpcIdentity {
  try {
    if (looksLikeEpcUrn(uri)) {
      return uri.startsWith("urn:epc:id:sgtin:") ? fromElements(parseEpcUrn(uri)) : { kind: "other" };
    }
    if (/^https?:\/\//i.test(uri) && /\/01\//.test(uri)) {
      return fromElements(parseDigitalLink(uri).elements);
    }
    return { kind: "other" };
  } catch (error) {
    return { kind: "invalid", reason: (error as HubError).message };
  }
}
