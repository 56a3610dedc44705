import { standardWebhookSecretProblem, verifyStandardWebhook } from "../core/auth";
import type { Connector, Headers, ParseResult } from "../core/connector";
import { validateWmsOptions, type WmsOptions } from "./options";
import { isObject, readJsonObject, text, type Json } from "./payload";
import { mapShipbobOrderShipped } from "./shipbob-order-shipped";
import { JSON_TYPES, MIB } from "../core/edge";

/** Maps the payload of one topic; `path` is where the payload sits in the body, for MappingErrors. */
type TopicMapping = (payload: Json, options: WmsOptions, receivedAt: Date, path: string) => ParseResult;

/** Topics with serial events. Add a mapping here for each further WMS topic. */
const TOPICS: Record<string, TopicMapping> = {
  "order.shipped": mapShipbobOrderShipped,
};

/**
 * Where the topic is read from, in this order:
 * 1. a Standard Webhooks envelope `{type, timestamp, data}` (the spec's recommended payload,
 *    what a home-grown WMS would send): `type` is inside the signed body, so it wins;
 * 2. ShipBob's `x-webhook-topic` header (connectors.md §3.2: ShipBob's body is the bare
 *    shipment, the topic travels only in that header), or `shipbob-topic` of legacy 1.0/2.0
 *    subscriptions, whose `order_shipped`-style topics and bodies are not mapped.
 * Headers are not covered by the signature, hence (1) first. The inbox keeps these headers,
 * so the worker's re-parse reads the same topic.
 */
function topicOf(body: Json, headers: Headers): { topic: string | undefined; payload: Json; path: string } {
  const type = text(body, "type");
  if (type && isObject(body.data)) {
    return { topic: type, payload: body.data, path: "data" };
  }
  return { topic: headers["x-webhook-topic"]?.trim() || headers["shipbob-topic"]?.trim() || undefined, payload: body, path: "" };
}

/**
 * `wms`: a generic endpoint for WMS webhooks signed the Standard Webhooks way (webhook-id,
 * webhook-timestamp, webhook-signature; 5-minute tolerance; deduplicated on webhook-id).
 * First mapping: ShipBob `order.shipped`.
 */
export const wmsConnector: Connector<WmsOptions> = {
  id: "wms",
  description: "WMS webhooks signed with Standard Webhooks, by topic: ShipBob order.shipped (serials in products[].inventory_items[].serial_numbers)",
  validateOptions: validateWmsOptions,
  edge: { maxBodyBytes: 1 * MIB, mediaTypes: JSON_TYPES },
  secretProblem: standardWebhookSecretProblem,
  verify(input) {
    return { deliveryId: verifyStandardWebhook(input) };
  },
  parse({ rawBody, headers, options, receivedAt }) {
    const body = readJsonObject(rawBody);
    const { topic, payload, path } = topicOf(body, headers);
    if (!topic) {
      return { kind: "not-supported", reason: "No topic: send an x-webhook-topic header or a {type, data} body." };
    }
    const mapping = Object.hasOwn(TOPICS, topic) ? TOPICS[topic] : undefined;
    if (!mapping) {
      return { kind: "not-supported", reason: `Topic "${topic}" carries no serial events; mapped are ${Object.keys(TOPICS).join(", ")}.` };
    }
    return mapping(payload, options, receivedAt, path);
  },
};
