import { createPubSub } from "@graphql-yoga/subscription";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";
import { PORT_OFFSETS, SUBGRAPHS, type SubgraphName } from "../lib/config/config";
import type { HubPubSub } from "../lib/pubsub/pubsub";
import type { SubgraphModule } from "../lib/federation/subgraph-module";
import { GRAPHQL_PATH } from "../lib/federation/subgraph-server";

export interface ComposedGraph {
  subgraphs: Record<SubgraphName, string>;
  supergraph: string;
  /** The client-facing schema, without federation internals: codegen's input. */
  apiSchema: string;
}

/** Builds each subgraph's SDL in-process (no database needed) and composes the supergraph. */
export async function composeGraph(modules: Record<SubgraphName, SubgraphModule<never>>): Promise<ComposedGraph> {
  const schemaPubSub = createPubSub() as unknown as HubPubSub;
  const subgraphs = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPHS) {
    subgraphs[name] = (await modules[name].buildSchema(schemaPubSub)).sdl;
  }
  const result = composeServices(
    SUBGRAPHS.map((name) => ({
      name,
      typeDefs: parse(subgraphs[name]),
      // Defaults for `npm start`; the gateway overrides them with the configured URLs.
      url: `http://127.0.0.1:${4000 + PORT_OFFSETS[name]}${GRAPHQL_PATH}`,
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  return { subgraphs, supergraph: result.supergraphSdl, apiSchema: result.publicSdl };
}
