import { createPublicKey } from "node:crypto";
import type { SigningKeyRepository } from "./signing-key.repository";

/** The public keys of every tenant, for partners who verify AI 8030 signatures offline. */
export async function jwks(repository: SigningKeyRepository): Promise<{ keys: Record<string, unknown>[] }> {
  const keys = await repository.allPublic();
  return {
    keys: keys.map((key) => ({
      ...createPublicKey({ key: key.publicKey, format: "der", type: "spki" }).export({ format: "jwk" }),
      kid: key.kid,
      alg: "EdDSA",
      use: "sig",
      // Which tenant's GTINs the key signs, and whether it still signs new codes.
      serialhub_tenant: key.tenantId,
      ...(key.retiredAt ? { serialhub_retired_at: key.retiredAt.toISOString() } : {}),
    })),
  };
}
