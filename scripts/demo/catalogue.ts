import { gs1CheckDigit } from "../../lib/gs1/gtin";

/** The demo tenant's master data: three medical products, their lots and markets, and the places they move through. */

const gtin = (body12: string) => `0${body12}${gs1CheckDigit(`0${body12}`)}`;
const svg = (body: string) =>
  `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="14" fill="#e0ecff"/>${body}</svg>`).toString("base64")}`;

export interface DemoProduct {
  key: "pen" | "meter" | "pump";
  gtin: string;
  name: string;
  brand: string;
  markets: string[];
  sku: string;
  warrantyMonths: number;
  lots: { lot: string; expiry: string }[];
  image: string;
  links: { linkType: string; href: string; title: string; lang?: string; mediaType?: string }[];
}

const links = (slug: string, extra: DemoProduct["links"] = []) => [
  { linkType: "gs1:pip", href: `https://acme-health.example/${slug}`, title: "Product information", lang: "en", mediaType: "text/html" },
  { linkType: "gs1:instructions", href: `https://acme-health.example/${slug}/instructions.pdf`, title: "Instructions for use (PDF)", lang: "en", mediaType: "application/pdf" },
  { linkType: "gs1:recallStatus", href: `https://acme-health.example/${slug}/recalls`, title: "Recall notices", lang: "en" },
  ...extra,
];

export const PRODUCTS: DemoProduct[] = [
  {
    key: "pen",
    gtin: gtin("401234500108"),
    name: "Insulin pen 3 ml",
    brand: "Acme Pharma",
    markets: ["DE", "FR", "NL", "AT"],
    sku: "INS-PEN-3",
    warrantyMonths: 0,
    lots: [
      { lot: "B2501", expiry: "2027-06-30" },
      { lot: "B2502", expiry: "2027-09-30" },
    ],
    image: svg('<rect x="40" y="10" width="16" height="76" rx="6" fill="#1d4ed8"/><rect x="43" y="22" width="10" height="18" rx="2" fill="#fff"/>'),
    links: links("insulin-pen", [{ linkType: "gs1:epil", href: "https://acme-health.example/insulin-pen/leaflet-de.pdf", title: "Packungsbeilage (PDF)", lang: "de", mediaType: "application/pdf" }]),
  },
  {
    key: "meter",
    gtin: gtin("401234500207"),
    name: "Glucose meter GM-7",
    brand: "Acme Diagnostics",
    markets: ["US", "CA"],
    sku: "GLUCO-METER-7",
    warrantyMonths: 36,
    lots: [{ lot: "G2503", expiry: "2030-12-31" }],
    image: svg('<rect x="26" y="14" width="44" height="68" rx="10" fill="#0f766e"/><rect x="33" y="22" width="30" height="20" rx="3" fill="#fff"/><circle cx="48" cy="62" r="8" fill="#fff"/>'),
    links: links("glucose-meter", [{ linkType: "gs1:registerProduct", href: "https://acme-health.example/register", title: "Register for the 3-year warranty", lang: "en" }]),
  },
  {
    key: "pump",
    gtin: gtin("401234500306"),
    name: "Infusion pump P-200",
    brand: "Acme Medical",
    markets: ["US", "DE", "FR"],
    sku: "INF-PUMP-200",
    warrantyMonths: 24,
    lots: [{ lot: "P2501", expiry: "2035-01-31" }],
    image: svg('<rect x="16" y="24" width="64" height="48" rx="8" fill="#7c3aed"/><rect x="24" y="32" width="30" height="16" rx="2" fill="#fff"/><circle cx="66" cy="40" r="6" fill="#fff"/>'),
    links: links("infusion-pump", [{ linkType: "gs1:registerProduct", href: "https://acme-health.example/register", title: "Register your pump", lang: "en" }]),
  },
];

export const productOf = (key: DemoProduct["key"]): DemoProduct => PRODUCTS.find((product) => product.key === key) as DemoProduct;

export interface DemoPlace {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
}

const sgln = (ref: string) => `urn:epc:id:sgln:4012345.${ref}.0`;

export const PLACES = {
  frankfurt: { id: sgln("00001"), name: "Acme plant Frankfurt", country: "DE", lat: 50.11, lon: 8.68 },
  rotterdam: { id: sgln("00002"), name: "EuroLog DC Rotterdam", country: "NL", lat: 51.92, lon: 4.48 },
  paris: { id: sgln("00003"), name: "Pharmacie du Marais, Paris", country: "FR", lat: 48.857, lon: 2.352 },
  vienna: { id: sgln("00004"), name: "Apotheke am Ring, Vienna", country: "AT", lat: 48.208, lon: 16.373 },
  minneapolis: { id: sgln("00005"), name: "Acme plant Minneapolis", country: "US", lat: 44.98, lon: -93.27 },
  reno: { id: sgln("00006"), name: "Acme DC Reno", country: "US", lat: 39.53, lon: -119.81 },
  chicago: { id: sgln("00007"), name: "Lakeside Clinic, Chicago", country: "US", lat: 41.88, lon: -87.63 },
  toronto: { id: sgln("00008"), name: "MapleMed Toronto", country: "CA", lat: 43.65, lon: -79.38 },
  istanbul: { id: sgln("00009"), name: "Bosphorus Trading warehouse, Istanbul", country: "TR", lat: 41.01, lon: 28.98 },
} satisfies Record<string, DemoPlace>;

/** Where the clone is scanned: a market stall in Lagos (no master data, the phone gives the position). */
export const LAGOS = { country: "NG", lat: 6.52, lon: 3.38 };
