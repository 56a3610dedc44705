import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from "node:crypto";
import type { Sealer } from "../../../lib/crypto/sealed";
import type { SigningKeyRepository, StoredKey } from "./signing-key.repository";

export type SignatureStatus = "VALID" | "INVALID" | "ABSENT";

interface TenantKeys {
  active: { kid: string; privateKey: KeyObject };
  /** All keys, retired ones included: codes printed before a rotation must still verify. */
  public: { kid: string; publicKey: KeyObject }[];
  loadedAt: number;
}

/** The message a unit's signature covers: its canonical element string. */
export const signedMessage = (gtin: string, serial: string): Buffer => Buffer.from(`(01)${gtin}(21)${serial}`, "utf8");

/**
 * Ed25519 signatures for generated units, carried in AI 8030 (GS1 DigSig) as base64url.
 * Ed25519 is deterministic, so a unit's signature is recomputed when needed rather than
 * stored. Keys are per tenant and rotatable; public keys are published as JWKS.
 */
export class CodeSigner {
  private readonly cache = new Map<string, TenantKeys>();

  constructor(
    private readonly repository: SigningKeyRepository,
    private readonly sealer: Sealer,
    private readonly cacheMs = 60_000,
  ) {}

  private sealContext = (tenantId: string, kid: string) => `signing-key:${tenantId}:${kid}`;

  private async load(tenantId: string): Promise<TenantKeys> {
    const cached = this.cache.get(tenantId);
    if (cached && Date.now() - cached.loadedAt < this.cacheMs) {
      return cached;
    }
    let stored = await this.repository.keysOf(tenantId);
    if (stored.length === 0 || stored[0].retiredAt) {
      await this.createKey(tenantId, false);
      stored = await this.repository.keysOf(tenantId);
    }
    const active = stored[0];
    const keys: TenantKeys = {
      active: { kid: active.kid, privateKey: this.privateKeyOf(active) },
      public: stored.map((key) => ({ kid: key.kid, publicKey: createPublicKey({ key: key.publicKey, format: "der", type: "spki" }) })),
      loadedAt: Date.now(),
    };
    this.cache.set(tenantId, keys);
    return keys;
  }

  private privateKeyOf(key: StoredKey): KeyObject {
    const der = this.sealer.open(key.privateKey, this.sealContext(key.tenantId, key.kid));
    return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  }

  private async createKey(tenantId: string, retireCurrent: boolean): Promise<string> {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const kid = `${tenantId}-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString("hex")}`;
    await this.repository.addActive(
      {
        tenantId,
        kid,
        privateKey: this.sealer.seal(privateKey.export({ format: "der", type: "pkcs8" }), this.sealContext(tenantId, kid)),
        publicKey: publicKey.export({ format: "der", type: "spki" }),
      },
      retireCurrent,
    );
    this.cache.delete(tenantId);
    return kid;
  }

  /** Starts signing with a new key; the old one keeps verifying what it signed. */
  rotate(tenantId: string): Promise<string> {
    return this.createKey(tenantId, true);
  }

  async sign(tenantId: string, gtin: string, serial: string): Promise<{ kid: string; signature: string }> {
    const { active } = await this.load(tenantId);
    return { kid: active.kid, signature: sign(null, signedMessage(gtin, serial), active.privateKey).toString("base64url") };
  }

  async activeKid(tenantId: string): Promise<string> {
    return (await this.load(tenantId)).active.kid;
  }

  /** VALID when any of the tenant's keys, active or retired, made this signature for this unit. */
  async verify(tenantId: string, gtin: string, serial: string, signature: string | undefined | null): Promise<{ status: SignatureStatus; kid?: string }> {
    if (!signature) {
      return { status: "ABSENT" };
    }
    const bytes = Buffer.from(signature, "base64url");
    if (bytes.length !== 64) {
      return { status: "INVALID" };
    }
    const keys = await this.load(tenantId);
    const message = signedMessage(gtin, serial);
    const match = keys.public.find((key) => verify(null, message, key.publicKey, bytes));
    return match ? { status: "VALID", kid: match.kid } : { status: "INVALID" };
  }
}
