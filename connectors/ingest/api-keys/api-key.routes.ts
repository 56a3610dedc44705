import type { Request, Response, Router } from "express";
import type { Identity } from "../../../lib/auth/identity";
import type { ApiKeyRepository } from "./api-key.repository";
import { API_KEY_ID } from "../../../lib/auth/api-key";


/** Only the gateway asks: a signed request as the hub's own service identity, never a tenant's. */
function fromGateway(res: Response): boolean {
  const identity = res.locals.identity as Identity;
  if (identity.tenant === "_hub" && identity.roles.includes("service")) {
    return true;
  }
  res.status(403).json({ error: "Internal route." });
  return false;
}

/**
 * The gateway's side door to API keys (behind the upstream signature; the front door never
 * forwards /internal): a key's record by id, and "used just now" reports.
 */
export function apiKeyRoutes(router: Router, apiKeys: ApiKeyRepository): void {
  router.get("/internal/api-keys/:id", async (req: Request, res: Response, next) => {
    try {
      if (!fromGateway(res)) {
        return;
      }
      const id = String(req.params.id);
      const credential = API_KEY_ID.test(id) ? await apiKeys.credential(id) : null;
      if (!credential) {
        res.status(404).json({ error: "No such key." });
        return;
      }
      res.set("cache-control", "no-store").json(credential);
    } catch (error) {
      next(error);
    }
  });
  router.post("/internal/api-keys/:id/used", async (req: Request, res: Response, next) => {
    try {
      if (!fromGateway(res)) {
        return;
      }
      const id = String(req.params.id);
      if (API_KEY_ID.test(id)) {
        await apiKeys.touch(id);
      }
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });
}
