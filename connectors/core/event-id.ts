import { createHash } from "node:crypto";
import type { EventKind } from "./connector";

/**
 * The event id of a connector event: a name-based UUID over what identifies it, so the
 * same fact delivered twice (or re-output by the ERP under a new message id) has one id.
 */
export function connectorEventId(source: string, document: string, line: string | null, serial: string, kind: EventKind): string {
  const hex = createHash("sha256").update(JSON.stringify([source, document, line, serial, kind])).digest("hex");
  // RFC 9562 version 8 (custom) layout, so the id is a valid urn:uuid.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
