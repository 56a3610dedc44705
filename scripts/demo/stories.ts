import { randomBytes, randomUUID } from "node:crypto";
import type { HubClient } from "../../clients/client";
import { VerifyDocument } from "../../clients/generated/graphql";
import { LAGOS, PLACES, productOf, type DemoPlace, type DemoProduct } from "./catalogue";
import type { Deliveries } from "./deliver";
import { epcisDocument, epcisEvent, netsuiteFulfillment, sapDesadv, shipheroShipment } from "./payloads";
import type { DemoUnit, UnitPool } from "./seed";

export interface StoryContext {
  url: string;
  send: Deliveries;
  pool: UnitPool;
  /** A caller without a token, as a consumer's phone is. */
  anonymous: HubClient;
  recallOpened: boolean;
  say(line: string): void;
}

/** A story yields after each delivery, so the scheduler can interleave stories at a gentle rate. */
export type Story = AsyncGenerator<void, void, void>;

const DAY = 86_400_000;
/** Histories are told in the past (days apart, as goods really move), the last step now. */
const daysAgo = (days: number) => new Date(Date.now() - days * DAY + Math.floor(Math.random() * 3_600_000));
const epcs = (units: DemoUnit[]) => units.map((unit) => unit.link.split("?")[0]);
const counter = { doc: 0 };
const nextDoc = () => `${Date.now()}`.slice(-10) + String((counter.doc += 1) % 100).padStart(2, "0");

/** The unit's label link on this hub: its verification page. */
const onHub = (ctx: StoryContext, unit: DemoUnit) => unit.link.replace("https://id.gs1.org", ctx.url);

async function report(ctx: StoryContext, what: string, result: Promise<string>): Promise<void> {
  ctx.say(`${what} → ${await result}`);
}

/** A consumer scans the label with a phone: the resolver's JSON answer, the country from the phone's language. */
async function consumerScan(ctx: StoryContext, unit: DemoUnit, language: string): Promise<string> {
  const response = await fetch(onHub(ctx, unit), { headers: { accept: "application/json", "accept-language": language } });
  const body = (await response.json()) as { outcome?: string };
  return body.outcome ?? `HTTP ${response.status}`;
}

/** One delivery, sent when the story reaches it. */
type Step = () => Promise<void>;

const commissioned = (ctx: StoryContext, product: DemoProduct, units: DemoUnit[], at: Date, plant: DemoPlace): Step => () =>
  report(ctx, `EPCIS  commissioning ${units.length} × ${product.name} at ${plant.name}`, ctx.send.epcis(epcisDocument([epcisEvent({ action: "ADD", bizStep: "commissioning", disposition: "active", epcs: epcs(units), at, place: plant.id })])));

const sapShipped = (ctx: StoryContext, product: DemoProduct, units: DemoUnit[], at: Date): Step => () => {
  const docnum = nextDoc().padStart(16, "0");
  const xml = sapDesadv({ docnum, vbeln: `80${docnum.slice(-8)}`, gtin: product.gtin, material: product.sku, serials: units.map((unit) => unit.serial), at });
  return report(ctx, `SAP    DESADV goods issue of ${units.length} × ${product.name}`, ctx.send.sap(xml));
};

const epcisStep = (ctx: StoryContext, what: string, event: Record<string, unknown>): Step => () => report(ctx, `EPCIS  ${what}`, ctx.send.epcis(epcisDocument([event])));

/** Made in Frankfurt, shipped by SAP to Rotterdam, on to a pharmacy, sold, and scanned by patients. */
export async function* europeanFlow(ctx: StoryContext): Story {
  const product = productOf("pen");
  const units = await ctx.pool.take(product, 24);
  const pharmacy = Math.random() < 0.6 ? PLACES.paris : PLACES.vienna;
  for (const step of [
    commissioned(ctx, product, units, daysAgo(6), PLACES.frankfurt),
    sapShipped(ctx, product, units, daysAgo(5)),
    epcisStep(ctx, `receiving ${units.length} × ${product.name} at ${PLACES.rotterdam.name}`, epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: epcs(units), at: daysAgo(4), place: PLACES.rotterdam.id })),
    epcisStep(ctx, `shipping 12 × ${product.name} to ${pharmacy.name}`, epcisEvent({ bizStep: "shipping", disposition: "in_transit", epcs: epcs(units.slice(0, 12)), at: daysAgo(3), place: PLACES.rotterdam.id, destinationList: [{ type: "location", destination: pharmacy.id }] })),
    epcisStep(ctx, `receiving 12 × ${product.name} at ${pharmacy.name}`, epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: epcs(units.slice(0, 12)), at: daysAgo(2), place: pharmacy.id })),
    epcisStep(ctx, `dispensing 4 × ${product.name} at ${pharmacy.name}`, epcisEvent({ bizStep: "dispensing", disposition: "dispensed", epcs: epcs(units.slice(0, 4)), at: daysAgo(0.2), place: pharmacy.id })),
  ]) {
    await step();
    yield;
  }
  for (const unit of units.slice(0, 3)) {
    ctx.say(`Phone  a patient in ${pharmacy.country} checks ${unit.serial} → ${await consumerScan(ctx, unit, pharmacy.country === "FR" ? "fr-FR,fr;q=0.9" : "de-AT,de;q=0.9")}`);
    yield;
  }
}

