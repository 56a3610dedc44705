import { sharedSecretProblem, verifyBodyHmac } from "../core/auth";
import type { Connector, ParseResult } from "../core/connector";
import { mapPoUpdate, mapReturnUpdate } from "./shiphero-inbound";
import { mapShipmentUpdate } from "./shiphero-shipment";
import { validateShipheroOptions, type ShipheroOptions } from "./options";
import { isObject, object, readJsonObject, text, type Json } from "./payload";
import { JSON_TYPES, MIB } from "../core/edge";

type WebhookMapping = (body: Json, options: ShipheroOptions, receivedAt: Date) => ParseResult;

/** ShipHero webhook types that carry serial numbers; every other type is answered not-supported. */
const MAPPINGS: Record<string, WebhookMapping> = {
  "Shipment Update": mapShipmentUpdate,
  "PO Update": mapPoUpdate,
  "Return Update": mapReturnUpdate,
};

/**
 * ShipHero sends no topic header, so the type is in the body. Its documented PO Update
 * sample has no `webhook_type` at all and older Shipment Update samples carry it only
 * inside `fulfillment`, hence the fallbacks.
 */
function webhookTypeOf(body: Json): string | undefined {
  return text(body, "webhook_type") ?? text(object(body, "fulfillment"), "webhook_type") ?? (isObject(body.purchase_order) ? "PO Update" : undefined);
}

const isTest = (body: Json): boolean => body.test === true || text(body, "test") === "1";

/**
 * `shiphero`: Shipment, PO and Return Update webhooks. Signed with a base64 HMAC-SHA256 of
 * the body in x-shiphero-hmac-sha256 (no timestamp is signed, so replays are caught only
 * by deduplication). Deduplicated on the document the webhook is about and the serials it
 * carries, both signed; never on the unsigned x-shiphero-message-id.
 */
export const shipheroConnector: Connector<ShipheroOptions> = {
  id: "shiphero",
  description: "ShipHero webhooks: Shipment Update (shipping), PO Update (receiving), Return Update (returned); serials in line_items[].serial_numbers",
  validateOptions: validateShipheroOptions,
  // Serials are short strings in line_items[].serial_numbers: 1 MiB holds tens of thousands.
  edge: { maxBodyBytes: 1 * MIB, mediaTypes: JSON_TYPES },
  // ShipHero expects a JSON answer with these (connectors.md §3.1 has "Status", ShipHero's
  // webhook pages show "Message"): both are sent.
  acknowledgement: { code: "200", Status: "Success", Message: "Success" },
  secretProblem: sharedSecretProblem,
  verify(input) {
    verifyBodyHmac(input, "x-shiphero-hmac-sha256");
    // No key from x-shiphero-message-id: the signature does not cover it, so a captured delivery
    // replayed under a new message id would be stored again. The key comes from the signed body.
    return {};
  },
  parse({ rawBody, options, receivedAt }) {
    const body = readJsonObject(rawBody);
    const type = webhookTypeOf(body);
    if (type === undefined) {
      return { kind: "not-supported", reason: "The body names no ShipHero webhook_type." };
    }
    const mapping = Object.hasOwn(MAPPINGS, type) ? MAPPINGS[type] : undefined;
    if (!mapping) {
      return { kind: "not-supported", reason: `ShipHero "${type}" webhooks carry no serial events; mapped are ${Object.keys(MAPPINGS).join(", ")}.` };
    }
    if (isTest(body) && !options.acceptTestWebhooks) {
      return { kind: "not-supported", reason: `A ShipHero test delivery ("test": "1") with sample data; set options.acceptTestWebhooks to map it.` };
    }
    return mapping(body, options, receivedAt);
  },
};
