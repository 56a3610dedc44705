import { badInput } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import { requireText } from "../../../lib/validation/text";
import type { CreateProductInput } from "./product.input";

export interface NewProduct {
  gtin: string;
  name: string;
  brand: string;
  markets: string[];
  warrantyMonths: number;
  companyPrefixLength: number | null;
  skus: string[];
}

/** Item codes: trimmed, unique, 1 to 40 characters each (SAP material numbers run to 40). */
export function validateSkus(skus: readonly string[], field: string): string[] {
  const cleaned = [...new Set(skus.map((sku) => sku.trim()))];
  if (cleaned.some((sku) => sku === "" || sku.length > 40)) {
    throw badInput(`${field}: each item code must be 1 to 40 characters.`, { field });
  }
  return cleaned;
}

/** Checks every field of createProduct and returns the normalised values. */
export function validateNewProduct(input: CreateProductInput): NewProduct {
  const gtin = requireGtin(input.gtin, "input.gtin");
  const markets = [...new Set(input.markets.map((market) => market.trim().toUpperCase()))];
  const badMarket = markets.find((market) => !/^[A-Z]{2}$/.test(market));
  if (badMarket !== undefined) {
    throw badInput(`input.markets: "${badMarket}" is not an ISO 3166-1 alpha-2 country code.`, { field: "input.markets" });
  }
  if (!Number.isInteger(input.warrantyMonths) || input.warrantyMonths < 0 || input.warrantyMonths > 600) {
    throw badInput("input.warrantyMonths must be a whole number of months from 0 to 600.", { field: "input.warrantyMonths" });
  }
  const prefixLength = input.companyPrefixLength ?? null;
  if (prefixLength !== null && (!Number.isInteger(prefixLength) || prefixLength < 6 || prefixLength > 12)) {
    throw badInput("input.companyPrefixLength must be from 6 to 12.", { field: "input.companyPrefixLength" });
  }
  return {
    gtin,
    name: requireText(input.name, "input.name"),
    brand: requireText(input.brand, "input.brand"),
    markets,
    warrantyMonths: input.warrantyMonths,
    companyPrefixLength: prefixLength,
    skus: validateSkus(input.skus ?? [], "input.skus"),
  };
}
