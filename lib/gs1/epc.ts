import { CSET82, gs1CheckDigit, parseGtin } from "./gtin";

/** What an identifier in an EPCIS event names, as far as serial tracking cares. */
export type EpcIdentity =
  | { kind: "sgtin"; gtin: string; serial: string }
  | { kind: "other" }
  | { kind: "invalid"; reason: string };

const SGTIN_URN = /^urn:epc:id:sgtin:(\d{6,12})\.(\d{1,7})\.(.+)$/;

function decodeSerial(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function checkSerial(serial: string | undefined, raw: string): EpcIdentity | undefined {
  if (serial === undefined || serial.length < 1 || serial.length > 20 || !CSET82.test(serial)) {
    return { kind: "invalid", reason: `serial "${raw}" must be 1 to 20 characters of GS1 CSET 82` };
  }
  return undefined;
}

/** `urn:epc:id:sgtin:0614141.107346.2017` → GTIN 10614141073464, serial 2017. */
function parseSgtinUrn(uri: string): EpcIdentity {
  const match = SGTIN_URN.exec(uri);
  if (!match) {
    return { kind: "invalid", reason: "an SGTIN URN is urn:epc:id:sgtin:<company prefix>.<indicator+item ref>.<serial>" };
  }
  const [, prefix, itemRef, rawSerial] = match;
  if (prefix.length + itemRef.length !== 13) {
    return { kind: "invalid", reason: "company prefix and item reference must have 13 digits together" };
  }
  const serial = decodeSerial(rawSerial);
  const bad = checkSerial(serial, rawSerial);
  if (bad) {
    return bad;
  }
  const body = itemRef[0] + prefix + itemRef.slice(1);
  return { kind: "sgtin", gtin: body + String(gs1CheckDigit(body)), serial: serial as string };
}

/** A GS1 Digital Link URI on any domain and path stem: `…/01/{gtin}[/22/…][/10/…]/21/{serial}`. */
function parseDigitalLink(url: URL): EpcIdentity {
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  const at = segments.lastIndexOf("01");
  if (at === -1 || at + 1 >= segments.length) {
    return { kind: "other" };
  }
  const gtin = parseGtin(decodeSerial(segments[at + 1]) ?? "");
  if (!gtin.ok) {
    return { kind: "invalid", reason: `GTIN in the Digital Link: ${gtin.reason}` };
  }
  for (let i = at + 2; i + 1 < segments.length; i += 2) {
    if (segments[i] === "21") {
      const serial = decodeSerial(segments[i + 1]);
      return checkSerial(serial, segments[i + 1]) ?? { kind: "sgtin", gtin: gtin.gtin14, serial: serial as string };
    }
  }
  return { kind: "other" };
}

/** Reads an EPC from an EPCIS list: SGTIN URNs and Digital Link URIs name serialised items. */
export function parseEpc(uri: string): EpcIdentity {
  if (uri.startsWith("urn:epc:id:sgtin:")) {
    return parseSgtinUrn(uri);
  }
  if (/^https?:\/\//i.test(uri)) {
    try {
      return parseDigitalLink(new URL(uri));
    } catch {
      return { kind: "invalid", reason: "not a valid URL" };
    }
  }
  return { kind: "other" };
}
