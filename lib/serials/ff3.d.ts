declare module "ff3/lib/FF3Cipher" {
  /** NIST SP 800-38G FF3 / FF3-1 format-preserving encryption over radix 2–36 (digits 0-9a-z). */
  export default class FF3Cipher {
    constructor(key: string, tweak: string, radix?: number);
    encrypt(plaintext: string): string;
    decrypt(ciphertext: string): string;
  }
}
