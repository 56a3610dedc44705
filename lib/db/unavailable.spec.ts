import { GraphQLError } from "graphql";
import { isServiceUnavailable } from "./unavailable";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isServiceUnavailable", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["a server shutting down (57P01)", withCode("57P01", "terminating connection due to administrator command")],
    ["a server starting up (57P03)", withCode("57P03", "the database system is starting up")],
    ["a connection exception (08006)", withCode("08006")],
    ["a cut connection", new Error("Connection terminated unexpectedly")],
    ["a pool that could not connect in time", new Error("timeout exceeded when trying to connect")],
    ["TypeORM's wrapper", Object.assign(new Error("query failed"), { driverError: withCode("57P01") })],
    ["GraphQL's wrapper", new GraphQLError("x", { originalError: withCode("ECONNREFUSED") })],
    ["graphql-js's NonErrorThrown", Object.assign(new Error("Unexpected error value"), { thrownValue: { code: "ECONNREFUSED" } })],
  ])("recognises %s", (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("23505", "duplicate key value violates unique constraint")],
    ["a syntax error", withCode("42601")],
    ["a plain bug", new TypeError("Cannot read properties of undefined")],
    ["nothing", undefined],
  ])("leaves %s alone", (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
  });
});
