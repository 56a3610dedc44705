import { badInput } from "../../../lib/errors/hub-error";
import { validateAiValue } from "../../../lib/gs1/ai-value";
import { requireGtin } from "../../../lib/gs1/gtin";
import { requireText } from "../../../lib/validation/text";
import type { CreateLotInput } from "./lot.input";
import type { NewLot } from "./lot.repository";

export function validateNewLot(input: CreateLotInput): NewLot {
  const lot = input.lot.trim();
  try {
    validateAiValue("10", lot);
  } catch {
    throw badInput(`input.lot "${input.lot}" must be 1 to 20 characters of GS1 CSET 82 (AI 10).`, { field: "input.lot" });
  }
  const expiry = input.expiry ?? null;
  const productionDate = input.productionDate ?? null;
  if (expiry !== null && productionDate !== null && expiry < productionDate) {
    throw badInput(`input.expiry ${expiry} is before input.productionDate ${productionDate}.`, { field: "input.expiry" });
  }
  return {
    gtin: requireGtin(input.gtin, "input.gtin"),
    lot,
    expiry,
    productionDate,
    site: input.site == null ? null : requireText(input.site, "input.site"),
  };
}
