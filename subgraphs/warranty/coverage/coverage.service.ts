import type { Identity } from "../../../lib/auth/identity";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { Extension } from "../extension/extension.entity";
import type { ExtensionRepository } from "../extension/extension.repository";
import type { ProductsClient, ProductTerms } from "../peers/products-client";
import type { CodeVerification, UnitFacts } from "../peers/unit-facts";
import type { WarrantySettingsRepository } from "../settings/settings.repository";
import { DEFAULT_WARRANTY_SETTINGS, type WarrantySettings } from "../settings/warranty-settings";
import { localDateOf, utcDate } from "./calendar";
import { computeCoverage, type Coverage } from "./coverage";
import { voidReasonOf } from "./void-policy";

/** One unit with everything its coverage was computed from. */
export interface AssessedUnit {
  key: SerialKey;
  /** Serials' record; undefined when it has none. */
  unit: UnitFacts | undefined;
  terms: ProductTerms | undefined;
  settings: WarrantySettings;
  extensions: Extension[];
  coverage: Coverage;
}

export interface CoverageDeps {
  products: ProductsClient;
  settings: WarrantySettingsRepository;
  extensions: ExtensionRepository;
}

/**
 * Computes coverage for units whose serials facts the caller already has: product terms
 * (products), the tenant's policy and extensions (warranty), the first sale or shipment
 * (serials). Nothing about coverage is stored, so a retracted sale or a later shipment is
 * reflected at once.
 */
export class CoverageService {
  constructor(private readonly deps: CoverageDeps) {}

  async assess(
    caller: Identity,
    keys: readonly SerialKey[],
    units: ReadonlyMap<string, UnitFacts>,
    verificationOf: (key: SerialKey) => CodeVerification | undefined = () => undefined,
    now = new Date(),
  ): Promise<Map<string, AssessedUnit>> {
    const gtins = [...new Set(keys.map((key) => key.gtin))];
    const [terms, settings, extensions] = await Promise.all([
      this.deps.products.terms(caller, gtins),
      this.deps.settings.forGtins(caller.tenant, gtins),
      keys.length > 0 ? this.deps.extensions.forUnits(caller.tenant, keys) : Promise.resolve([]),
    ]);
    const assessed = new Map<string, AssessedUnit>();
    for (const key of keys) {
      const unit = units.get(keyString(key));
      const unitExtensions = extensions.filter((extension) => extension.gtin === key.gtin && extension.serialNumber === key.serial);
      const unitSettings = settings.get(key.gtin) ?? DEFAULT_WARRANTY_SETTINGS;
      const firstSale = unit?.sales[0];
      const coverage = computeCoverage({
        unitKnown: unit !== undefined,
        warrantyMonths: terms.get(key.gtin)?.warrantyMonths ?? null,
        startsFrom: unitSettings.startsFrom,
        firstSale: firstSale ? localDateOf(firstSale.eventTime, firstSale.timeZoneOffset) : null,
        firstShipment: unit?.firstShipment ? localDateOf(unit.firstShipment.eventTime, unit.firstShipment.timeZoneOffset) : null,
        extensionMonths: unitExtensions.reduce((sum, extension) => sum + extension.months, 0),
        voidReason: voidReasonOf(unit, verificationOf(key)),
        today: utcDate(now),
      });
      assessed.set(keyString(key), { key, unit, terms: terms.get(key.gtin), settings: unitSettings, extensions: unitExtensions, coverage });
    }
    return assessed;
  }
}
