import { normaliseEvents } from "../../lib/epcis/normalise";
import { validateEpcis } from "../../lib/epcis/validate";
import { badInput } from "../../lib/errors/hub-error";
import { sharedSecretProblem } from "../core/auth";
import type { Connector } from "../core/connector";
import { verifyBearer } from "./bearer";
import { readJson, refusal, toDocument } from "./epcis-payload";
import { JSON_TYPES, MIB } from "../core/edge";

/** The connector takes no options: EPCIS is already the hub's event format. */
export type EpcisOptions = Record<string, never>;

function validateEpcisOptions(raw: unknown): EpcisOptions {
  if (raw === undefined || raw === null) {
    return {};
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw badInput("options must be an object.", { field: "input.options" });
  }
  const names = Object.keys(raw);
  if (names.length > 0) {
    throw badInput(`The epcis connector takes no options; remove ${names.join(", ")}.`, { field: `input.options.${names[0]}` });
  }
  return {};
}

/**
 * `epcis`: EPCIS 2.0 JSON / JSON-LD from a partner's repository or capture client: an
 * EPCISDocument, a bare list of events, or one event. Authenticated by
 * `Authorization: Bearer <secret>`. Everything is checked here, at receive time (schema,
 * then the GS1 identifiers), so a bad document is refused with its path instead of failing
 * later in the pipeline. CBV values arrive in any EPCIS 1.x/2.0 form and leave as CBV 2.0.
 */
export const epcisConnector: Connector<EpcisOptions> = {
  id: "epcis",
  description: "EPCIS 2.0 JSON/JSON-LD: an EPCISDocument, a list of events or one event (Authorization: Bearer <secret>)",
  validateOptions: validateEpcisOptions,
  // Whole EPCIS documents, as /epcis/capture takes them (application/json or application/ld+json).
  edge: { maxBodyBytes: 32 * MIB, mediaTypes: JSON_TYPES },
  // The secret travels as a bearer token (RFC 6750 b64token): no whitespace.
  secretProblem: (secret) => (/\s/.test(secret) ? "contains whitespace, which a bearer token cannot carry" : sharedSecretProblem(secret)),
  verify(input) {
    verifyBearer(input);
    return {};
  },
  parse({ rawBody, receivedAt }) {
    const validated = validateEpcis(toDocument(readJson(rawBody), receivedAt));
    if (!validated.ok) {
      throw refusal(validated.issues);
    }
    const { issues } = normaliseEvents(validated.value);
    if (issues.length > 0) {
      throw refusal(issues);
    }
    // No delivery id from the document's own `id`: partners reuse ids (all GS1 examples share one), and
    // dropping a different document as a "duplicate" would lose it. The pipeline keys on a hash of the
    // body; a resent event is still counted once, by its eventID.
    return { kind: "epcis", document: validated.value.document };
  },
};
