import { randomBytes } from "node:crypto";
import { Ff3Pool } from "./ff3-pool";
import { CounterSerials, randomSerials } from "./serial-generator";
import { DEFAULT_ALPHABET, DEFAULT_POLICY, maxIssuable, policyProblem } from "./serial-policy";

describe("serial generation", () => {
  it("draws random serials of the policy's length from its alphabet only", () => {
    const serials = randomSerials(DEFAULT_POLICY, 2000);
    expect(serials.every((serial) => serial.length === 12 && [...serial].every((char) => DEFAULT_ALPHABET.includes(char)))).toBe(true);
    expect(new Set(serials).size).toBe(2000);
    // Every character turns up: no part of the alphabet is starved by a biased mapping.
    expect(new Set(serials.join("")).size).toBe(DEFAULT_ALPHABET.length);
  });

  it("encrypts counters into distinct serials and can trace them back", () => {
    const policy = { length: 6, alphabet: DEFAULT_ALPHABET, mode: "ENCRYPTED_COUNTER" as const };
    const counters = new CounterSerials(policy, randomBytes(32), "09520123456788");
    const serials = Array.from({ length: 5000 }, (_, i) => counters.serialFor(BigInt(i)));
    expect(new Set(serials).size).toBe(5000);
    expect(serials.every((serial) => /^[23456789ABCDEFGHJKMNPQRSTUVWX]{6}$/.test(serial))).toBe(true);
    expect(counters.counterOf(serials[4321])).toBe(4321n);
    // Consecutive counters do not give neighbouring serials.
    expect(serials.slice(0, 5).sort()).not.toEqual(serials.slice(0, 5));
  });

  it("encrypts on worker threads exactly as in process", async () => {
    const pool = new Ff3Pool();
    const counters = new CounterSerials(DEFAULT_POLICY, randomBytes(32), "09520123456788");
    const fromPool = await counters.serialsFrom(pool, 1000n, 50);
    expect(fromPool).toEqual(Array.from({ length: 50 }, (_, i) => counters.serialFor(1000n + BigInt(i))));
    await pool.close();
  });

  it("gives another GTIN's counters other serials", () => {
    const key = randomBytes(32);
    const a = new CounterSerials(DEFAULT_POLICY, key, "09520123456788").serialFor(7n);
    const b = new CounterSerials(DEFAULT_POLICY, key, "04012345111118").serialFor(7n);
    expect(a).not.toBe(b);
  });

  it("bounds issuing by the EU FMD guess rule and refuses unworkable policies", () => {
    expect(maxIssuable({ length: 6, alphabet: "0123456789", mode: "RANDOM" })).toBe(100n);
    expect(policyProblem({ length: 21, alphabet: DEFAULT_ALPHABET, mode: "RANDOM" })?.field).toBe("length");
    expect(policyProblem({ length: 8, alphabet: "AAB", mode: "RANDOM" })?.field).toBe("alphabet");
    expect(policyProblem({ length: 8, alphabet: "AB#", mode: "RANDOM" })?.field).toBe("alphabet");
    expect(policyProblem({ length: 4, alphabet: "0123456789", mode: "ENCRYPTED_COUNTER" })?.message).toMatch(/million/);
    expect(policyProblem({ length: 3, alphabet: "0123456789", mode: "RANDOM" })?.message).toMatch(/too small/);
  });
});
