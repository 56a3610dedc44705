/** Link relation types are URIs in a linkset: gs1:pip is https://gs1.org/voc/pip. */
export const GS1_VOC = "https://gs1.org/voc/";

export interface ConfiguredLink {
  linkType: string;
  href: string;
  title: string;
  lang: string | null;
  mediaType: string | null;
}

interface LinkTarget {
  href: string;
  title: string;
  type?: string;
  hreflang?: string[];
}

const relation = (linkType: string) => (linkType.startsWith("gs1:") ? `${GS1_VOC}${linkType.slice(4)}` : linkType);

const target = (link: ConfiguredLink): LinkTarget => ({
  href: link.href,
  title: link.title,
  ...(link.mediaType ? { type: link.mediaType } : {}),
  ...(link.lang ? { hreflang: [link.lang] } : {}),
});

export interface LinksetInput {
  /** The identifier the links are about, as a canonical Digital Link (no query). */
  anchor: string;
  itemDescription: string | null;
  /** This hub's verification page for the identifier: the default link. */
  pageUrl: string;
  links: readonly ConfiguredLink[];
}

/**
 * The GS1 resolver linkset (RFC 9264 JSON, `application/linkset+json`): the hub's own page as
 * the default link and the verification service, then the product's configured links by type.
 */
export function buildLinkset(input: LinksetInput): { linkset: Record<string, unknown>[] } {
  const entry: Record<string, unknown> = { anchor: input.anchor };
  if (input.itemDescription) {
    entry.itemDescription = input.itemDescription;
  }
  entry[`${GS1_VOC}defaultLink`] = [{ href: input.pageUrl, title: "Check this product", type: "text/html" }];
  const separator = input.pageUrl.includes("?") ? "&" : "?";
  entry[`${GS1_VOC}verificationService`] = [{ href: `${input.pageUrl}${separator}linkType=verificationService`, title: "DSCSA verification (VRS)", type: "application/json" }];
  for (const link of input.links) {
    const key = relation(link.linkType);
    entry[key] = [...((entry[key] as LinkTarget[] | undefined) ?? []), target(link)];
  }
  return { linkset: [entry] };
}

/** The configured link of a type, in the client's language when there is one. */
export function pickLink(links: readonly ConfiguredLink[], linkType: string, languages: readonly string[]): ConfiguredLink | undefined {
  const candidates = links.filter((link) => link.linkType === linkType);
  for (const language of languages) {
    const match = candidates.find((link) => link.lang !== null && (link.lang.toLowerCase() === language || link.lang.toLowerCase().split("-")[0] === language.split("-")[0]));
    if (match) {
      return match;
    }
  }
  return candidates.find((link) => link.lang === null) ?? candidates[0];
}
