import { randomBytes } from "node:crypto";
import countries from "i18n-iso-countries";

export const SESSION_COOKIE = "sh_session";
export const COUNTRY_COOKIE = "sh_country";

const SESSION = /^[A-Za-z0-9_-]{16,64}$/;

export const isCountry = (value: string | null | undefined): value is string => !!value && /^[A-Z]{2}$/.test(value) && countries.isValid(value);

/** A browser's session id: repeated looks from one browser count once for SCAN_COUNT. */
export const newSessionId = (): string => randomBytes(16).toString("base64url");

export const isSessionId = (value: string | undefined): value is string => value !== undefined && SESSION.test(value);

export function readCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) {
      const value = part.slice(at + 1).trim();
      try {
        cookies[part.slice(0, at).trim()] = decodeURIComponent(value);
      } catch {
        // A cookie someone else set with a bad escape is not ours.
      }
    }
  }
  return cookies;
}

/**
 * The country of the first language tag (by preference) that names a region, e.g. de-AT → AT.
 * A bare language says nothing about where someone is (German is spoken in four countries).
 */
export function countryFromAcceptLanguage(header: string | undefined): string | null {
  const tags = (header ?? "")
    .split(",")
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(";");
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== "" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of tags) {
    const region = tag
      .split("-")
      .slice(1)
      .find((subtag) => /^[A-Za-z]{2}$/.test(subtag))
      ?.toUpperCase();
    if (isCountry(region)) {
      return region;
    }
  }
  return null;
}

export interface ChosenCountry {
  country: string | null;
  source: "choice" | "language" | null;
}

/** An explicit choice (this request, else remembered in a cookie) wins over the browser's language. */
export function chooseCountry(explicit: string | undefined, remembered: string | undefined, acceptLanguage: string | undefined): ChosenCountry {
  const chosen = (explicit ?? remembered)?.trim().toUpperCase();
  if (explicit === "" || (explicit === undefined && remembered === "")) {
    return { country: null, source: null };
  }
  if (isCountry(chosen)) {
    return { country: chosen, source: "choice" };
  }
  const fromLanguage = countryFromAcceptLanguage(acceptLanguage);
  return fromLanguage ? { country: fromLanguage, source: "language" } : { country: null, source: null };
}

/** [code, English name] of every country, sorted by name, for the page's country list. */
export function countryChoices(): [string, string][] {
  return Object.entries(countries.getNames("en", { select: "official" }))
    .filter(([code]) => isCountry(code))
    .sort((a, b) => a[1].localeCompare(b[1], "en"));
}