/** Made in Minneapolis, shipped by SAP to the Reno DC, fulfilled by NetSuite to a clinic or distributor. */
export async function* americanFlow(ctx: StoryContext): Story {
  const product = productOf(Math.random() < 0.5 ? "pump" : "meter");
  const units = await ctx.pool.take(product, 10);
  const customer = product.key === "meter" && Math.random() < 0.4 ? PLACES.toronto : PLACES.chicago;
  for (const step of [
    commissioned(ctx, product, units, daysAgo(6), PLACES.minneapolis),
    sapShipped(ctx, product, units, daysAgo(5)),
    epcisStep(ctx, `receiving ${units.length} × ${product.name} at ${PLACES.reno.name}`, epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: epcs(units), at: daysAgo(4), place: PLACES.reno.id })),
  ]) {
    await step();
    yield;
  }
  const fulfilment = netsuiteFulfillment({ recordId: nextDoc(), gtin: product.gtin, item: product.sku, serials: units.slice(0, 6).map((unit) => unit.serial), at: daysAgo(3), location: "Reno DC", customer: customer.name });
  await report(ctx, `NetSuite item fulfilment of 6 × ${product.name} to ${customer.name}`, ctx.send.netsuite(fulfilment));
  yield;
  await report(ctx, `EPCIS  receiving 6 × ${product.name} at ${customer.name}`, ctx.send.epcis(epcisDocument([epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: epcs(units.slice(0, 6)), at: daysAgo(1), place: customer.id })])));
  yield;
  // The rest leave the Reno warehouse through ShipHero to home patients, today.
  const shipment = shipheroShipment({ shipmentId: Number(nextDoc().slice(-9)), order: `SO-${nextDoc().slice(-6)}`, sku: product.sku, serials: units.slice(6).map((unit) => unit.serial), country: "US", city: "Sparks" });
  await report(ctx, `ShipHero shipment of ${units.length - 6} × ${product.name} to home patients`, ctx.send.shiphero(shipment));
  yield;
  ctx.say(`Phone  a nurse in ${customer.country} checks ${units[0].serial} → ${await consumerScan(ctx, units[0], customer.country === "CA" ? "en-CA" : "en-US,en;q=0.9")}`);
}

/** A genuine pen dispensed in Paris, and a copy of its label scanned in Lagos minutes later; then a forged signature. */
export async function* cloneStory(ctx: StoryContext): Story {
  const product = productOf("pen");
  const [genuine, other] = await ctx.pool.take(product, 2);
  for (const step of [
    commissioned(ctx, product, [genuine, other], daysAgo(6), PLACES.frankfurt),
    epcisStep(ctx, `receiving 2 × ${product.name} at ${PLACES.paris.name}`, epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: epcs([genuine, other]), at: daysAgo(2), place: PLACES.paris.id })),
    epcisStep(ctx, `dispensing ${genuine.serial} at ${PLACES.paris.name}`, epcisEvent({ bizStep: "dispensing", disposition: "dispensed", epcs: epcs([genuine]), at: daysAgo(0.1), place: PLACES.paris.id })),
  ]) {
    await step();
    yield;
  }
  ctx.say(`Phone  the patient in Paris checks ${genuine.serial} → ${await consumerScan(ctx, genuine, "fr-FR")}: ${onHub(ctx, genuine)}`);
  yield;
  // A copied label: same code, another phone, another continent.
  const { verify } = await ctx.anonymous.request(VerifyDocument, { code: genuine.link, context: { ...LAGOS, session: randomBytes(12).toString("base64url") } });
  ctx.say(`Phone  CLONE: the same code ${genuine.serial} is scanned in Lagos → ${verify.verdict}`);
  yield;
  const forged = other.link.replace(/8030=(.)/, (_, first: string) => `8030=${first === "A" ? "B" : "A"}`);
  const page = await fetch(forged.replace("https://id.gs1.org", ctx.url), { headers: { accept: "text/html", "accept-language": "en-NG" } });
  ctx.say(`Phone  FORGED signature on ${other.serial} → page says ${/data-verdict="([a-z]+)"/.exec(await page.text())?.[1]}: ${forged.replace("https://id.gs1.org", ctx.url)}`);
}

