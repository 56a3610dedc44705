import { readFileSync } from "node:fs";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { buildSchema, getIntrospectionQuery, Lexer, parse, print, Source, specifiedRules, TokenKind, validate, type DocumentNode, type ValidationContext } from "graphql";
import * as generated from "../../clients/generated/graphql";
import { DEFAULT_OPERATION_LIMITS } from "../../lib/config/operation-limits";
import { projectPath } from "../../lib/paths";
import { INTROSPECTION_MAX_DEPTH, introspectionDepthRule } from "./introspection-depth";
import { operationCost } from "./operation-cost";
import { spreadSize, spreadSizeRule } from "./spread-size";
import { loadPersistedManifest } from "./persisted-operations";
import { publicManifest } from "./public-operations";

const schema = buildSchema(readFileSync(projectPath("gateway/api-schema.graphql"), "utf8"));
const limits = DEFAULT_OPERATION_LIMITS;

/** What graphql-armor's rule counts (as the gateway configures it), read through its onAccept callback. */
function measured(document: DocumentNode, rule: typeof maxDepthRule | typeof maxAliasesRule | typeof maxDirectivesRule, extra = {}): number {
  let count = 0;
  const onAccept = [(_context: ValidationContext | null, details: { n: number }) => (count = Math.max(count, details.n))];
  validate(schema, document, [rule({ n: 1_000_000, onAccept, ...extra })]);
  return count;
}

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    count += 1;
  }
  return count;
}

/** Every `first` at the subgraphs' largest page (100): the worst a client may send these documents with. */
const largestPages = new Proxy({}, { get: () => 100 });

const cost = (text: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(text), undefined, variables, limits);

/** The fields of the document's first operation, its fragments written out in place. */
function spread(document: DocumentNode): number {
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === "FragmentDefinition" ? [[definition.name.value, definition] as const] : [])));
  const operation = document.definitions.find((definition) => definition.kind === "OperationDefinition");
  return operation?.kind === "OperationDefinition" ? spreadSize(operation.selectionSet, (name) => fragments.get(name)) : 0;
}

