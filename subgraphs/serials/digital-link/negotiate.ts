/** What a Digital Link request asks for, from its linkType and Accept header. */
export type Representation =
  | { kind: "vrs" }
  | { kind: "linkset" }
  | { kind: "link"; linkType: string }
  | { kind: "json" }
  | { kind: "html" };

interface MediaRange {
  type: string;
  q: number;
}

function mediaRanges(accept: string | undefined): MediaRange[] {
  return (accept ?? "")
    .split(",")
    .map((entry) => {
      const [type, ...params] = entry.trim().toLowerCase().split(";");
      const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { type: type.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((range) => range.type !== "");
}

/** The quality the client gives a media type, by its most specific matching range. */
function quality(ranges: MediaRange[], type: string): number {
  const [major] = type.split("/");
  const exact = ranges.find((range) => range.type === type);
  const family = ranges.find((range) => range.type === `${major}/*`);
  const any = ranges.find((range) => range.type === "*/*");
  return (exact ?? family ?? any)?.q ?? 0;
}

/** "pip" and "gs1:pip" name the same GS1 link type. */
export const normaliseLinkType = (linkType: string): string => (linkType.includes(":") ? linkType : `gs1:${linkType}`);

/**
 * GS1 resolver conventions first (linkType=verificationService is the DSCSA VRS, all/linkset
 * the linkset, any other link type a redirect), then content negotiation: JSON only when the
 * client prefers it to HTML, so a browser, a phone's camera app and curl all get the page.
 */
export function chooseRepresentation(accept: string | undefined, linkType: string | undefined): Representation {
  const type = linkType?.trim();
  if (type === "verificationService" || type === "gs1:verificationService") {
    return { kind: "vrs" };
  }
  if (type === "all" || type === "linkset") {
    return { kind: "linkset" };
  }
  const ranges = mediaRanges(accept);
  if (type && type !== "gs1:defaultLink" && type !== "defaultLink" && type !== "gs1:defaultLinkMulti") {
    return { kind: "link", linkType: normaliseLinkType(type) };
  }
  const explicitly = (media: string) => ranges.some((range) => range.type === media && range.q > 0);
  if (explicitly("application/linkset+json") && quality(ranges, "application/linkset+json") >= quality(ranges, "text/html")) {
    return { kind: "linkset" };
  }
  if (explicitly("application/json") && quality(ranges, "application/json") > quality(ranges, "text/html")) {
    return { kind: "json" };
  }
  return { kind: "html" };
}
