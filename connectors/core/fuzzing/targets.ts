import { readFileSync } from "node:fs";
import { projectPath } from "../../../lib/paths";
import { CONNECTORS } from "../../connectors";
import type { Connector } from "../connector";
import { basicAuth, bearer, shipheroHeaders, standardWebhookHeaders } from "../signers";

/** A real payload of a connector, with the headers its sender sends besides the signature. */
export interface Sample {
  name: string;
  body: Buffer;
  headers: Record<string, string>;
  format: "json" | "xml";
}

/** A connector under fuzzing: its real payloads, the tenant's secret and options, and how its sender signs. */
export interface FuzzTarget {
  connector: Connector<never>;
  samples: Sample[];
  secret: string;
  /** configureConnector options (sap-events needs an OData root; nothing is read from it here). */
  options?: Record<string, unknown>;
  /** The credential or signature headers a real sender adds to `body`; `n` makes webhook-ids unique. */
  sign(body: Buffer, n: number, at?: Date): Record<string, string>;
}

const read = (...path: string[]): Buffer => readFileSync(projectPath(...path));
const json = (name: string, body: Buffer, type = "application/json", extra: Record<string, string> = {}): Sample => ({
  name,
  body,
  headers: { "content-type": type, ...extra },
  format: "json",
});

/** Fixed test secrets: the corpus is reproducible, and the e2e test configures the same ones. */
export const FUZZ_SECRETS: Record<string, string> = {
  "sap-idoc": "fuzz-sap-idoc-secret-0123456789",
  "sap-events": "fuzz-sap-events-secret-0123456789",
  netsuite: `whsec_${Buffer.alloc(32, 7).toString("base64")}`,
  shiphero: "fuzz-shiphero-secret-0123456789",
  wms: `whsec_${Buffer.alloc(32, 9).toString("base64")}`,
  epcis: "fuzz-epcis-bearer-0123456789abcdef",
};

const standard = (secret: string) => (body: Buffer, n: number, at?: Date) => standardWebhookHeaders(secret, `msg_fuzz_${n}`, body, at);

function samplesOf(id: string): Sample[] {
  switch (id) {
    case "sap-idoc":
      return [
        { name: "desadv-two-items.xml", body: read("connectors/sap/fixtures/desadv-two-items.xml"), headers: { "content-type": "application/x-sap.idoc" }, format: "xml" },
        json("desadv-integration-suite.json", read("connectors/sap/fixtures/desadv-integration-suite.json")),
      ];
    case "sap-events": {
      const binaryHeaders = JSON.parse(read("connectors/sap/events/fixtures/binary-gi-status-changed.headers.json").toString("utf8")) as Record<string, string>;
      return [
        json("cloudevent-gi-status-changed.json", read("connectors/sap/events/fixtures/cloudevent-gi-status-changed.json"), "application/cloudevents+json"),
        { ...json("binary-gi-status-changed.data.json", read("connectors/sap/events/fixtures/binary-gi-status-changed.data.json")), headers: binaryHeaders },
      ];
    }
    case "netsuite":
      return ["item-fulfillment", "item-receipt", "cash-sale", "assembly-build", "return-receipt"].map((name) => json(`${name}.json`, read(`connectors/netsuite/fixtures/${name}.json`)));
    case "shiphero":
      return ["shiphero-shipment-update", "shiphero-po-update", "shiphero-return-update"].map((name) => json(`${name}.json`, read(`connectors/wms/fixtures/${name}.json`)));
    case "wms":
      return [json("shipbob-order-shipped.json", read("connectors/wms/fixtures/shipbob-order-shipped.json"), "application/json", { "x-webhook-topic": "order.shipped" })];
    case "epcis":
      return ["Example_9.6.1-ObjectEvent.jsonld", "Example_9.6.3-AggregationEvent.jsonld", "Example_9.6.4-TransformationEvent.jsonld"].map((name) =>
        json(name, read("test/fixtures/epcis", name), "application/ld+json"),
      );
    default:
      throw new Error(`No fuzz samples for connector "${id}": add its fixtures here.`);
  }
}

function signerOf(id: string, secret: string): FuzzTarget["sign"] {
  switch (id) {
    case "sap-idoc":
    case "sap-events":
      return () => basicAuth(secret);
    case "netsuite":
    case "wms":
      return standard(secret);
    case "shiphero":
      return (body) => shipheroHeaders(secret, body);
    default:
      return () => bearer(secret);
  }
}

/** Every registered connector: a connector added without fuzz samples fails the fuzz spec. */
export const fuzzTargets = (): FuzzTarget[] =>
  CONNECTORS.map((connector) => ({
    connector,
    samples: samplesOf(connector.id),
    secret: FUZZ_SECRETS[connector.id],
    options: connector.id === "sap-events" ? { odataBaseUrl: "http://127.0.0.1:9/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV" } : undefined,
    sign: signerOf(connector.id, FUZZ_SECRETS[connector.id]),
  }));
