import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { canonicalDocument, inReservedCbvNamespace } from "./cbv";
import { epcisSchema, type EpcisSchema } from "./schema";

/** One problem in a capture: `index` is the event's position (null for the document itself). */
export interface EpcisIssue {
  index: number | null;
  /** Where in the event (or document), e.g. `epcList[0]`. */
  path: string;
  message: string;
}

export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

/** The hub's own JSON-LD prefixes: `serialhub:` extension fields of connector events, CBV master data in ILMD. */
export const HUB_CONTEXT = { serialhub: "urn:serialhub:ns:", cbvmda: "urn:epcglobal:cbv:mda:" } as const;

let compiled: ValidateFunction | undefined;

/**
 * The schema with epcList items declared as strings (they are URIs, so nothing changes in what
 * is valid): ajv checks uniqueItems of scalar items with a hash, of unknown ones pairwise, which
 * took seconds for a 25,000-EPC commissioning event.
 */
function withStringEpcLists(schema: EpcisSchema): EpcisSchema {
  const epcList = schema.definitions.epcList;
  return { ...schema, definitions: { ...schema.definitions, epcList: { ...epcList, items: { type: "string", allOf: [epcList.items] } } } };
}

/** The official GS1 EPCIS 2.0 JSON Schema (draft-07), compiled once per process. */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    compiled = ajv.compile(withStringEpcLists(epcisSchema()));
  }
  return compiled;
}

const WRAPPER_KEYWORDS = new Set(["if", "then", "else", "anyOf", "oneOf", "allOf", "not"]);

/** `/epcisBody/eventList/3/epcList/0` → index 3, path `epcList[0]`. */
function locate(pointer: string): { index: number | null; path: string } {
  const parts = pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  let index: number | null = null;
  if (parts[0] === "epcisBody" && parts[1] === "eventList" && parts.length >= 3) {
    index = Number(parts[2]);
    parts.splice(0, 3);
  }
  const path = parts.reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
  return { index, path };
}

const join = (path: string, child: string) => (path ? `${path}.${child}` : child);

const missingOf = (error: ErrorObject) => (error.params as { missingProperty: string }).missingProperty;

/** The issues of the errors at one location. */
function describeGroup(index: number | null, path: string, group: ErrorObject[], hasDeeper: boolean): EpcisIssue[] {
  const badNames = group.filter((error) => error.keyword === "propertyNames");
  if (badNames.length > 0) {
    // The name also fails the enum of known fields and the URI format: one line says it all.
    return badNames.map((error) => {
      const name = (error.params as { propertyName: string }).propertyName;
      return {
        index,
        path: join(path, name),
        message: `unknown property "${name}": extension properties must be namespaced (prefix:name, with the prefix declared in @context)`,
      };
    });
  }
  const issues: EpcisIssue[] = [];
  const required = group.filter((error) => error.keyword === "required");
  if (required.length === 1) {
    issues.push({ index, path: join(path, missingOf(required[0])), message: `${missingOf(required[0])} is required` });
  } else if (required.length > 1 && !hasDeeper) {
    // Several alternatives of an anyOf (epcList or quantityList, …), none present.
    issues.push({ index, path, message: `needs one of: ${[...new Set(required.map(missingOf))].join(", ")}` });
  }
  const value = group[0].data;
  const enumError = group.find((error) => error.keyword === "enum");
  const others = group.filter((error) => !["required", "pattern", "enum"].includes(error.keyword));
  if (typeof value === "string" && inReservedCbvNamespace(value)) {
    // Standard values in these forms were already shortened (cbv.ts): this one names no CBV 2.0 value.
    issues.push({
      index,
      path,
      message: `"${value}" is in the CBV namespace but names no CBV 2.0 value; use a standard bare word (e.g. "shipping") or a custom URI`,
    });
  } else if (enumError) {
    const allowed = (enumError.params as { allowedValues: unknown[] }).allowedValues;
    const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(", ")}, … or a URI` : allowed.join(", ");
    issues.push({ index, path, message: `${JSON.stringify(value)} is not allowed here; expected ${list}` });
  } else if (others.length > 0) {
    for (const error of others) {
      const message =
        error.keyword === "format" ? `${JSON.stringify(value)} is not a valid ${String(error.params.format)}` : (error.message ?? "is invalid");
      issues.push({ index, path, message });
    }
  } else if (group.some((error) => error.keyword === "pattern")) {
    issues.push({ index, path, message: `${JSON.stringify(value)} does not have the required form` });
  }
  return issues;
}

/** Turns ajv's raw (and, with if/anyOf schemas, very repetitive) errors into one line per real problem. */
function describe(errors: ErrorObject[]): EpcisIssue[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const error of errors.filter((e) => !WRAPPER_KEYWORDS.has(e.keyword))) {
    byPointer.set(error.instancePath, [...(byPointer.get(error.instancePath) ?? []), error]);
  }
  const pointers = [...byPointer.keys()];
  const issues = [...byPointer].flatMap(([pointer, group]) => {
    const { index, path } = locate(pointer);
    return describeGroup(index, path, group, pointers.some((other) => other.startsWith(`${pointer}/`)));
  });
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.index}|${issue.path}|${issue.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export interface ValidDocument {
  /** The document as given, or a bare event list wrapped into one. */
  document: Record<string, unknown>;
  events: Record<string, unknown>[];
}

/**
 * Accepts an EPCISDocument, or a bare list of events (wrapped into a document with the
 * standard @context); writes its CBV values in CBV 2.0 form (EPCIS 1.x URNs and GS1 Web
 * URIs of standard values become bare words) and checks it against the official schema.
 * The document returned is that canonical copy; the input is not changed.
 */
export function validateEpcis(input: unknown): { ok: true; value: ValidDocument } | { ok: false; issues: EpcisIssue[] } {
  let document: Record<string, unknown>;
  if (Array.isArray(input)) {
    document = {
      "@context": [EPCIS_CONTEXT],
      type: "EPCISDocument",
      schemaVersion: "2.0",
      creationDate: new Date().toISOString(),
      epcisBody: { eventList: input },
    };
  } else if (input !== null && typeof input === "object" && (input as { type?: unknown }).type === "EPCISDocument") {
    document = input as Record<string, unknown>;
  } else {
    return {
      ok: false,
      issues: [{ index: null, path: "", message: 'expected an EPCIS 2.0 document (type "EPCISDocument") or a list of events' }],
    };
  }
  document = canonicalDocument(document);
  const validate = validator();
  if (!validate(document)) {
    return { ok: false, issues: describe(validate.errors ?? []) };
  }
  const events = ((document.epcisBody as { eventList?: unknown[] }).eventList ?? []) as Record<string, unknown>[];
  return { ok: true, value: { document, events } };
}

/** Checks an EPCISQueryDocument (a query answer) against the official schema; no issues means valid. */
export function validateEpcisQueryDocument(input: unknown): EpcisIssue[] {
  if (input === null || typeof input !== "object" || (input as { type?: unknown }).type !== "EPCISQueryDocument") {
    return [{ index: null, path: "type", message: 'expected an EPCIS 2.0 query document (type "EPCISQueryDocument")' }];
  }
  const validate = validator();
  return validate(input) ? [] : describe(validate.errors ?? []);
}
