import { readFileSync } from "node:fs";
import { buildSchema, isObjectType, type GraphQLSchema } from "graphql";
import { composeGraph, type ComposedGraph } from "../gateway/compose";
import { SUBGRAPH_MODULES, SUPERGRAPH_PATH } from "../hub";
import { projectPath } from "../lib/paths";
import {
  authorizedRoles,
  fieldAccess,
  fieldsNeedingARule,
  type AuthorizedRoles,
  type FieldAccess,
} from "../lib/testing/field-access-audit";
import { formatRoles, parseRoles, readFieldAccess, SECURITY_DOC, type AccessRow, type FieldAccessDoc } from "../lib/testing/field-access-doc";

const API_SCHEMA_PATH = "gateway/api-schema.graphql";
const CHECKED_BY = ["@Authorized", "resolver", "—"];

const fieldsOf = (schema: GraphQLSchema): Set<string> =>
  new Set(
    Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
      .flatMap((type) => Object.keys((type as { getFields(): object }).getFields()).map((field) => `${type.name}.${field}`)),
  );

/** The row a missing field needs, with the roles the code gives it: what a failure tells the author to add. */
const suggestion = (name: string, access: FieldAccess, authorized: AuthorizedRoles) =>
  `| \`${name}\` | ${formatRoles(access.fields.get(name) ?? new Set())} | ${authorized.has(name) ? "@Authorized" : "—"} | … |`;

const duplicates = (rows: AccessRow[]) => rows.map((row) => row.name).filter((name, i, all) => all.indexOf(name) !== i);

describe(`${SECURITY_DOC} "Field access" against the composed schema and the resolvers' @Authorized`, () => {
  let graph: ComposedGraph;
  let api: GraphQLSchema;
  let authorized: AuthorizedRoles;
  let access: FieldAccess;
  let doc: FieldAccessDoc;
  let apiFields: Set<string>;

  beforeAll(async () => {
    // Composed from the code, as `npm run compose` does: the committed files are compared below.
    graph = await composeGraph(SUBGRAPH_MODULES);
    api = buildSchema(graph.apiSchema);
    authorized = authorizedRoles();
    access = fieldAccess(api, authorized);
    doc = readFieldAccess();
    apiFields = fieldsOf(api);
  });

  it("walks the API schema that is committed", () => {
    expect(graph.apiSchema.trim()).toBe(readFileSync(projectPath(API_SCHEMA_PATH), "utf8").trim());
    expect(graph.supergraph.trim()).toBe(readFileSync(projectPath(SUPERGRAPH_PATH), "utf8").trim());
  });

  it("has a row for every root field, entity field, field with its own rule and field anonymous callers reach", () => {
    const needed = fieldsNeedingARule(api, graph.supergraph, authorized, access);
    const listed = new Set(doc.fields.map((row) => row.name));
    const missing = needed.filter((name) => !listed.has(name));
    const roots = needed.filter((name) => /^(Query|Mutation|Subscription)\./.test(name)).length;
    console.log(`Field access: ${needed.length} fields need a rule (${roots} root fields), the table has ${doc.fields.length} rows.`);
    expect({ missing: missing.map((name) => suggestion(name, access, authorized)) }).toEqual({ missing: [] });
  });

  it("names only fields that exist, once each", () => {
    expect(doc.fields.map((row) => row.name).filter((name) => !apiFields.has(name))).toEqual([]);
    expect(duplicates(doc.fields)).toEqual([]);
  });

  it("gives each field the roles the resolvers enforce, reached through any path", () => {
    const wrong = doc.fields
      .filter((row) => apiFields.has(row.name))
      .filter((row) => formatRoles(parseRoles(row.roles)) !== formatRoles(access.fields.get(row.name) ?? new Set()))
      .map((row) => `${row.name}: the table says "${row.roles}", the code admits "${formatRoles(access.fields.get(row.name) ?? new Set())}"`);
    expect(wrong).toEqual([]);
  });

  it("says @Authorized exactly where the field has the decorator", () => {
    const wrong = doc.fields
      .filter((row) => !CHECKED_BY.includes(row.cells["Checked by"]) || (row.cells["Checked by"] === "@Authorized") !== authorized.has(row.name))
      .map((row) => `${row.name}: "${row.cells["Checked by"]}", ${authorized.has(row.name) ? `@Authorized(${authorized.get(row.name)?.join(", ")})` : "no decorator"}`);
    expect(wrong).toEqual([]);
    expect(doc.fields.filter((row) => !row.cells["Tenant scope"]?.trim()).map((row) => row.name)).toEqual([]);
  });

  it("keeps fields only the hub's services may call out of the API schema, and lists them", () => {
    const serviceOnly = [...authorized].filter(([, roles]) => roles.length > 0 && roles.every((role) => role === "service")).map(([name]) => name);
    expect(serviceOnly.filter((name) => apiFields.has(name))).toEqual([]);
    const hidden = [...authorized.keys()].filter((name) => !apiFields.has(name));
    const listed = new Map(doc.internal.map((row) => [row.name, row]));
    expect(hidden.filter((name) => !listed.has(name)).map((name) => `| \`${name}\` | ${authorized.get(name)?.join(", ")} | @Authorized | … |`)).toEqual([]);
    const wrong = doc.internal
      .filter((row) => !hidden.includes(row.name) || row.roles !== authorized.get(row.name)?.join(", "))
      .map((row) => `${row.name}: the table says "${row.roles}", the code ${hidden.includes(row.name) ? `says "${authorized.get(row.name)?.join(", ")}"` : "has no such hidden field"}`);
    expect(wrong).toEqual([]);
  });

  it("lists REST routes with roles it can read", () => {
    expect(doc.routes.length).toBeGreaterThan(0);
    expect(duplicates(doc.routes)).toEqual([]);
    for (const row of doc.routes) {
      expect([row.name, /^(GET|POST|OPTIONS) \//.test(row.name)]).toEqual([row.name, true]);
      expect(() => parseRoles(row.roles)).not.toThrow();
    }
  });
});
