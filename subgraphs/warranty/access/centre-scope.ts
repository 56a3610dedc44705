import type { Identity } from "../../../lib/auth/identity";
import { HubError } from "../../../lib/errors/hub-error";
import { requireText } from "../../../lib/validation/text";

/** Roles that act for the whole tenant; a token with one of them is never narrowed to a centre. */
const STAFF = ["admin", "integrator", "auditor"] as const;

/**
 * The service centre a token acts for, or null when it sees the whole tenant. A service
 * centre is its token's subject (`sub`): the gateway forwards tenant, subject and roles and
 * nothing else, so the subject is the one claim every hop already trusts. Issue each centre
 * its own token with `sub` = its centre id.
 */
export function centreOf(identity: Identity): string | null {
  if (!identity.roles.includes("service_centre") || STAFF.some((role) => identity.roles.includes(role))) {
    return null;
  }
  return identity.sub;
}

/**
 * The centre named in an input, checked against the caller: a service centre may act only
 * for itself; staff may record work on behalf of any centre.
 */
export function actingCentre(identity: Identity, given: string, field: string): string {
  const centre = requireText(given, field, 100);
  const own = centreOf(identity);
  if (own !== null && own !== centre) {
    throw new HubError("FORBIDDEN", `${field} must be your own centre ("${own}", the subject of your token).`, { field });
  }
  return centre;
}

/** Whether the caller may see a record made by `centre`. */
export const maySee = (identity: Identity, centre: string): boolean => {
  const own = centreOf(identity);
  return own === null || own === centre;
};
