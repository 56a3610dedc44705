import { apiKeyHint, hashSecret, looksLikeApiKey, newApiKey, parseApiKey, secretMatches } from "./api-key";

describe("API keys", () => {
  it("are shk_<id>_<secret>, parse back to their parts, and match only their own hash", () => {
    const keys = Array.from({ length: 200 }, () => newApiKey());
    for (const { key, id, secret, secretHash } of keys) {
      expect(key).toMatch(/^shk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
      expect(parseApiKey(key)).toEqual({ id, secret });
      expect(secretMatches(secret, secretHash)).toBe(true);
      expect(secretHash.toString("hex")).not.toContain(secret);
    }
    expect(new Set(keys.map((key) => key.id)).size).toBe(200);
    expect(secretMatches(keys[0].secret, keys[1].secretHash)).toBe(false);
    expect(secretMatches(keys[0].secret, Buffer.alloc(0))).toBe(false);
    expect(hashSecret("x")).toHaveLength(32);
  });

  it("refuses anything that is not exactly a key", () => {
    const { key } = newApiKey();
    for (const bad of [key.slice(0, -1), `${key}x`, key.replace("shk_", "shx_"), key.toUpperCase(), `shk_${"g".repeat(16)}_${"a".repeat(43)}`, "shk_", ""]) {
      expect(parseApiKey(bad)).toBeUndefined();
    }
    expect(looksLikeApiKey(key)).toBe(true);
    expect(looksLikeApiKey("eyJhbGciOiJIUzI1NiJ9.e30.x")).toBe(false);
    expect(apiKeyHint("0123456789abcdef")).toBe("shk_0123456789abcdef_…");
  });
});
