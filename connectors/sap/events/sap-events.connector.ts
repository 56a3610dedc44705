import { sharedSecretProblem, verifyBasicOrBearer } from "../../core/auth";
import type { Connector, EnrichRequest, ParseResult } from "../../core/connector";
import { MappingError } from "../../core/errors";
import { deliveryIdOf, readCloudEvent, type CloudEvent } from "./cloud-event";
import { isEntity, text } from "./odata-values";
import { validateSapEventsOptions, type SapEventsOptions } from "./options";
import { mapOutboundDelivery } from "./outbound-delivery";
import { JSON_TYPES, KIB } from "../../core/edge";

export const GI_STATUS_CHANGED = "sap.s4.beh.outbounddelivery.v1.OutboundDelivery.GIStatusChanged.v1";

/** Items and their serial numbers, which the event itself never carries. */
export const DELIVERY_EXPAND = "to_DeliveryDocumentItem/to_SerialDeliveryItem/to_MaintenanceItemObject";

function authorization(options: SapEventsOptions): Record<string, string> {
  if (options.odataToken !== undefined) {
    return { authorization: `Bearer ${options.odataToken}` };
  }
  if (options.odataUser !== undefined && options.odataPassword !== undefined) {
    return { authorization: `Basic ${Buffer.from(`${options.odataUser}:${options.odataPassword}`).toString("base64")}` };
  }
  return {};
}

/** The GET of one outbound delivery with its items and serials, from the service root. */
export function deliveryUrl(odataBaseUrl: string, delivery: string): string {
  const [root, query] = odataBaseUrl.split(/\?(.*)/s);
  // An OData string literal doubles its quotes; the rest is URL-encoded.
  const key = encodeURIComponent(delivery.replace(/'/g, "''"));
  return `${root}/A_OutbDeliveryHeader('${key}')?$expand=${DELIVERY_EXPAND}&$format=json${query ? `&${query}` : ""}`;
}

function goodsIssue(event: CloudEvent, options: SapEventsOptions, receivedAt: Date): ParseResult {
  if (!isEntity(event.data)) {
    throw new MappingError("data", "The GIStatusChanged event has no data object.");
  }
  const delivery = text(event.data, "OutboundDelivery");
  if (!delivery) {
    throw new MappingError("data.OutboundDelivery", "The GIStatusChanged event names no OutboundDelivery.");
  }
  const status = event.data.OverallGoodsMovementStatus;
  if (typeof status !== "string") {
    throw new MappingError("data.OverallGoodsMovementStatus", "The GIStatusChanged event has no OverallGoodsMovementStatus.");
  }
  if (status !== "C") {
    return { kind: "not-supported", reason: `Goods issue of delivery ${delivery} is in status "${status}", not completed ("C"): nothing has shipped yet.` };
  }
  const time = event.time ? new Date(event.time) : undefined;
  const request: EnrichRequest = {
    url: deliveryUrl(options.odataBaseUrl, delivery),
    headers: { accept: "application/json", ...authorization(options) },
    map: (body) =>
      mapOutboundDelivery(body, {
        delivery,
        eventType: event.type,
        fallbackTime: time && !Number.isNaN(time.getTime()) ? time : receivedAt,
        options,
      }),
  };
  return { kind: "enrich", request };
}

/**
 * `sap-events`: S/4HANA business events (CloudEvents 1.0 from SAP Event Mesh, structured or
 * binary mode). They carry only keys, so a completed goods issue becomes an OData read of the
 * delivery's serials. Basic auth (password = secret) or bearer; deduplicated on source + id.
 */
export const sapEventsConnector: Connector<SapEventsOptions> = {
  id: "sap-events",
  description: "SAP S/4HANA business events (CloudEvents): outbound delivery goods issue, serials read over OData",
  validateOptions: validateSapEventsOptions,
  // An event carries keys only (a few hundred bytes); structured mode is application/cloudevents+json.
  edge: { maxBodyBytes: 256 * KIB, mediaTypes: JSON_TYPES },
  secretProblem: sharedSecretProblem,
  verify(input) {
    verifyBasicOrBearer(input);
    try {
      return { deliveryId: deliveryIdOf(readCloudEvent(input.rawBody, input.headers)) };
    } catch (error) {
      // An unreadable event is authenticated all the same; parse rejects it with the path.
      if (error instanceof MappingError) {
        return {};
      }
      throw error;
    }
  },
  parse({ rawBody, headers, options, receivedAt }) {
    const event = readCloudEvent(rawBody, headers);
    const deliveryId = deliveryIdOf(event);
    if (event.type === GI_STATUS_CHANGED) {
      return { ...goodsIssue(event, options, receivedAt), deliveryId };
    }
    if (event.type.startsWith("sap.s4.beh.inbounddelivery.")) {
      return { kind: "not-supported", reason: `"${event.type}" is not mapped: the inbound delivery events known (Created, Changed) do not say that goods were received.`, deliveryId };
    }
    return { kind: "not-supported", reason: `"${event.type}" is not mapped: sap-events handles ${GI_STATUS_CHANGED}.`, deliveryId };
  },
};
