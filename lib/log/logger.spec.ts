import { MemoryLogWriter } from "@graphql-hive/logger";
import { createLogger, redactAttributes } from "./logger";

describe("createLogger", () => {
  it("masks credentials in what children write, and leaves the caller's objects alone", () => {
    const writer = new MemoryLogWriter();
    const log = createLogger("info", false, writer).child("[gateway] ").child({ requestId: "r1" });
    const headers = { authorization: "Bearer abc", accept: "application/json" };
    log.info({ headers, token: "t", connectionParams: { authorization: "Bearer ws" }, note: "kept" }, "upstream call");
    expect(writer.logs).toEqual([
      {
        level: "info",
        msg: "[gateway] upstream call",
        attrs: {
          requestId: "r1",
          headers: { authorization: "[Redacted]", accept: "application/json" },
          token: "[Redacted]",
          connectionParams: { authorization: "[Redacted]" },
          note: "kept",
        },
      },
    ]);
    expect(headers.authorization).toBe("Bearer abc");
  });

  it("masks operation variables, upstream bodies and results, and string literals of a logged document", () => {
    const writer = new MemoryLogWriter();
    const log = createLogger("debug", false, writer);
    const query = 'mutation { configureConnector(input: {connector: "sap-idoc", secrets: ["s3cr3t-\\"quoted"]}) { secretCount } }';
    log.debug({ query, variables: { input: { secrets: ["v4r"] } }, body: '{"secrets":["b0dy"]}', data: { apiKey: { key: "k3y" } } }, "upstream");
    expect(writer.logs[0].attrs).toEqual({
      query: 'mutation { configureConnector(input: {connector: "…", secrets: ["…"]}) { secretCount } }',
      variables: "[Redacted]",
      body: "[Redacted]",
      data: "[Redacted]",
    });
  });

  it("writes nothing below its level", () => {
    const writer = new MemoryLogWriter();
    createLogger("warn", false, writer).child("[x] ").info({ secret: "s" }, "quiet");
    expect(writer.logs).toEqual([]);
  });
});

describe("redactAttributes", () => {
  it("returns the same object when no path is present", () => {
    const attrs = { headers: { accept: "*/*" }, n: 1 };
    expect(redactAttributes(attrs)).toBe(attrs);
  });
});
