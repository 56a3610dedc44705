import type { Prng } from "./prng";

/**
 * Hostile XML: entity expansion (billion laughs, quadratic blowup), external entities (XXE on
 * file:///etc/passwd and over HTTP), parameter entities, external DTDs, each in a few spellings
 * and placed in front of a real IDoc or alone. None may expand, fetch or reach the mapping.
 */
export function xmlAttack(idoc: string, prng: Prng): { what: string; body: string } {
  const name = prng.pick(["lol", "x", "e", "ent", "a1"]);
  const root = prng.pick(["DELVRY07", "lolz", "foo", "IDOC"]);
  const doctype = prng.pick(["DOCTYPE", "doctype", "DocType"]);
  const space = prng.pick([" ", "\n", "\t", "  "]);
  const levels = prng.between(3, 12);
  const fan = prng.between(2, 12);
  const attacks: [string, () => string][] = [
    [
      `billion laughs, ${levels} levels of ${fan}`,
      () => {
        const entities = [`<!ENTITY ${name}0 "lol">`];
        for (let level = 1; level <= levels; level += 1) {
          entities.push(`<!ENTITY ${name}${level} "${`&${name}${level - 1};`.repeat(fan)}">`);
        }
        return `<?xml version="1.0"?>\n<!${doctype}${space}${root} [${entities.join("\n")}]>\n<${root}>&${name}${levels};</${root}>`;
      },
    ],
    [
      "quadratic blowup",
      () => `<!${doctype} ${root} [<!ENTITY ${name} "${"A".repeat(prng.between(1000, 50_000))}">]><${root}>${`&${name};`.repeat(prng.between(100, 5000))}</${root}>`,
    ],
    ["XXE file:///etc/passwd", () => `<?xml version="1.0"?><!${doctype} ${root} [<!ENTITY ${name} SYSTEM "file:///etc/passwd">]><${root}>&${name};</${root}>`],
    ["XXE over HTTP", () => `<!${doctype} ${root} [<!ENTITY ${name} SYSTEM "http://127.0.0.1:9/${name}">]><${root}><IDOC>&${name};</IDOC></${root}>`],
    ["XXE PUBLIC id", () => `<!${doctype} ${root} [<!ENTITY ${name} PUBLIC "-//X//Y" "file:///etc/shadow">]><${root}>&${name};</${root}>`],
    ["parameter entity", () => `<!${doctype} ${root} [<!ENTITY % ${name} SYSTEM "file:///etc/passwd"> %${name};]><${root}/>`],
    ["external DTD", () => `<?xml version="1.0"?><!${doctype} ${root} SYSTEM "http://127.0.0.1:9/evil.dtd"><${root}/>`],
    ["XXE in front of a real IDoc", () => idoc.replace(/<DELVRY07>/, `<!${doctype} DELVRY07 [<!ENTITY ${name} SYSTEM "file:///etc/passwd">]><DELVRY07>`).replace(/<SERNR>[^<]*<\/SERNR>/, `<SERNR>&${name};</SERNR>`)],
    ["bare ENTITY declaration", () => `<${root}><!ENTITY ${name} "x">&${name};</${root}>`],
    ["DOCTYPE after a comment", () => `<!-- ${name} --><!${doctype} ${root}><${root}/>`],
  ];
  const [what, build] = prng.pick(attacks);
  return { what, body: build() };
}

const LEAF = /<([A-Z][A-Z0-9_]*)>([^<]*)<\/\1>/g;

/** Damage to the element structure of a real IDoc: leaves emptied, replaced, removed, unclosed, mismatched. */
export function xmlMutation(idoc: string, prng: Prng): { what: string; body: string } {
  const leaves = [...idoc.matchAll(LEAF)];
  const leaf = prng.pick(leaves);
  const [whole, tag] = leaf;
  const at = leaf.index as number;
  const replace = (text: string) => `${idoc.slice(0, at)}${text}${idoc.slice(at + whole.length)}`;
  const mutations: [string, () => string][] = [
    [`${tag} emptied`, () => replace(`<${tag}></${tag}>`)],
    [`${tag} removed`, () => replace("")],
    [`${tag} holds garbage`, () => replace(`<${tag}>${prng.pick(["%%%", "-1", "99999999999999999999", "\u0000", "ü€𝄞", "2025-13-45"])}</${tag}>`)],
    [`${tag} holds an element`, () => replace(`<${tag}><X>1</X></${tag}>`)],
    [`${tag} unclosed`, () => replace(`<${tag}>${leaf[2]}`)],
    [`${tag} closed as another`, () => replace(`<${tag}>${leaf[2]}</${tag}X>`)],
    [`${tag} with an unquoted attribute`, () => replace(`<${tag} A=1>${leaf[2]}</${tag}>`)],
    [`${tag} with an undeclared entity`, () => replace(`<${tag}>&undeclared;</${tag}>`)],
    [`a second root after the IDoc`, () => `${idoc}<DELVRY07/>`],
    [`CDATA left open`, () => replace(`<${tag}><![CDATA[${leaf[2]}</${tag}>`)],
  ];
  const [what, build] = prng.pick(mutations);
  return { what, body: build() };
}

/** Elements nested past the limit, alone or in place of one leaf of a real IDoc. */
export function deepXml(idoc: string, prng: Prng, maxDepth: number): { what: string; body: string } {
  const depth = prng.logBetween(65, maxDepth);
  const nested = `${"<E>".repeat(depth)}x${"</E>".repeat(depth)}`;
  if (prng.next() < 0.3) {
    return { what: `elements nested ${depth} deep`, body: `<DELVRY07>${nested}</DELVRY07>` };
  }
  return { what: `a leaf replaced by elements nested ${depth} deep`, body: idoc.replace(/<SERNR>[^<]*<\/SERNR>/, `<SERNR>${nested}</SERNR>`) };
}

/** More elements than the limit, each tiny: `<E/>` repeated. */
export const elementBomb = (elements: number): string => `<DELVRY07><IDOC>${"<E/>".repeat(elements)}</IDOC></DELVRY07>`;
