import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "../auth/auth-checker";

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it (committed as `schema.graphql`). */
  sdl: string;
}

/**
 * type-graphql builds the types; @apollo/subgraph adds `_entities`/`_service`. The SDL is
 * printed with its directives, so `@key` and `@shareable` set with `@Directive` survive.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck" | "authChecker" | "scalarsMap">,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<FederatedSchema> {
  const built = await buildSchema({
    ...options,
    skipCheck: true,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(built)}`;
  const generated = createResolversMap(built) as GraphQLResolverMap<unknown>;
  const resolvers: GraphQLResolverMap<unknown> = { ...generated };
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(generated[typeName] as object), ...(fields as object) } as never;
  }
  return { schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers }), sdl };
}
