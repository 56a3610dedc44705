import { readFileSync } from "node:fs";
import { projectPath } from "../paths";

/** A JSON Schema (draft-07) node, as far as the hub reads one. */
export interface SchemaNode {
  enum?: unknown[];
  anyOf?: SchemaNode[];
  [keyword: string]: unknown;
}

export interface EpcisSchema {
  definitions: Record<string, SchemaNode>;
  [keyword: string]: unknown;
}

let loaded: EpcisSchema | undefined;

/** The official GS1 EPCIS 2.0 JSON Schema, read once per process. */
export function epcisSchema(): EpcisSchema {
  loaded ??= JSON.parse(readFileSync(projectPath("lib/epcis/EPCIS-JSON-Schema.json"), "utf8")) as EpcisSchema;
  return loaded;
}
