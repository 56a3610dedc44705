import { refusalByHeaders } from "../../ingest/pipeline/edge-body";
import { MalformedBodyError, MappingError, WebhookVerificationError } from "../errors";
import type { FuzzTarget } from "./targets";

/** What the receive path answers a delivery, decided without a database: 500 means a crash. */
export interface Outcome {
  status: 200 | 400 | 401 | 413 | 415 | 422 | 500;
  reason: string;
}

const lowerCased = (headers: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/**
 * The receive path of /webhooks/{tenant}/{connector} up to the store, as pure calls in its
 * order: the edge checks the route makes (media type, size), verify, parse. Only the
 * connector error types may come out of verify and parse; anything else is a crash.
 */
export function edgeOutcome(target: FuzzTarget, body: Buffer, sent: Record<string, string>, receivedAt = new Date()): Outcome {
  const { connector } = target;
  const headers = lowerCased(sent);
  const refusal = refusalByHeaders(connector.edge, { ...headers, "content-length": String(body.length) });
  if (refusal) {
    return { status: refusal.status, reason: refusal.error };
  }
  try {
    connector.verify({ rawBody: body, headers, secrets: [target.secret] });
    const result = connector.parse({ rawBody: body, headers, options: connector.validateOptions(target.options as never), receivedAt });
    return { status: 200, reason: result.kind };
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return { status: 401, reason: error.message };
    }
    if (error instanceof MalformedBodyError) {
      return { status: 400, reason: `${error.path}: ${error.message}` };
    }
    if (error instanceof MappingError) {
      return { status: 422, reason: `${error.path}: ${error.message}` };
    }
    return { status: 500, reason: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
