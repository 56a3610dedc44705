/**
 * What the consumer verification page shows, as the serials service's Digital Link
 * resolver hands it over. Plain data: the page renders it and adds nothing it was not told.
 */

/** The four answers a person gets; also the page's `data-verdict` test hook. */
export type ConsumerVerdict = "genuine" | "unverified" | "recalled" | "suspect";

export type SignatureShown = "VALID" | "INVALID" | "ABSENT";

export const PROBLEM_KINDS = ["LOOKS_COUNTERFEIT", "PACK_TAMPERED", "DETAILS_DO_NOT_MATCH", "OTHER"] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const PROBLEM_LABELS: Record<ProblemKind, string> = {
  LOOKS_COUNTERFEIT: "It looks fake, or different from usual",
  PACK_TAMPERED: "The pack was opened, damaged or tampered with",
  DETAILS_DO_NOT_MATCH: "The details printed on the pack do not match this page",
  OTHER: "Something else",
};

export interface PageLink {
  linkType: string;
  href: string;
  title: string;
  lang: string | null;
}

export interface VerifyPageModel {
  verdict: ConsumerVerdict;
  /** The verification service's sentence for a person. */
  message: string;
  product: { name: string; brand: string | null; image: string | null } | null;
  gtin: string | null;
  serial: string | null;
  lot: string | null;
  /** ISO date. */
  expiry: string | null;
  expired: boolean;
  signature: SignatureShown | null;
  links: PageLink[];
  /** Canonical Digital Link of what was scanned (with its signature), for the enhancement script. */
  code: string;
  /** Path and query of this page: forms post and reload here. */
  pagePath: string;
  /** Query parameters to keep when the country is changed (signature, expiry, …). */
  keptParameters: [string, string][];
  /** Ties a problem report and a located re-check to this scan. */
  scanId: string | null;
  session: string;
  country: string | null;
  countrySource: "choice" | "language" | null;
  /** [code, English name], sorted by name. */
  countries: [string, string][];
  checkedAt: Date;
}
