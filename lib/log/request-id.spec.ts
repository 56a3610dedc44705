import { forwardedRequestId, requestIdOf } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("keeps a sane id a caller sends", () => {
    for (const id of ["abc", "0af7651916cd43dd8448eb211c80319c", "lb:1-2.3/x+y=", "a".repeat(128)]) {
      expect(requestIdOf(id)).toBe(id);
      expect(forwardedRequestId(id)).toBe(id);
    }
  });

  it("replaces a missing, long or unsafe one with a new UUID (and a service never takes it)", () => {
    for (const id of [undefined, "", "a".repeat(129), "x\ny", 'a" level="error', "a b", ["a", "b"]]) {
      expect(requestIdOf(id)).toMatch(UUID);
      expect(forwardedRequestId(id as string | undefined)).toBeUndefined();
    }
  });
});
