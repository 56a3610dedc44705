import { createRequire } from "node:module";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import type { QueryPlanner } from "../lib/config/config";
import type { Logger } from "../lib/log/logger";

/**
 * The gateway runtime's options for the chosen query planner. "rust" is Hive Router's planner
 * and executor (a native addon shipped inside @graphql-hive/router-query-planner for Linux
 * glibc, macOS and Windows): in the bench it took the hub's CPU per gateway request from 3.2
 * to 2.5 ms on a one-subgraph query and from 7.5 to 4.7 ms on a three-subgraph one
 * (bench/README.md). Where the addon has no build (Alpine's musl, say) the JavaScript planner
 * runs instead, and the log says so.
 */
export function queryPlannerOptions(choice: QueryPlanner, log: Logger): { unifiedGraphHandler?: typeof unifiedGraphHandler } {
  if (choice === "js") {
    return {};
  }
  try {
    // Loaded here, once, so a missing build is found at start rather than on the first request.
    createRequire(__filename)("@graphql-hive/router-query-planner");
    return { unifiedGraphHandler };
  } catch (error) {
    log.warn({ error: (error as Error).message }, "The Rust query planner has no build for this platform; the gateway uses the JavaScript planner");
    return {};
  }
}
