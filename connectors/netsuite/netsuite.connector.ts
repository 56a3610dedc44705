import { standardWebhookSecretProblem, verifyStandardWebhook } from "../core/auth";
import type { Connector, ParseResult } from "../core/connector";
import { mapAssemblyBuild } from "./assembly-build";
import { classify, readEnvelope } from "./envelope";
import { validateNetsuiteOptions, type NetsuiteOptions } from "./options";
import { mapTransaction } from "./transaction";
import { JSON_TYPES, MIB } from "../core/edge";

/**
 * `netsuite`: what a SuiteScript user event posts after a save, `{eventId, eventType,
 * recordType, record}` with the SuiteTalk REST record JSON (expandSubResources=true),
 * signed per Standard Webhooks. Deduplicated on webhook-id, else the envelope's eventId.
 */
export const netsuiteConnector: Connector<NetsuiteOptions> = {
  id: "netsuite",
  description: "NetSuite SuiteScript push (Standard Webhooks): serials in item.items[].inventoryDetail.inventoryAssignment",
  validateOptions: validateNetsuiteOptions,
  // A REST record with expandSubResources takes about 500 bytes per serial: 8 MiB is some 16,000.
  edge: { maxBodyBytes: 8 * MIB, mediaTypes: JSON_TYPES },
  secretProblem: standardWebhookSecretProblem,
  verify(input) {
    return { deliveryId: verifyStandardWebhook(input) };
  },
  parse({ rawBody, options }) {
    const envelope = readEnvelope(rawBody);
    const target = classify(envelope);
    const result: ParseResult =
      "reason" in target
        ? { kind: "not-supported", reason: target.reason }
        : target.type === "assemblyBuild"
          ? mapAssemblyBuild(envelope, options)
          : mapTransaction(envelope, target.type, options);
    return { ...result, deliveryId: envelope.eventId };
  },
};
