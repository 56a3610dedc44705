import { randomBytes } from "node:crypto";
import { basicAuth, bearer, shipheroHeaders, standardWebhookHeaders } from "../../connectors/core/signers";

/** Fresh secrets each run: the demo configures its connectors with them, then signs with them. */
export function demoSecrets() {
  return {
    sap: randomBytes(24).toString("hex"),
    netsuite: `whsec_${randomBytes(32).toString("base64")}`,
    shiphero: randomBytes(24).toString("hex"),
    epcis: randomBytes(24).toString("hex"),
  };
}

export type DemoSecrets = ReturnType<typeof demoSecrets>;

/** Signs and posts deliveries to the hub's webhooks, exactly as SAP, NetSuite, ShipHero and an EPCIS partner do. */
export class Deliveries {
  constructor(
    private readonly url: string,
    private readonly tenant: string,
    private readonly secrets: DemoSecrets,
  ) {}

  private async post(connector: string, body: string, headers: Record<string, string>): Promise<string> {
    const response = await fetch(`${this.url}/webhooks/${this.tenant}/${connector}`, { method: "POST", body, headers });
    const answer = (await response.json().catch(() => ({}))) as { status?: string; error?: string };
    return response.ok ? (answer.status ?? String(response.status)) : `HTTP ${response.status}: ${answer.error ?? "refused"}`;
  }

  sap(xml: string): Promise<string> {
    return this.post("sap-idoc", xml, { "content-type": "application/xml", ...basicAuth(this.secrets.sap) });
  }

  netsuite(delivery: { id: string; body: string }): Promise<string> {
    return this.post("netsuite", delivery.body, { "content-type": "application/json", ...standardWebhookHeaders(this.secrets.netsuite, `msg_${delivery.id}`, delivery.body) });
  }

  shiphero(body: string): Promise<string> {
    return this.post("shiphero", body, { "content-type": "application/json", ...shipheroHeaders(this.secrets.shiphero, body, randomBytes(8).toString("hex")) });
  }

  epcis(document: string): Promise<string> {
    return this.post("epcis", document, { "content-type": "application/ld+json", ...bearer(this.secrets.epcis) });
  }
}
