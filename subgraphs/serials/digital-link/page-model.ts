import type { ConsumerVerdict, SignatureShown, VerifyPageModel } from "../../../web/pages/verify-model";
import type { Verification } from "../verification/verification.service";
import type { ProductPage } from "./product-pages";
import { countryChoices, type ChosenCountry } from "./scan-context";

export interface PageInputs {
  verification: Verification;
  verdict: ConsumerVerdict;
  page: ProductPage;
  /** The request's full URL. */
  url: URL;
  scanId: string;
  session: string;
  chosen: ChosenCountry;
  checkedAt: Date;
  /** Lot and expiry the hub holds for a matched unit, for codes that do not print them. */
  unit: { lot: string | null; expiry: string | null } | null;
}

let choices: [string, string][] | undefined;

/** Countries change rarely: the sorted list is built once. */
const allCountries = () => (choices ??= countryChoices());

/**
 * What a person holding the pack may see: the verdict and message anyone gets, the product,
 * and what the scanned code itself says (lot, expiry, signature), which reveals nothing they
 * do not hold in their hand.
 */
export function verifyPageModel({ verification, verdict, page, url, scanId, session, chosen, checkedAt, unit }: PageInputs): VerifyPageModel {
  const { identifier, product } = verification;
  const known = verification.verified ? unit : null;
  const expiry = identifier.expiry ?? known?.expiry ?? null;
  const kept = [...url.searchParams.entries()].filter(([name]) => name !== "country");
  return {
    verdict,
    message: verification.message,
    product: product ? { name: product.name, brand: product.brand, image: page.image } : null,
    gtin: identifier.gtin,
    serial: identifier.serial,
    lot: identifier.lot ?? known?.lot ?? null,
    expiry,
    expired: expiry !== null && expiry < checkedAt.toISOString().slice(0, 10),
    signature: verification.tenantId ? (verification.signature as SignatureShown) : null,
    links: page.links.map(({ linkType, href, title, lang }) => ({ linkType, href, title, lang })),
    code: url.toString(),
    pagePath: `${url.pathname}${url.search}`,
    keptParameters: kept,
    scanId: verification.tenantId ? scanId : null,
    session,
    country: chosen.country,
    countrySource: chosen.source,
    countries: allCountries(),
    checkedAt,
  };
}
