import type { AuthChecker } from "type-graphql";
import { HubError } from "../errors/hub-error";
import { isPublic, type Identity, type Role } from "./identity";

export interface IdentityContext {
  identity: Identity;
}

/**
 * `@Authorized()` admits any caller with a token; `@Authorized("admin", …)` admits those
 * roles only. Throwing (rather than returning false) keeps the two failure codes distinct.
 */
export const authChecker: AuthChecker<IdentityContext, Role> = ({ context }, roles) => {
  requireRole(context.identity, roles);
  return true;
};

export function requireRole(identity: Identity, roles: readonly Role[]): void {
  if (isPublic(identity)) {
    throw new HubError("UNAUTHENTICATED", "This operation needs a token: send Authorization: Bearer <jwt>.");
  }
  if (roles.length > 0 && !roles.some((role) => identity.roles.includes(role))) {
    throw new HubError("FORBIDDEN", `This operation needs one of the roles: ${roles.join(", ")}.`, {
      requiredRoles: roles,
    });
  }
}
