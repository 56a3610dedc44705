import { PackStateReason, VerificationFailureReason, VerificationInfo } from "../verification/verification.types";
import { consumerVerdict } from "./consumer-verdict";
import { pickLink } from "./linkset";
import { chooseRepresentation } from "./negotiate";
import { chooseCountry, countryFromAcceptLanguage, readCookies } from "./scan-context";

describe("content negotiation", () => {
  it.each([
    ["a browser", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", undefined, "html"],
    ["curl", "*/*", undefined, "html"],
    ["no Accept at all", undefined, undefined, "html"],
    ["an API client", "application/json", undefined, "json"],
    ["JSON preferred", "application/json, text/html;q=0.5", undefined, "json"],
    ["HTML preferred over JSON", "text/html, application/json;q=0.9", undefined, "html"],
    ["a linkset client", "application/linkset+json", undefined, "linkset"],
    ["linkType=all", "text/html", "all", "linkset"],
    ["linkType=linkset", "application/json", "linkset", "linkset"],
    ["DSCSA VRS", "application/json", "verificationService", "vrs"],
    ["VRS with the prefix", "*/*", "gs1:verificationService", "vrs"],
    ["the default link", "text/html", "gs1:defaultLink", "html"],
  ])("sends %s the %s", (_who, accept, linkType, kind) => {
    expect(chooseRepresentation(accept, linkType).kind).toBe(kind);
  });

  it("normalises short link types", () => {
    expect(chooseRepresentation("text/html", "pip")).toEqual({ kind: "link", linkType: "gs1:pip" });
  });
});

describe("the country of a scan", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.8", "DE"],
    ["de,en-GB;q=0.5", "GB"],
    ["en;q=0.3, fr-CA;q=0.7", "CA"],
    ["zh-Hant-TW", "TW"],
    ["es-419", null],
    ["de", null],
    ["", null],
    ["xx-QQ", null],
  ])("reads %j as %s", (header, country) => {
    expect(countryFromAcceptLanguage(header)).toBe(country);
  });

  it("prefers an explicit choice, then a remembered one, then the language", () => {
    expect(chooseCountry("fr", "DE", "de-AT")).toEqual({ country: "FR", source: "choice" });
    expect(chooseCountry(undefined, "DE", "de-AT")).toEqual({ country: "DE", source: "choice" });
    expect(chooseCountry(undefined, undefined, "de-AT")).toEqual({ country: "AT", source: "language" });
    expect(chooseCountry("", "DE", "de-AT")).toEqual({ country: null, source: null });
    expect(chooseCountry("Germany", undefined, "de-AT")).toEqual({ country: "AT", source: "language" });
  });

  it("reads cookies and ignores broken ones", () => {
    expect(readCookies("a=1; sh_session=abc%2D; bad=%E0%A4%A")).toEqual({ a: "1", sh_session: "abc-" });
  });
});

describe("the consumer verdict", () => {
  const evidence = (failureReason: VerificationFailureReason | null, additionalInfo: VerificationInfo[] = [], reason: PackStateReason | null = null) => ({
    failureReason,
    additionalInfo,
    state: { reason },
  });

  it.each([
    ["genuine", evidence(null)],
    ["genuine", evidence(null, [VerificationInfo.EXPIRED])],
    ["recalled", evidence(null, [VerificationInfo.RECALLED], PackStateReason.RECALLED)],
    ["unverified", evidence(VerificationFailureReason.NO_MATCH_GTIN_SERIAL)],
    ["unverified", evidence(VerificationFailureReason.GTIN_UNKNOWN)],
    ["unverified", evidence(null, [], PackStateReason.NOT_RELEASED)],
    ["suspect", evidence(VerificationFailureReason.SIGNATURE_INVALID, [VerificationInfo.SUSPECT])],
    ["suspect", evidence(null, [VerificationInfo.RECALLED, VerificationInfo.SUSPECT])],
    ["suspect", evidence(null, [VerificationInfo.ILLEGITIMATE], PackStateReason.STOLEN)],
    ["suspect", evidence(null, [], PackStateReason.DESTROYED)],
  ])("is %s", (verdict, given) => {
    expect(consumerVerdict(given)).toBe(verdict);
  });
});

describe("picking a link", () => {
  const link = (lang: string | null, href: string) => ({ linkType: "gs1:pip", href, title: "t", lang, mediaType: null });
  const links = [link("en", "en"), link("de-CH", "de-CH"), link(null, "any")];

  it("matches the reader's language, then its primary tag, then a link without a language", () => {
    expect(pickLink(links, "gs1:pip", ["de-ch", "de"])?.href).toBe("de-CH");
    expect(pickLink(links, "gs1:pip", ["de-de"])?.href).toBe("de-CH");
    expect(pickLink(links, "gs1:pip", ["fr"])?.href).toBe("any");
    expect(pickLink(links, "gs1:instructions", ["en"])).toBeUndefined();
  });
});
