/** GS1 mod-10 check digit of the digits before it. */
function checkDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The hub's canonical id of a location (https://id.gs1.org/414/{gln}[/254/{ext}]) from the
 * forms events carry, so event locations find their names in the location list. The same
 * rules as subgraphs/serials/location/location-id.ts, for the two common forms.
 * @example canonicalLocation("urn:epc:id:sgln:4012345.00001.0") // "https://id.gs1.org/414/4012345000016"
 */
export function canonicalLocation(raw: string): string {
  const sgln = /^urn:epc:id:sgln:(\d+)\.(\d*)\.(.+)$/.exec(raw);
  if (sgln && sgln[1].length + sgln[2].length === 12) {
    const body = sgln[1] + sgln[2];
    return `https://id.gs1.org/414/${body}${checkDigit(body)}${sgln[3] === "0" ? "" : `/254/${sgln[3]}`}`;
  }
  const link = /^https?:\/\/[^/]+(?:\/[^/]+)*?\/414\/(\d{13})(?:\/254\/([^/?#]+))?/.exec(raw);
  if (link) {
    return `https://id.gs1.org/414/${link[1]}${link[2] && link[2] !== "0" ? `/254/${link[2]}` : ""}`;
  }
  return raw;
}
