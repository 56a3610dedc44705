import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * The typed client SDK: from the public API schema (not the supergraph, which carries
 * federation internals) and the operations under clients/operations.
 */
const config: CodegenConfig = {
  schema: "gateway/api-schema.graphql",
  documents: "clients/operations/**/*.graphql",
  generates: {
    "clients/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", LocalDate: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
