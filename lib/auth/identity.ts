import { HubError } from "../errors/hub-error";

/** Roles a token may carry; `public` is what a caller without a token gets. */
export const ROLES = ["admin", "integrator", "service_centre", "recall_coordinator", "auditor"] as const;
export type Role = (typeof ROLES)[number] | "public" | "service";

/** Who is calling: taken from the verified token at the gateway, never from an argument. */
export interface Identity {
  sub: string;
  /** Empty for public callers: they see no tenant's private data. */
  tenant: string;
  roles: readonly Role[];
  /** Network address of an anonymous caller, as the gateway saw it: rate limits and enumeration count per client. */
  client?: string;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ sub: "anonymous", tenant: "", roles: ["public"] as const });

/** Headers the gateway sets on every upstream operation (HTTP headers, or graphql-ws extensions.headers). */
export const IDENTITY_HEADERS = {
  tenant: "x-serialhub-tenant",
  sub: "x-serialhub-sub",
  roles: "x-serialhub-roles",
  client: "x-serialhub-client",
} as const;

export const TENANT_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/**
 * A token's subject travels in an HTTP header (x-serialhub-sub) and in logs and audit
 * columns: printable ASCII without spaces, so no value can break a header or a log line.
 */
export const SUB_PATTERN = /^[\x21-\x7e]{1,256}$/;

export function identityToHeaders(identity: Identity): Record<string, string> {
  return {
    [IDENTITY_HEADERS.tenant]: identity.tenant,
    [IDENTITY_HEADERS.sub]: identity.sub,
    [IDENTITY_HEADERS.roles]: identity.roles.join(","),
    ...(identity.client ? { [IDENTITY_HEADERS.client]: identity.client } : {}),
  };
}

export type HeaderBag = Record<string, string | string[] | undefined>;

/** One header's value as a string ("" when absent; the first when repeated). */
export function header(headers: HeaderBag, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Reads the identity the gateway forwarded; callers must check the upstream signature first. */
export function identityFromHeaders(headers: HeaderBag): Identity {
  const roles = header(headers, IDENTITY_HEADERS.roles)
    .split(",")
    .filter((role) => role !== "") as Role[];
  const tenant = header(headers, IDENTITY_HEADERS.tenant);
  if (tenant === "" || roles.length === 0) {
    const client = header(headers, IDENTITY_HEADERS.client);
    return client ? { ...PUBLIC_IDENTITY, client } : PUBLIC_IDENTITY;
  }
  return { tenant, sub: header(headers, IDENTITY_HEADERS.sub), roles };
}

/** Checks the claims of a verified token: `sub`, `tenant` and `roles` from the known set. */
export function identityFromClaims(claims: unknown): Identity {
  const { sub, tenant, roles } = (claims ?? {}) as { sub?: unknown; tenant?: unknown; roles?: unknown };
  if (typeof tenant !== "string" || !TENANT_PATTERN.test(tenant)) {
    throw new HubError("UNAUTHENTICATED", "The token's tenant claim is missing or malformed.");
  }
  if (typeof sub !== "string" || sub === "") {
    throw new HubError("UNAUTHENTICATED", "The token's sub claim is missing.");
  }
  if (!SUB_PATTERN.test(sub)) {
    throw new HubError("UNAUTHENTICATED", "The token's sub claim must be 1 to 256 printable ASCII characters, without spaces.");
  }
  if (!Array.isArray(roles) || roles.length === 0) {
    throw new HubError("UNAUTHENTICATED", "The token's roles claim must be a non-empty list.");
  }
  const unknown = roles.filter((role) => !(ROLES as readonly unknown[]).includes(role));
  if (unknown.length > 0) {
    throw new HubError("UNAUTHENTICATED", `The token names unknown roles: ${unknown.join(", ")}.`);
  }
  return { sub, tenant, roles: roles as Role[] };
}

export const isPublic = (identity: Identity): boolean => identity.tenant === "";