/** A pallet booked for a Vienna pharmacy turns up in an Istanbul warehouse: market diversion. */
export async function* divertedPallet(ctx: StoryContext): Story {
  const product = productOf("pen");
  const units = await ctx.pool.take(product, 12);
  const pallet = `urn:epc:id:sscc:4012345.${String(Date.now()).slice(-10)}`;
  for (const step of [
    commissioned(ctx, product, units, daysAgo(7), PLACES.frankfurt),
    sapShipped(ctx, product, units, daysAgo(6)),
    epcisStep(ctx, `receiving ${units.length} × ${product.name} at ${PLACES.rotterdam.name}`, epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: epcs(units), at: daysAgo(5), place: PLACES.rotterdam.id })),
    epcisStep(ctx, `packing ${units.length} pens on pallet ${pallet.slice(-10)}`, {
      type: "AggregationEvent", action: "ADD", bizStep: "packing", parentID: pallet, childEPCs: epcs(units), eventTime: daysAgo(4).toISOString(), eventTimeZoneOffset: "+00:00", bizLocation: { id: PLACES.rotterdam.id },
    }),
    epcisStep(ctx, `shipping pallet ${pallet.slice(-10)} to ${PLACES.vienna.name}`, epcisEvent({ bizStep: "shipping", disposition: "in_transit", epcs: [pallet], at: daysAgo(3.9), place: PLACES.rotterdam.id, destinationList: [{ type: "location", destination: PLACES.vienna.id }] })),
    epcisStep(ctx, `DIVERTED: pallet ${pallet.slice(-10)} received at ${PLACES.istanbul.name}`, epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: [pallet], at: daysAgo(1), place: PLACES.istanbul.id })),
  ]) {
    await step();
    yield;
  }
}

/** Units of the recalled lot, held in quarantine, shipped out anyway by the 3PL's warehouse. */
export async function* recalledLotMoving(ctx: StoryContext): Story {
  const product = productOf("pen");
  const lot = product.lots[1].lot;
  const units = await ctx.pool.take(product, 8, lot);
  for (const step of [
    commissioned(ctx, product, units, daysAgo(8), PLACES.frankfurt),
    sapShipped(ctx, product, units, daysAgo(7)),
    epcisStep(ctx, `receiving ${units.length} × ${product.name} lot ${lot} at ${PLACES.rotterdam.name}`, epcisEvent({ bizStep: "receiving", disposition: "in_progress", epcs: epcs(units), at: daysAgo(6), place: PLACES.rotterdam.id })),
    // Quarantine as the warehouse records it; when the recall was opened, it already covers the lot.
    epcisStep(ctx, `quarantine: lot ${lot} marked recalled at ${PLACES.rotterdam.name}${ctx.recallOpened ? " (recall open)" : ""}`, epcisEvent({ bizStep: "holding", disposition: "recalled", epcs: epcs(units), at: daysAgo(1), place: PLACES.rotterdam.id })),
  ]) {
    await step();
    yield;
  }
  const shipment = shipheroShipment({ shipmentId: Number(nextDoc().slice(-9)), order: `SO-${nextDoc().slice(-6)}`, sku: product.sku, serials: units.slice(0, 3).map((unit) => unit.serial), country: "NL", city: "Utrecht" });
  await report(ctx, `ShipHero RECALLED lot ${lot} shipped: 3 × ${product.name}`, ctx.send.shiphero(shipment));
  yield;
  ctx.say(`Phone  a customer checks recalled ${units[0].serial} → ${await consumerScan(ctx, units[0], "nl-NL")}: ${onHub(ctx, units[0])}`);
}

/** Someone tries random codes, five a step: unknown serials, then a SERIAL_ENUMERATION alert. */
export async function* guessingClient(ctx: StoryContext): Story {
  const product = productOf("meter");
  for (let round = 0; round < 5; round += 1) {
    const guesses = Array.from({ length: 5 }, () => randomUUID().replace(/-/g, "").slice(0, 12).toUpperCase());
    for (const serial of guesses) {
      await ctx.anonymous.request(VerifyDocument, { code: `https://id.gs1.org/01/${product.gtin}/21/${serial}`, context: { country: "US" } });
    }
    ctx.say(`Guess  a script tries 5 random ${product.name} codes (${(round + 1) * 5} so far)`);
    yield;
  }
}
