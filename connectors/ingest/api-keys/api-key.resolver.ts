import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { API_KEY_ID, API_KEY_ROLES, apiKeyHint } from "../../../lib/auth/api-key";
import { ROLES, type Identity, type Role } from "../../../lib/auth/identity";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { requireText } from "../../../lib/validation/text";
import type { IngestContext } from "../context";
import type { ApiKeyRow } from "./api-key.repository";
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from "./api-key.types";

/** Active keys a tenant may hold: enough for every integration, few enough to audit. */
export const MAX_ACTIVE_API_KEYS = 50;


const view = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  roles: row.roles,
  hint: apiKeyHint(row.id),
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt ?? undefined,
  revokedAt: row.revokedAt ?? undefined,
});

/**
 * The roles a caller may put on a key: never `admin` (a key is for an integration, and a
 * leaked key must not run the tenant), and otherwise only roles the caller has, an admin
 * counting as having every other role (it is admitted wherever they are).
 */
export function mintableRoles(caller: Identity): Role[] {
  return API_KEY_ROLES.filter((role) => caller.roles.includes("admin") || caller.roles.includes(role));
}

function checkRoles(caller: Identity, roles: string[]): Role[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) {
    throw badInput("roles must name at least one role.", { field: "input.roles" });
  }
  const unknown = unique.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) {
    throw badInput(`Unknown roles: ${unknown.join(", ")}. Known: ${API_KEY_ROLES.join(", ")}.`, { field: "input.roles" });
  }
  const allowed = mintableRoles(caller);
  const refused = unique.filter((role) => !allowed.includes(role as Role));
  if (refused.length > 0) {
    throw new HubError("FORBIDDEN", `An API key cannot carry the roles: ${refused.join(", ")}. Allowed here: ${allowed.join(", ") || "none"}.`, {
      field: "input.roles",
    });
  }
  return unique as Role[];
}

@Resolver()
export class ApiKeyResolver {
  @Authorized("admin")
  @Query(() => [ApiKey], { description: "The caller's tenant's API keys, newest first, revoked ones included. Secrets are never returned." })
  async apiKeys(@Ctx() context: IngestContext): Promise<ApiKey[]> {
    return (await context.apiKeys.list(context.identity.tenant)).map(view);
  }

  @Authorized("admin")
  @Mutation(() => CreatedApiKey, {
    description: "Creates an API key for a machine client of the caller's tenant, with some of the caller's roles (never admin). The key is returned this once.",
  })
  async createApiKey(@Arg("input") input: CreateApiKeyInput, @Ctx() context: IngestContext): Promise<CreatedApiKey> {
    const { identity } = context;
    const name = requireText(input.name, "input.name", 100);
    const roles = checkRoles(identity, input.roles);
    if ((await context.apiKeys.countActive(identity.tenant)) >= MAX_ACTIVE_API_KEYS) {
      throw new HubError("CONFLICT", `The tenant already has ${MAX_ACTIVE_API_KEYS} active API keys: revoke one first.`);
    }
    const { row, key } = await context.apiKeys.create(identity.tenant, name, roles, identity.sub);
    return { apiKey: view(row), key };
  }

  @Authorized("admin")
  @Mutation(() => ApiKey, { description: "Revokes an API key of the caller's tenant; requests with it are refused within seconds." })
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() context: IngestContext): Promise<ApiKey> {
    const row = API_KEY_ID.test(id) ? await context.apiKeys.revoke(context.identity.tenant, id) : null;
    if (!row) {
      throw new HubError("NOT_FOUND", `No API key ${id}.`, { field: "id" });
    }
    return view(row);
  }
}
