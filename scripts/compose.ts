import "reflect-metadata";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { composeGraph } from "../gateway/compose";
import { SUBGRAPH_MODULES, SUPERGRAPH_PATH } from "../hub";
import { SUBGRAPHS } from "../lib/config/config";
import { projectPath } from "../lib/paths";

export const API_SCHEMA_PATH = "gateway/api-schema.graphql";

/**
 * `npm run compose` writes each subgraph's schema.graphql, the supergraph and the public
 * API schema; `npm run compose -- --check` only compares and fails on any difference.
 */
async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const graph = await composeGraph(SUBGRAPH_MODULES);
  const files: [string, string][] = [
    ...SUBGRAPHS.map((name): [string, string] => [`${SUBGRAPH_MODULES[name].dir}/schema.graphql`, graph.subgraphs[name]]),
    [SUPERGRAPH_PATH, graph.supergraph],
    [API_SCHEMA_PATH, graph.apiSchema],
  ].map(([path, text]) => [path, `${text.trim()}\n`]);
  const stale = files.filter(([path, text]) => !existsSync(projectPath(path)) || readFileSync(projectPath(path), "utf8") !== text);
  if (check) {
    if (stale.length > 0) {
      console.error(`Out of date (run npm run compose and commit):\n${stale.map(([path]) => `  ${path}`).join("\n")}`);
      process.exit(1);
    }
    console.log(`Schemas are up to date (${files.length} files).`);
    return;
  }
  for (const [path, text] of stale) {
    writeFileSync(projectPath(path), text);
  }
  console.log(stale.length > 0 ? `Wrote ${stale.map(([path]) => path).join(", ")}` : "Schemas were already up to date.");
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
