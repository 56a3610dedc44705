import { readFileSync } from "node:fs";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { buildSchema, getIntrospectionQuery, Lexer, parse, print, Source, TokenKind, validate, type DocumentNode, type ValidationContext } from "graphql";
import * as generated from "../../clients/generated/graphql";
import { DEFAULT_OPERATION_LIMITS } from "../../lib/config/operation-limits";
import { projectPath } from "../../lib/paths";
import { operationCost } from "./operation-cost";
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

describe("operation limits", () => {
  it("admit every operation of clients/operations (the SDK, the web pages, most tests), with the largest pages", () => {
    const documents = Object.entries(generated).filter(([, value]) => (value as DocumentNode)?.kind === "Document") as [string, DocumentNode][];
    const rows = documents.map(([name, document]) => ({
      name: name.replace(/Document$/, ""),
      depth: measured(document, maxDepthRule, { flattenFragments: true, ignoreIntrospection: true }),
      aliases: measured(document, maxAliasesRule),
      directives: measured(document, maxDirectivesRule),
      tokens: tokens(print(document)),
      cost: operationCost(schema, document, undefined, largestPages, limits),
    }));
    const largest = (key: "depth" | "aliases" | "directives" | "tokens" | "cost") => rows.reduce((top, row) => (row[key] > top[key] ? row : top));
    console.log(
      `${rows.length} client documents; largest: ` +
        (["depth", "aliases", "directives", "tokens", "cost"] as const).map((key) => `${key} ${largest(key)[key]}${largest(key)[key] > 0 ? ` (${largest(key).name})` : ""}`).join(", "),
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect({ name: row.name, over: row.depth > limits.maxDepth || row.aliases > limits.maxAliases || row.directives > limits.maxDirectives || row.tokens > limits.maxTokens || row.cost > limits.maxCost }).toEqual({ name: row.name, over: false });
    }
  });

  it("admit GraphiQL's introspection query (where introspection is on)", () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    const document = parse(query);
    const figures = { tokens: tokens(query), depth: measured(document, maxDepthRule, { flattenFragments: true, ignoreIntrospection: true }), cost: cost(query) };
    console.log(`introspection query: ${figures.tokens} tokens, depth ${figures.depth} (counted without __schema), cost ${figures.cost}`);
    expect(figures.tokens).toBeLessThanOrEqual(limits.maxTokens);
    expect(figures.depth).toBeLessThanOrEqual(limits.maxDepth);
    expect(figures.cost).toBe(0);
  });

  it("ship the public pages' operations as the persisted manifest", () => {
    const shipped = JSON.parse(readFileSync(projectPath("gateway/limits/public-operations.json"), "utf8")) as Record<string, string>;
    // When this fails, write publicManifest() to the file (docs/security.md "Persisted operations").
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
