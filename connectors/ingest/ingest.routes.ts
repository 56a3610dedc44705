import type { Request, Response, Router } from "express";
import { requireRole } from "../../lib/auth/auth-checker";
import type { Identity, Role } from "../../lib/auth/identity";
import { HubError } from "../../lib/errors/hub-error";
import type { Logger } from "../../lib/log/logger";
import type { Headers } from "../core/connector";
import type { EdgeLimits } from "../core/edge";
import { captureJob } from "./capture/capture-job";
import type { InboxRepository } from "./inbox/inbox.repository";
import { discardRest } from "../../lib/http/bounded-body";
import { readEdgeBody } from "./pipeline/edge-body";
import type { IngestMetrics } from "./pipeline/metrics";
import type { Receiver } from "./pipeline/receiver";

export interface IngestRouteDeps {
  receiver: Receiver;
  inbox: InboxRepository;
  metrics: IngestMetrics;
  log: Logger;
}

const headersOf = (req: Request): Headers =>
  Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]));

/** Answers; a body not read to its end (refused at the edge, unknown connector) is then dropped as it arrives. */
function send(req: Request, res: Response, status: number, body: Record<string, unknown>): void {
  res.status(status).json(body);
  if (!req.readableEnded) {
    discardRest(req);
  }
}

/** /webhooks/{tenant}/{connector}: each connector authenticates its deliveries itself, on the raw body. */
export function webhookRoutes(router: Router, deps: IngestRouteDeps): void {
  // CloudEvents webhook handshake (SAP Event Mesh): writes nothing, so it needs no secret.
  router.options("/webhooks/:tenant/:connector", (req, res) => {
    const origin = req.get("webhook-request-origin");
    if (origin) {
      res.set("webhook-allowed-origin", origin).set("webhook-allowed-rate", "*");
    }
    res.set("allow", "POST, OPTIONS").status(200).end();
  });
  router.post("/webhooks/:tenant/:connector", async (req, res, next) => {
    try {
      const [tenant, connector] = [String(req.params.tenant), String(req.params.connector)];
      // The connector's media types and size limit apply before a byte is buffered; an unknown one reads nothing.
      const edge = deps.receiver.edgeOf(connector);
      const read = edge ? await readEdgeBody(req, edge) : { ok: true as const, body: Buffer.alloc(0) };
      const reply = read.ok ? await deps.receiver.receive(tenant, connector, read.body, headersOf(req)) : deps.receiver.refuse(tenant, connector, read);
      send(req, res, reply.status, reply.body);
    } catch (error) {
      next(error);
    }
  });
}

/** The caller, if it has one of `roles`; otherwise answers 401 or 403 (the same check as GraphQL's) and returns undefined. */
function requireRoles(res: Response, roles: Role[]): Identity | undefined {
  const identity = res.locals.identity as Identity;
  try {
    requireRole(identity, roles);
    return identity;
  } catch (error) {
    if (!(error instanceof HubError)) {
      throw error;
    }
    res.status(error.httpStatus).json({ error: error.message });
    return undefined;
  }
}

const EPCIS_HEADERS = { "GS1-EPCIS-Version": "2.0.0", "GS1-CBV-Version": "2.0.0" };

/**
 * EPCIS 2.0 capture as the GS1 REST binding has it: POST /epcis/capture answers 202 with
 * the capture job's URL; GET /epcis/capture/{id} tells how the job went.
 */
export function captureRoutes(router: Router, deps: IngestRouteDeps): void {
  router.post("/epcis/capture", async (req, res, next) => {
    try {
      const identity = requireRoles(res, ["admin", "integrator"]);
      if (!identity) {
        return;
      }
      res.set(EPCIS_HEADERS);
      const type = req.get("content-type") ?? "";
      if (!/^application\/(ld\+)?json\b/i.test(type)) {
        send(req, res, 415, {
          type: "epcisException:UnsupportedMediaTypeException",
          title: "Send the EPCIS document as application/json or application/ld+json.",
          status: 415,
        });
        return;
      }
      const read = await readEdgeBody(req, deps.receiver.edgeOf("epcis") as EdgeLimits);
      if (!read.ok) {
        const exception = { 400: "ValidationException", 413: "CaptureLimitExceededException", 415: "UnsupportedMediaTypeException" }[read.status];
        send(req, res, read.status, { type: `epcisException:${exception}`, title: read.error, status: read.status });
        return;
      }
      const body = read.body;
      const answer = await deps.receiver.receiveAuthenticated(identity.tenant, "epcis", body, headersOf(req));
      // 400: not a JSON document at all (nothing kept); 422: an invalid one, kept as rejected.
      if (answer.status === 400 || answer.status === 422) {
        res.status(400).json({
          type: "epcisException:ValidationException",
          title: String(answer.body.error),
          status: 400,
          instance: String(answer.body.path ?? ""),
          rejectedId: answer.rejectedId,
        });
        return;
      }
      const location = `/epcis/capture/${answer.inboxId}`;
      res.status(202).set("location", location).json({ captureID: answer.inboxId, location, status: answer.body.status });
    } catch (error) {
      next(error);
    }
  });
  router.get("/epcis/capture/:id", async (req, res, next) => {
    try {
      const identity = requireRoles(res, ["admin", "integrator", "auditor"]);
      if (!identity) {
        return;
      }
      const id = String(req.params.id);
      const row = /^[0-9a-f-]{36}$/i.test(id) ? await deps.inbox.find(identity.tenant, id) : null;
      res.set(EPCIS_HEADERS);
      if (!row) {
        res.status(404).json({ type: "epcisException:NoSuchResourceException", title: `No capture job ${id}.`, status: 404 });
        return;
      }
      res.json(captureJob(row));
    } catch (error) {
      next(error);
    }
  });
  router.get("/metrics", async (_req, res, next) => {
    try {
      const identity = requireRoles(res, ["admin", "service"]);
      if (identity) {
        const backlog = await deps.inbox.backlog(identity.tenant);
        res.set("content-type", "text/plain; version=0.0.4").send(deps.metrics.prometheus(identity.tenant, backlog));
      }
    } catch (error) {
      next(error);
    }
  });
}
