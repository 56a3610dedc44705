import { createHash, randomBytes } from "node:crypto";
import FF3Cipher from "ff3/lib/FF3Cipher";
import type { Ff3Pool } from "./ff3-pool";
import type { SerialPolicyValues } from "./serial-policy";

const RADIX_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * Random serials from a CSPRNG. Bytes at or above the largest multiple of the alphabet
 * size are skipped, so every character is equally likely (no modulo bias).
 */
export function randomSerials(policy: SerialPolicyValues, count: number): string[] {
  const { alphabet, length } = policy;
  const limit = 256 - (256 % alphabet.length);
  const out = new Array<string>(count);
  let pool = randomBytes(count * length * 2);
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    let serial = "";
    while (serial.length < length) {
      if (at === pool.length) {
        pool = randomBytes(count * length);
        at = 0;
      }
      const byte = pool[at];
      at += 1;
      if (byte < limit) {
        serial += alphabet[byte % alphabet.length];
      }
    }
    out[i] = serial;
  }
  return out;
}

/**
 * ENCRYPTED_COUNTER: FF3-1 format-preserving encryption of a per-GTIN counter over the
 * policy's alphabet. Distinct counters give distinct serials (it is a permutation of the
 * space), and without the key the next serial cannot be predicted.
 */
export class CounterSerials {
  private readonly cipher: FF3Cipher;
  private readonly keyHex: string;
  private readonly tweak: string;

  constructor(
    private readonly policy: SerialPolicyValues,
    /** 32 bytes, the tenant's serial key. */
    key: Buffer,
    gtin: string,
  ) {
    // FF3-1's 56-bit tweak, different per GTIN, so two GTINs' counter 0 give unrelated serials.
    this.tweak = createHash("sha256").update(`serialhub:${gtin}`).digest("hex").slice(0, 14);
    this.keyHex = key.toString("hex");
    this.cipher = new FF3Cipher(this.keyHex, this.tweak, policy.alphabet.length);
  }

  private plainOf(counter: bigint): string {
    const { alphabet, length } = this.policy;
    const plain = counter.toString(alphabet.length).padStart(length, "0");
    if (plain.length > length) {
      throw new Error(`Counter ${counter} is beyond the serial space.`);
    }
    return plain;
  }

  private toAlphabet = (cipher: string): string => [...cipher].map((digit) => this.policy.alphabet[RADIX_DIGITS.indexOf(digit)]).join("");

  serialFor(counter: bigint): string {
    return this.toAlphabet(this.cipher.encrypt(this.plainOf(counter)));
  }

  /** `count` consecutive counters from `first`, encrypted on the pool's worker threads. */
  async serialsFrom(pool: Ff3Pool, first: bigint, count: number): Promise<string[]> {
    const plains = Array.from({ length: count }, (_, i) => this.plainOf(first + BigInt(i)));
    const ciphers = await pool.encrypt(this.keyHex, this.tweak, this.policy.alphabet.length, plains);
    return ciphers.map(this.toAlphabet);
  }

  /** The counter a serial was made from: lets an operator trace a serial back to its batch. */
  counterOf(serial: string): bigint {
    const radix = BigInt(this.policy.alphabet.length);
    const digits = [...serial].map((char) => RADIX_DIGITS[this.policy.alphabet.indexOf(char)]).join("");
    return [...this.cipher.decrypt(digits)].reduce((value, digit) => value * radix + BigInt(RADIX_DIGITS.indexOf(digit)), 0n);
  }
}
