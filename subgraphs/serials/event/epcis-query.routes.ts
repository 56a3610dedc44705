import type { Request, Response, Router } from "express";
import { isPublic, type Identity, type Role } from "../../../lib/auth/identity";
import { epcisQueryDocument } from "../../../lib/epcis/query-document";
import type { Logger } from "../../../lib/log/logger";
import { encodePageToken, nextPageQuery, parseEpcisQuery, QueryParameterError } from "./epcis-query";
import type { EventRepository } from "./event.repository";

export interface EpcisQueryRouteDeps {
  events: EventRepository;
  log: Logger;
}

/**
 * Who may run a tenant-wide event query: the roles that already watch the tenant's
 * anomalies. Service centres are left out on purpose: the answer lists every partner's
 * shipments and business transactions, and they see a unit's own history through
 * `serial(gtin, serial) { events }`.
 */
export const EPCIS_QUERY_ROLES: readonly Role[] = ["admin", "integrator", "auditor", "recall_coordinator"];

/** An RFC 7807 problem with the GS1 exception name as its type; `error` as on the hub's other REST routes. */
function problem(res: Response, status: number, exception: string, message: string, extra: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type("application/problem+json")
    .send(JSON.stringify({ type: `epcisException:${exception}`, title: message, status, error: message, ...extra }));
}

const rawQueryOf = (req: Request): string => {
  const at = req.originalUrl.indexOf("?");
  return at < 0 ? "" : req.originalUrl.slice(at + 1);
};

/**
 * `GET /epcis/events`: the GS1 EPCIS 2.0 REST binding's event query (a subset of the
 * SimpleEventQuery parameters), answered as an EPCISQueryDocument in application/ld+json,
 * always within the caller's tenant. More results: a `Link: <…>; rel="next"` header.
 */
export function epcisQueryRoutes(router: Router, deps: EpcisQueryRouteDeps): void {
  router.get("/epcis/events", async (req, res) => {
    const identity = res.locals.identity as Identity;
    if (isPublic(identity)) {
      problem(res, 401, "SecurityException", "The EPCIS query needs a token: send Authorization: Bearer <jwt>.");
      return;
    }
    if (!identity.roles.some((role) => EPCIS_QUERY_ROLES.includes(role))) {
      problem(res, 403, "SecurityException", `The EPCIS query needs one of the roles ${EPCIS_QUERY_ROLES.join(", ")}.`);
      return;
    }
    const rawQuery = rawQueryOf(req);
    try {
      const query = parseEpcisQuery(rawQuery);
      const rows = await deps.events.queryPage(identity.tenant, query.filter, query.perPage + 1, query.after);
      const page = rows.slice(0, query.perPage);
      if (rows.length > query.perPage) {
        const token = encodePageToken(query.filter, page[page.length - 1].position);
        // Relative to this request's URI (RFC 8288): the front door's public origin is not known here.
        res.set("link", `<${req.originalUrl.split("?")[0]}?${nextPageQuery(rawQuery, token)}>; rel="next"`);
      }
      res
        .status(200)
        .set({ "GS1-EPCIS-Version": "2.0.0", "GS1-CBV-Version": "2.0.0", "cache-control": "no-store" })
        .type("application/ld+json")
        .send(JSON.stringify(epcisQueryDocument(page)));
    } catch (error) {
      if (error instanceof QueryParameterError) {
        problem(res, 400, "QueryParameterException", error.message, { parameter: error.parameter });
        return;
      }
      deps.log.error({ error: (error as Error).message, tenant: identity.tenant }, "EPCIS query failed");
      problem(res, 500, "ImplementationException", "The query could not be run; retry later.");
    }
  });
}