describe("operation limits", () => {
  it("admit every operation of clients/operations (the SDK, the web pages, most tests), with the largest pages", () => {
    const documents = Object.entries(generated).filter(([, value]) => (value as DocumentNode)?.kind === "Document") as [string, DocumentNode][];
    const rows = documents.map(([name, document]) => ({
      name: name.replace(/Document$/, ""),
      depth: measured(document, maxDepthRule, { flattenFragments: true, ignoreIntrospection: true }),
      aliases: measured(document, maxAliasesRule),
      directives: measured(document, maxDirectivesRule),
      tokens: tokens(print(document)),
      spread: spread(document),
      cost: operationCost(schema, document, undefined, largestPages, limits),
    }));
    const keys = ["depth", "aliases", "directives", "tokens", "spread", "cost"] as const;
    const largest = (key: (typeof keys)[number]) => rows.reduce((top, row) => (row[key] > top[key] ? row : top));
    console.log(`${rows.length} client documents; largest: ` + keys.map((key) => `${key} ${largest(key)[key]}${largest(key)[key] > 0 ? ` (${largest(key).name})` : ""}`).join(", "));
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      const over = row.depth > limits.maxDepth || row.aliases > limits.maxAliases || row.directives > limits.maxDirectives || row.tokens > limits.maxTokens || row.spread > limits.maxTokens || row.cost > limits.maxCost;
      expect({ name: row.name, over }).toEqual({ name: row.name, over: false });
    }
  });

  it("admit GraphiQL's introspection query (where introspection is on)", () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    const document = parse(query);
    const figures = {
      tokens: tokens(query),
      depth: measured(document, maxDepthRule, { flattenFragments: true, ignoreIntrospection: true }),
      introspectionDepth: measured(document, maxDepthRule, { flattenFragments: true, ignoreIntrospection: false }),
      spread: spread(document),
      cost: cost(query),
    };
    console.log(
      `introspection query: ${figures.tokens} tokens, ${figures.spread} fields with its fragments spread, depth ${figures.depth} (counted without __schema), ` +
        `${figures.introspectionDepth} with it (limit ${INTROSPECTION_MAX_DEPTH}), cost ${figures.cost}`,
    );
    expect(figures.tokens).toBeLessThanOrEqual(limits.maxTokens);
    expect(figures.spread).toBeLessThanOrEqual(limits.maxTokens);
    expect(figures.depth).toBeLessThanOrEqual(limits.maxDepth);
    expect(figures.introspectionDepth).toBeLessThanOrEqual(INTROSPECTION_MAX_DEPTH);
    expect(validate(schema, document, [...specifiedRules, introspectionDepthRule()])).toEqual([]);
    expect(figures.cost).toBe(0);
  });

  it("refuse introspection deeper than GraphiQL's, and graphql-js refuses nested introspection lists", () => {
    const errors = (query: string) => validate(schema, parse(query), [...specifiedRules, introspectionDepthRule()]).map((error) => error.extensions.code ?? error.message);
    // Type references 20 deep: no list among them, so only our rule sees it.
    const chain = `{ __schema { types { ${"ofType { ".repeat(20)}name${" }".repeat(20)} } } }`;
    expect(errors(chain)).toEqual(["OPERATION_TOO_DEEP"]);
    const [error] = validate(schema, parse(chain), [introspectionDepthRule()]);
    expect(error.extensions).toMatchObject({ code: "OPERATION_TOO_DEEP", limit: INTROSPECTION_MAX_DEPTH, found: 23 });
    // Through fragments, and as deep as allowed.
    const spread = (levels: number) => `{ __schema { types { ...Refs } } } fragment Refs on __Type { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} }`;
    expect(errors(spread(INTROSPECTION_MAX_DEPTH - 3))).toEqual([]);
    expect(errors(spread(INTROSPECTION_MAX_DEPTH - 2))).toEqual(["OPERATION_TOO_DEEP"]);
    // Fragments spread exponentially (2^190 paths) are measured once each.
    const types = Array.from({ length: 190 }, (_, i) => `fragment T${i} on __Type { ...T${i + 1} ...T${i + 1} }`).join("\n");
    expect(errors(`{ __schema { types { ...T0 } } }\n${types}\nfragment T190 on __Type { ofType { name } }`)).toEqual([]);
    expect(errors(`{ __schema { types { ...T0 } } }\n${types}\nfragment T190 on __Type { ${"ofType { ".repeat(20)}name${" }".repeat(20)} }`)).toEqual(["OPERATION_TOO_DEEP"]);
    // Lists nested in lists grow the answer exponentially: graphql-js's MaxIntrospectionDepthRule (specifiedRules) refuses a third.
    const nested = `{ __schema { types { ${"fields { type { ".repeat(3)}name${" } }".repeat(3)} } } }`;
    expect(errors(nested)).toEqual(["Maximum introspection depth exceeded"]);
    // `__type` is counted by the ordinary depth rule.
    expect(measured(parse(`{ __type(name: "Query") { ${"ofType { ".repeat(20)}name${" }".repeat(20)} } }`), maxDepthRule, { flattenFragments: true, ignoreIntrospection: true })).toBe(22);
  });

  it("refuse an operation whose fields, fragments spread in place, outnumber the token limit", () => {
    const refused = (text: string) => validate(schema, parse(text), [spreadSizeRule(limits.maxTokens)]).map((error) => error.extensions);
    // The reviewer's 904-character document: 2^22 __typename once written out, cost 0, no alias, depth 1.
    const levels = (n: number) => `query { ...F0 }\n${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join("\n")}\nfragment F${n} on Query { __typename }`;
    expect(refused(levels(22))).toEqual([{ code: "TOO_MANY_TOKENS", limit: limits.maxTokens, found: 2 ** 22, http: { status: 400 } }]);
    expect(refused(levels(190))[0]).toMatchObject({ code: "TOO_MANY_TOKENS", found: 2 ** 190 });
    // 2^10 = 1,024 fields pass, 2^11 = 2,048 do not.
    expect(refused(levels(10))).toEqual([]);
    expect(refused(levels(11))[0]).toMatchObject({ code: "TOO_MANY_TOKENS", found: 2048 });
    // Inline fragments and fields nested in them count; a fragment reused a few times is fine.
    expect(spread(parse(`{ ... on Query { product(gtin: "1") { ...P } other: product(gtin: "2") { ...P } } } fragment P on Product { gtin name }`))).toBe(6);
  });

  it("measure fragments spread exponentially in linear time: validation, depth, aliases, directives, cost", () => {
    // F0 { ...F1 ...F1 }, F1 { ...F2 ...F2 }, … 190 levels: walked spread by spread, 2^190 visits (the test would never end).
    const levels = 190;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join("\n");
    const document = parse(`query { ...F0 }\n${fragments}\nfragment F${levels} on Query { a: product(gtin: "1") @include(if: true) { gtin } __typename }`);
    expect(validate(schema, document, [...specifiedRules, introspectionDepthRule()])).toEqual([]);
    const figures = {
      depth: measured(document, maxDepthRule, { flattenFragments: true, ignoreIntrospection: true }),
      aliases: measured(document, maxAliasesRule, { n: Infinity }),
      directives: measured(document, maxDirectivesRule, { n: Infinity }),
      cost: operationCost(schema, document, undefined, {}, limits),
    };
    console.log(`fragments spread ${levels} levels deep: depth ${figures.depth}, aliases ${figures.aliases}, directives ${figures.directives}, cost ${figures.cost}`);
    expect(figures).toEqual({ depth: 2, aliases: 2 ** levels, directives: 2 ** levels, cost: 2 ** levels });
    expect(spread(document)).toBe(3 * 2 ** levels);
  });

  it("ship the public pages' operations as the persisted manifest", () => {
    const shipped = JSON.parse(readFileSync(projectPath("gateway/limits/public-operations.json"), "utf8")) as Record<string, string>;
    // When this fails, write publicManifest() to the file (docs/security/operation-limits.md).
    expect(shipped).toEqual(publicManifest());
    expect(loadPersistedManifest(projectPath("gateway/limits/public-operations.json")).byHash.size).toBe(2);
  });
});

