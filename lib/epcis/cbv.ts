import { epcisSchema } from "./schema";

/** The CBV 2.0 vocabularies whose standard values EPCIS 2.0 JSON writes as bare words. */
export type CbvVocabulary = "bizStep" | "disposition" | "bizTransactionType" | "sourceDestType" | "errorReason";

interface Forms {
  /** The schema definition whose enum is the vocabulary. */
  definition: string;
  /** EPCIS 1.x URN prefix. */
  urn: string;
  /** Term prefix in a GS1 Web URI, https://ref.gs1.org/cbv/<prefix><value>. */
  term: string;
}

const FORMS: Record<CbvVocabulary, Forms> = {
  bizStep: { definition: "bizStep", urn: "urn:epcglobal:cbv:bizstep:", term: "BizStep-" },
  disposition: { definition: "disposition", urn: "urn:epcglobal:cbv:disp:", term: "Disp-" },
  bizTransactionType: { definition: "bizTransaction-type", urn: "urn:epcglobal:cbv:btt:", term: "BTT-" },
  sourceDestType: { definition: "source-dest-type", urn: "urn:epcglobal:cbv:sdt:", term: "SDT-" },
  errorReason: { definition: "error-reason", urn: "urn:epcglobal:cbv:er:", term: "ER-" },
};

/** ref.gs1.org is the ratified CBV 2.0 namespace; ns.gs1.org appeared in drafts and some exports still use it. */
const WEB_URI = /^https?:\/\/(?:ref|ns)\.gs1\.org\/cbv\/(.*)$/i;

/** Where the schema (vocab-other-uri) forbids custom values: only standard ones live there. */
const RESERVED = /^(urn:epcglobal:cbv|https?:\/\/ns\.gs1\.org\/cbv\/)/;

/** True when a value sits in a namespace the schema keeps for standard CBV values. */
export const inReservedCbvNamespace = (value: string): boolean => RESERVED.test(value);

const cache = new Map<CbvVocabulary, ReadonlySet<string>>();

/**
 * The standard values of a vocabulary. They are read from the official JSON Schema, so
 * the hub shortens exactly the words its validator accepts and keeps no second list.
 */
export function cbvValues(vocabulary: CbvVocabulary): ReadonlySet<string> {
  let values = cache.get(vocabulary);
  if (!values) {
    const definition = epcisSchema().definitions[FORMS[vocabulary].definition];
    const words = definition?.anyOf?.find((branch) => Array.isArray(branch.enum))?.enum;
    if (!words) {
      throw new Error(`The EPCIS schema has no enum for ${FORMS[vocabulary].definition}.`);
    }
    values = new Set(words.filter((word): word is string => typeof word === "string"));
    cache.set(vocabulary, values);
  }
  return values;
}

/**
 * A CBV value in its CBV 2.0 JSON form: the EPCIS 1.x URN (`urn:epcglobal:cbv:bizstep:shipping`)
 * and the GS1 Web URI (`https://ref.gs1.org/cbv/BizStep-shipping`) of a standard value become
 * the bare word (`shipping`). Anything else (bare words, custom URIs, and URNs or Web URIs
 * that name no standard value) is returned as it is, for the schema to judge.
 */
export function cbvValue(vocabulary: CbvVocabulary, value: string): string {
  const { urn, term } = FORMS[vocabulary];
  let word: string | undefined;
  if (value.slice(0, urn.length).toLowerCase() === urn) {
    word = value.slice(urn.length);
  } else {
    const path = WEB_URI.exec(value)?.[1];
    word = path?.startsWith(term) ? path.slice(term.length) : undefined;
  }
  return word !== undefined && cbvValues(vocabulary).has(word) ? word : value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Rewrites `field` of each object in a list (bizTransactionList types, sourceList types, …). */
function mapListField(list: unknown, field: string, vocabulary: CbvVocabulary): unknown {
  if (!Array.isArray(list)) {
    return list;
  }
  return list.map((item) => (isRecord(item) && typeof item[field] === "string" ? { ...item, [field]: cbvValue(vocabulary, item[field]) } : item));
}

const mapWords = (list: unknown, vocabulary: CbvVocabulary): unknown =>
  Array.isArray(list) ? list.map((word) => (typeof word === "string" ? cbvValue(vocabulary, word) : word)) : list;

/**
 * An event with every CBV value in its CBV 2.0 JSON form; a copy, the input is left as it
 * was. It runs before validation, so it expects anything and only touches strings where
 * the standard puts CBV values.
 */
export function canonicalEvent(event: unknown): unknown {
  if (!isRecord(event)) {
    return event;
  }
  const out: Record<string, unknown> = { ...event };
  if (typeof out.bizStep === "string") {
    out.bizStep = cbvValue("bizStep", out.bizStep);
  }
  if (typeof out.disposition === "string") {
    out.disposition = cbvValue("disposition", out.disposition);
  }
  if (isRecord(out.persistentDisposition)) {
    const { set, unset } = out.persistentDisposition;
    out.persistentDisposition = {
      ...out.persistentDisposition,
      ...(set !== undefined ? { set: mapWords(set, "disposition") } : {}),
      ...(unset !== undefined ? { unset: mapWords(unset, "disposition") } : {}),
    };
  }
  for (const [list, vocabulary] of [
    ["bizTransactionList", "bizTransactionType"],
    ["sourceList", "sourceDestType"],
    ["destinationList", "sourceDestType"],
  ] as const) {
    if (out[list] !== undefined) {
      out[list] = mapListField(out[list], "type", vocabulary);
    }
  }
  if (isRecord(out.errorDeclaration) && typeof out.errorDeclaration.reason === "string") {
    out.errorDeclaration = { ...out.errorDeclaration, reason: cbvValue("errorReason", out.errorDeclaration.reason) };
  }
  return out;
}

/** A document (or anything shaped like one) with its events in CBV 2.0 JSON form. */
export function canonicalDocument(document: Record<string, unknown>): Record<string, unknown> {
  const body = document.epcisBody;
  if (!isRecord(body) || !Array.isArray(body.eventList)) {
    return document;
  }
  return { ...document, epcisBody: { ...body, eventList: body.eventList.map(canonicalEvent) } };
}
