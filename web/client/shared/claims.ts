/** What a token says about its holder; read for display only (the hub checks every request). */
export interface Claims {
  sub: string;
  tenant: string;
  roles: string[];
  /** Seconds since the epoch. */
  exp: number | null;
}

/** Decodes a JWT's payload, or null when it is not one. */
export function readClaims(token: string): Claims | null {
  const parts = token.trim().split(".");
  if (parts.length !== 3) {
    return null;
  }
  try {
    const json = atob(parts[1].replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(parts[1].length / 4) * 4, "="));
    const payload = JSON.parse(json) as { sub?: unknown; tenant?: unknown; roles?: unknown; exp?: unknown };
    return {
      sub: String(payload.sub ?? ""),
      tenant: String(payload.tenant ?? ""),
      roles: Array.isArray(payload.roles) ? payload.roles.map(String) : [],
      exp: typeof payload.exp === "number" ? payload.exp : null,
    };
  } catch {
    return null;
  }
}

/** Roles the API lets read anomalies, reports and scan counts. */
export const WATCHER_ROLES = ["admin", "integrator", "auditor", "recall_coordinator"];
/** Roles the API lets read ledger proofs. */
export const PROOF_ROLES = ["admin", "auditor", "integrator"];

export const hasAny = (claims: Claims, roles: readonly string[]): boolean => claims.roles.some((role) => roles.includes(role));
