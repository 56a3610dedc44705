import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Keys the hub keeps in its database (code-signing keys, serial-encryption keys) are
 * sealed with AES-256-GCM under a key derived from SERIALHUB_MASTER_KEY, so a database
 * dump alone does not reveal them. Layout: 12-byte nonce, 16-byte tag, ciphertext.
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(masterKey: string) {
    this.key = Buffer.from(hkdfSync("sha256", masterKey, "serialhub", "sealed keys v1", 32));
  }

  seal(plain: Buffer, context: string): Buffer {
    const nonce = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, nonce);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), body]);
  }

  /** `context` (e.g. tenant and key id) must match what was sealed, so a row cannot be swapped for another's. */
  open(sealed: Buffer, context: string): Buffer {
    const decipher = createDecipheriv("aes-256-gcm", this.key, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  }
}