describe("operationCost", () => {
  it("counts objects, a connection's page by its first argument, and scalars as nothing", () => {
    expect(cost("{ product(gtin: \"1\") { gtin name } }")).toBe(1);
    // 1 connection + 20 (the default page) × (edge + node)
    expect(cost("{ products { edges { node { gtin } } } }")).toBe(41);
    expect(cost("{ products(first: 100) { totalCount edges { cursor node { gtin } } } }")).toBe(201);
    expect(cost("query($n: Int!) { products(first: $n) { edges { node { gtin } } } }", { n: 5 })).toBe(11);
    expect(cost("query($n: Int = 50) { products(first: $n) { edges { node { gtin } } } }")).toBe(101);
  });

  it("multiplies nested lists, and counts a list without first at the assumed size", () => {
    // 1 + 100 × (edge + node + serial + events connection 1 + 100 × (edge + node))
    expect(cost("{ anomalies(first: 100) { edges { node { serial { events(first: 100) { edges { node { eventId } } } } } } } }")).toBe(1 + 100 * (3 + 1 + 100 * 2));
    expect(cost("{ serial(gtin: \"1\", serial: \"1\") { recalls { id } } }")).toBe(1 + limits.listSize);
  });

  it("prices fragments once, so a document spreading them exponentially is priced at once", () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join("\n");
    // Walked spread by spread, this would be 2^60 visits: the test would never end.
    expect(cost(`query { ...F${levels} }\nfragment F0 on Query { product(gtin: "1") { gtin } }\n${fragments}`)).toBe(2 ** levels);
  });

  it("leaves introspection free", () => {
    expect(cost("{ __schema { types { name fields { name } } } __typename }")).toBe(0);
  });
});
