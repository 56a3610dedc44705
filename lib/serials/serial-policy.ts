/** Upper-case letters and digits without the look-alikes 0/O, 1/I/L and the keyboard-swapped Y/Z. */
export const DEFAULT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWX";
export const DEFAULT_SERIAL_LENGTH = 12;

export type SerialMode = "RANDOM" | "ENCRYPTED_COUNTER";

export interface SerialPolicyValues {
  length: number;
  alphabet: string;
  mode: SerialMode;
}

export const DEFAULT_POLICY: SerialPolicyValues = { length: DEFAULT_SERIAL_LENGTH, alphabet: DEFAULT_ALPHABET, mode: "RANDOM" };

/** EU FMD: a guess must hit with probability below 1/10,000, so at most space/10,000 serials per GTIN. */
export const GUESS_BOUND = 10_000n;

/** How many serials the policy's space holds. */
export const serialSpace = (policy: SerialPolicyValues): bigint => BigInt(policy.alphabet.length) ** BigInt(policy.length);

/** How many serials may be issued for one GTIN under the policy. */
export const maxIssuable = (policy: SerialPolicyValues): bigint => serialSpace(policy) / GUESS_BOUND;

/** FF3-1 works on radix 2–36 and needs at least a million possible values. */
export const FF3_MAX_RADIX = 36;
export const FF3_MIN_DOMAIN = 1_000_000n;

/** Why a policy cannot work, or undefined. Checked when it is set and again when serials are generated. */
export function policyProblem(policy: SerialPolicyValues): { field: string; message: string } | undefined {
  if (!Number.isInteger(policy.length) || policy.length < 1 || policy.length > 20) {
    return { field: "length", message: "A serial (AI 21) has 1 to 20 characters." };
  }
  if (policy.alphabet.length < 2 || new Set(policy.alphabet).size !== policy.alphabet.length) {
    return { field: "alphabet", message: "The alphabet needs at least two distinct characters, none repeated." };
  }
  if (!/^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/.test(policy.alphabet)) {
    return { field: "alphabet", message: "The alphabet may only use GS1 CSET 82 characters." };
  }
  if (policy.mode === "ENCRYPTED_COUNTER") {
    if (policy.alphabet.length > FF3_MAX_RADIX) {
      return { field: "alphabet", message: `ENCRYPTED_COUNTER takes an alphabet of at most ${FF3_MAX_RADIX} characters (FF3-1).` };
    }
    if (serialSpace(policy) < FF3_MIN_DOMAIN) {
      return { field: "length", message: "ENCRYPTED_COUNTER needs at least a million possible serials (FF3-1): make the serial longer." };
    }
  }
  if (maxIssuable(policy) < 1n) {
    return { field: "length", message: "The space is too small to issue even one serial within the 1-in-10,000 guess bound." };
  }
  return undefined;
}
