import type { EdgeLimits } from "./edge";

/** Request headers, lower-cased names. */
export type Headers = Record<string, string | undefined>;

/** What a connector's verify needs: the bytes as received, and the tenant's active secrets. */
export interface VerifyInput {
  rawBody: Buffer;
  headers: Headers;
  /** Several at once while a secret is being rotated; any one may match. */
  secrets: readonly string[];
}

/** A verified delivery: its idempotency key when the transport carries one (else the parse finds it). */
export interface Verified {
  deliveryId?: string;
}

/** What a serial event is in the hub's terms; becomes the EPCIS bizStep/disposition. */
export type EventKind = "commissioning" | "shipping" | "receiving" | "returned" | "retail_selling" | "decommissioning" | "packing";

/**
 * The normalised, EPCIS-shaped event a connector produces for one serial. The product may
 * be named by GTIN or by an ERP/WMS item code (`sku`), which the pipeline resolves through
 * the product catalogue before the event is captured.
 */
export interface ConnectorEvent {
  /** Deterministic from (source, document, line, serial, kind): a redelivery or re-output collapses. */
  eventId: string;
  source: string;
  /** The external document (delivery, fulfilment, shipment) and line it came from. */
  document: string;
  line: string | null;
  kind: EventKind;
  /** ISO 8601 with offset, and that offset. */
  eventTime: string;
  eventTimeZoneOffset: string;
  item: { gtin?: string; sku?: string };
  serial: string;
  lot?: string | null;
  /** ISO date. */
  expiry?: string | null;
  /** EPC URI of the container (an SSCC) the unit travels in, for packing events. */
  parent?: string | null;
  readPoint?: string | null;
  bizLocation?: string | null;
  /** Business documents: purchase order, despatch advice, … (CBV types). */
  bizTransactions?: { type: string; id: string }[];
  /** Extension fields, namespaced `serialhub:`; e.g. the ship-to party. */
  extensions?: Record<string, unknown>;
}

/** An event list, or a read the pipeline must make first (SAP CloudEvents carry only keys). */
export type ParseResult = (
  | { kind: "events"; events: ConnectorEvent[] }
  /** Already EPCIS (the epcis connector): captured as it is. */
  | { kind: "epcis"; document: Record<string, unknown> }
  | { kind: "enrich"; request: EnrichRequest }
  | { kind: "not-supported"; reason: string }
) & {
  /** The business key of the delivery when the transport has none (IDoc number, shipment id). */
  deliveryId?: string;
};

/** A GET the pipeline performs on the connector's behalf; `map` turns the answer into events. */
export interface EnrichRequest {
  url: string;
  headers: Record<string, string>;
  map(body: unknown): ConnectorEvent[];
}

export interface ParseInput<Options> {
  rawBody: Buffer;
  headers: Headers;
  options: Options;
  /** When the hub received the delivery, for sources that send no event time. */
  receivedAt: Date;
}

/**
 * A connector: identity, options, and two pure functions. No I/O and no database: the
 * ingest pipeline stores, retries, enriches and hands events on.
 */
export interface Connector<Options = Record<string, unknown>> {
  /** The `{connector}` path segment of /webhooks/{tenant}/{connector}. */
  id: string;
  description: string;
  /** Checks configureConnector options; throws a BAD_USER_INPUT HubError naming the field. */
  validateOptions(options: unknown): Options;
  /** Media types and largest body, checked before the body is read (415, 413). */
  edge: EdgeLimits;
  /** Fields the sender expects in a 2xx answer (ShipHero waits for {"code":"200","Status":"Success"}). */
  acknowledgement?: Record<string, string>;
  /** Why a secret cannot serve this connector (format, length), without repeating it; undefined when fine. */
  secretProblem?(secret: string): string | undefined;
  /** Authenticates the raw delivery before anything else; throws WebhookVerificationError. */
  verify(input: VerifyInput): Verified;
  /** Maps the delivery; throws MappingError with the path when it cannot. */
  parse(input: ParseInput<Options>): ParseResult;
}
