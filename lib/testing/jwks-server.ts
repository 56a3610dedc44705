import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import jwt from "jsonwebtoken";
import type { Identity } from "../auth/identity";

/** A signing key of the test identity provider. */
export interface TestSigningKey {
  kid: string;
  alg: "RS256" | "ES256";
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function testSigningKey(kid: string, alg: "RS256" | "ES256"): TestSigningKey {
  const pair = alg === "RS256" ? generateKeyPairSync("rsa", { modulusLength: 2048 }) : generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { kid, alg, ...pair };
}

export interface SignWithOptions {
  expiresIn?: number;
  issuer?: string;
  audience?: string;
  notBefore?: number;
  /** Put another kid in the header than the key's own. */
  kid?: string;
}

/** A token signed by a test key, with the hub's claims. */
export function signWith(key: TestSigningKey, identity: Identity, options: SignWithOptions = {}): string {
  return jwt.sign({ tenant: identity.tenant, roles: identity.roles }, key.privateKey, {
    algorithm: key.alg,
    keyid: options.kid ?? key.kid,
    subject: identity.sub,
    expiresIn: options.expiresIn ?? 600,
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
    ...(options.notBefore !== undefined ? { notBefore: options.notBefore } : {}),
  });
}

/**
 * A local identity provider's JWKS endpoint: publishes the public half of `keys`, which a
 * test may change at any time (a rotation), and counts how often it is fetched.
 */
export class TestJwksServer {
  keys: TestSigningKey[] = [];
  fetches = 0;
  /** Answer 500 instead of the key set. */
  failing = false;
  private server: Server | undefined;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((_req, res) => {
      this.fetches += 1;
      if (this.failing) {
        res.writeHead(500).end();
        return;
      }
      const keys = this.keys.map((key) => ({ ...key.publicKey.export({ format: "jwk" }), kid: key.kid, alg: key.alg, use: "sig" }));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
