import type { HubClient } from "../../clients/client";
import {
  ConfigureConnectorDocument,
  CreateLocationDocument,
  CreateLotDocument,
  CreateProductDocument,
  GenerateSerialsDocument,
  OpenRecallDocument,
  SetProductLinksDocument,
} from "../../clients/generated/graphql";
import { PLACES, PRODUCTS, type DemoProduct } from "./catalogue";
import type { DemoSecrets } from "./deliver";

export interface DemoUnit {
  gtin: string;
  serial: string;
  lot: string;
  /** Signed Digital Link (AI 8030), as printed on the label. */
  link: string;
}

/** Units issued but not yet commissioned, by product and lot: each story takes what it needs. */
export class UnitPool {
  private readonly pools = new Map<string, DemoUnit[]>();

  constructor(private readonly hub: HubClient) {}

  async issue(product: DemoProduct, lot: string, count: number): Promise<void> {
    const { generateSerials } = await this.hub.request(GenerateSerialsDocument, { input: { gtin: product.gtin, lot, count, commission: false } });
    const units = generateSerials.serials.map((unit) => ({ gtin: unit.gtin, serial: unit.serial, lot, link: unit.digitalLink }));
    this.pools.set(`${product.gtin} ${lot}`, [...(this.pools.get(`${product.gtin} ${lot}`) ?? []), ...units]);
  }

  /** `count` fresh units; issues more when a pool runs dry, so the demo can run for hours. */
  async take(product: DemoProduct, count: number, lot = product.lots[0].lot): Promise<DemoUnit[]> {
    const key = `${product.gtin} ${lot}`;
    if ((this.pools.get(key)?.length ?? 0) < count) {
      await this.issue(product, lot, 500);
    }
    return (this.pools.get(key) as DemoUnit[]).splice(0, count);
  }

  get size(): number {
    return [...this.pools.values()].reduce((sum, units) => sum + units.length, 0);
  }
}

const ignoreConflict = async (call: () => Promise<unknown>) => {
  try {
    await call();
  } catch (error) {
    if (!(error as { codes?: string[] }).codes?.includes("CONFLICT")) {
      throw error;
    }
  }
};

/** Products, lots, links, locations and connectors of the demo tenant, and a few thousand issued serials. */
export async function seed(hub: HubClient, secrets: DemoSecrets, say: (line: string) => void): Promise<{ pool: UnitPool; recallOpened: boolean }> {
  for (const product of PRODUCTS) {
    await ignoreConflict(() =>
      hub.request(CreateProductDocument, {
        input: { gtin: product.gtin, name: product.name, brand: product.brand, markets: product.markets, warrantyMonths: product.warrantyMonths, skus: [product.sku] },
      }),
    );
    for (const lot of product.lots) {
      await ignoreConflict(() => hub.request(CreateLotDocument, { input: { gtin: product.gtin, lot: lot.lot, expiry: lot.expiry, site: "Acme" } }));
    }
    await hub.request(SetProductLinksDocument, { input: { gtin: product.gtin, links: product.links, image: product.image } });
  }
  for (const place of Object.values(PLACES)) {
    await hub.request(CreateLocationDocument, { input: place });
  }
  await hub.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [secrets.sap], options: { stripSerialZeros: false } } });
  await hub.request(ConfigureConnectorDocument, { input: { connector: "netsuite", secrets: [secrets.netsuite] } });
  await hub.request(ConfigureConnectorDocument, { input: { connector: "shiphero", secrets: [secrets.shiphero] } });
  await hub.request(ConfigureConnectorDocument, { input: { connector: "epcis", secrets: [secrets.epcis] } });
  say(`Seeded ${PRODUCTS.length} products, ${Object.keys(PLACES).length} locations and 4 connectors (SAP IDoc, NetSuite, ShipHero, EPCIS).`);

  const pool = new UnitPool(hub);
  for (const product of PRODUCTS) {
    for (const [i, lot] of product.lots.entries()) {
      await pool.issue(product, lot.lot, i === 0 ? 1500 : 400);
    }
  }
  say(`Issued ${pool.size} signed serials (generateSerials), waiting to be commissioned.`);

  // The second insulin lot is recalled; its units are still moving in the stories.
  const pen = PRODUCTS[0];
  const recall = await hub.execute(OpenRecallDocument, {
    input: {
      gtin: pen.gtin,
      scope: { lots: [pen.lots[1].lot] },
      reason: `Lot ${pen.lots[1].lot}: dose dial may stick below 2 units.`,
      instructions: "Do not use this pen. Return it to your pharmacy for a free replacement.",
      title: `Insulin pen lot ${pen.lots[1].lot}`,
    },
  });
  const recallOpened = !recall.errors?.length;
  say(recallOpened ? `Opened a recall of lot ${pen.lots[1].lot}.` : `Recall API unavailable (${recall.errors?.[0]?.message}); the story marks the lot recalled with EPCIS events instead.`);
  return { pool, recallOpened };
}
