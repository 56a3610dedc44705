import { GraphQLError } from "graphql";
import { formatError, HubError } from "./hub-error";

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ["x"] });

describe("formatError", () => {
  it("maps a HubError to its code and keeps its details", () => {
    const error = wrap(new HubError("CONFLICT", "GTIN taken.", { field: "input.gtin" }));
    expect(formatError(error.toJSON(), error)).toEqual({ message: "GTIN taken.", path: ["x"], extensions: { field: "input.gtin", code: "CONFLICT" } });
  });

  it("masks anything unexpected as INTERNAL", () => {
    const error = wrap(new Error('relation "serials.x" does not exist'));
    expect(formatError(error.toJSON(), error)).toEqual({ message: "Internal error", path: ["x"], extensions: { code: "INTERNAL" } });
  });

  it("tells a client to retry when the database could not be reached, without the cause", () => {
    const error = wrap(Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" }));
    expect(formatError(error.toJSON(), error)).toEqual({
      message: "The service is temporarily unavailable; retry shortly.",
      path: ["x"],
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });

  it("keeps GraphQL's own validation codes", () => {
    const error = new GraphQLError("Cannot query field", { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(formatError(error.toJSON(), error).extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
