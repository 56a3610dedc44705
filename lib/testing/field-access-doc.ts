import { readFileSync } from "node:fs";
import { ROLES } from "../auth/identity";
import { projectPath } from "../paths";
import { CALLERS, type Caller } from "./field-access-audit";

export const SECURITY_DOC = "docs/security.md";

/** One row of a table in the "Field access" section of docs/security.md. */
export interface AccessRow {
  /** `Type.field`, or a REST route such as `GET /jobs/{id}/serials.csv`. */
  name: string;
  /** Who may use it, as written: `public`, `any token`, or roles separated by commas. */
  roles: string;
  /** The other cells, by header. */
  cells: Record<string, string>;
}

export interface FieldAccessDoc {
  /** `| Field | Roles | Checked by | Tenant scope |`: the API schema's fields. */
  fields: AccessRow[];
  /** `| Internal field | Roles | Checked by | Notes |`: service-only fields, hidden from the API (@inaccessible). */
  internal: AccessRow[];
  /** `| Route | Roles | Service | Tenant scope |`: REST routes of the front door. */
  routes: AccessRow[];
}

const unquote = (cell: string) => cell.replace(/`/g, "").trim();

/** The cells of a markdown table row; escaped pipes (`\|`) stay in their cell. */
function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, "|").trim());
}

/** Reads the tables of the "## Field access" section, each found by its first header cell. */
export function parseFieldAccess(markdown: string): FieldAccessDoc {
  const start = markdown.search(/^## Field access\s*$/m);
  if (start < 0) {
    throw new Error(`${SECURITY_DOC} has no "## Field access" section.`);
  }
  const rest = markdown.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = (end < 0 ? rest : rest.slice(0, end)).split("\n");
  const tables: Record<string, AccessRow[]> = {};
  for (let i = 0; i < section.length; i += 1) {
    if (!section[i].startsWith("|") || !/^\|\s*:?-+/.test(section[i + 1] ?? "")) {
      continue;
    }
    const header = cellsOf(section[i]);
    const rows: AccessRow[] = [];
    for (i += 2; i < section.length && section[i].startsWith("|"); i += 1) {
      const cells = cellsOf(section[i]);
      if (cells.length !== header.length) {
        throw new Error(`${SECURITY_DOC}: this row has ${cells.length} cells, its table ${header.length}: ${section[i]}`);
      }
      rows.push({ name: unquote(cells[0]), roles: unquote(cells[1]), cells: Object.fromEntries(header.map((name, j) => [name, cells[j]])) });
    }
    tables[header[0]] = [...(tables[header[0]] ?? []), ...rows];
  }
  return { fields: tables.Field ?? [], internal: tables["Internal field"] ?? [], routes: tables.Route ?? [] };
}

export const readFieldAccess = (): FieldAccessDoc => parseFieldAccess(readFileSync(projectPath(SECURITY_DOC), "utf8"));

/** `public` (anyone), `any token` (every role), or the roles; `service` names the hub's own services. */
export function parseRoles(cell: string): Set<Caller | "service"> {
  if (cell === "public") {
    return new Set(CALLERS);
  }
  if (cell === "any token") {
    return new Set(ROLES);
  }
  const roles = cell.split(",").map((role) => role.trim());
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role) && role !== "service") {
      throw new Error(`"${role}" is not a role (roles: public, any token, ${ROLES.join(", ")}, service).`);
    }
  }
  return new Set(roles as (Caller | "service")[]);
}

/** The cell a set of callers is written as: the inverse of parseRoles, roles in ROLES order. */
export function formatRoles(callers: ReadonlySet<Caller | "service">): string {
  if (CALLERS.every((caller) => callers.has(caller))) {
    return "public";
  }
  if (ROLES.every((role) => callers.has(role)) && !callers.has("service")) {
    return "any token";
  }
  const ordered = [...ROLES, "public", "service"].filter((role) => callers.has(role as Caller));
  return ordered.length > 0 ? ordered.join(", ") : "none";
}
