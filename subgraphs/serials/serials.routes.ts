import type { Response, Router } from "express";
import { isPublic, type Identity } from "../../lib/auth/identity";
import type { Logger } from "../../lib/log/logger";
import { epcisQueryRoutes } from "./event/epcis-query.routes";
import type { EventRepository } from "./event/event.repository";
import type { JobRepository } from "./job/job.repository";
import type { SerialRepository } from "./serial/serial.repository";
import type { CodeSigner } from "./signing/code-signer";
import { jwks } from "./signing/jwks";
import { signedDigitalLink, unitElementString } from "./signing/signed-link";
import type { SigningKeyRepository } from "./signing/signing-key.repository";

export interface SerialsRouteDeps {
  signingKeys: SigningKeyRepository;
  jobs: JobRepository;
  serials: SerialRepository;
  events: EventRepository;
  signer: CodeSigner;
  log: Logger;
}

const identityOf = (res: Response): Identity => res.locals.identity as Identity;

const csvField = (value: string | null): string => (value === null ? "" : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** REST beside GraphQL, reached through the front door (which signs the caller's identity). */
export function serialsRoutes(router: Router, deps: SerialsRouteDeps): void {
  epcisQueryRoutes(router, deps);

  router.get("/.well-known/jwks.json", async (_req, res) => {
    res.set("cache-control", "public, max-age=300").json(await jwks(deps.signingKeys));
  });

  router.get("/jobs/:id/serials.csv", async (req, res) => {
    const identity = identityOf(res);
    if (isPublic(identity)) {
      res.status(401).json({ error: "This export needs a token: send Authorization: Bearer <jwt>." });
      return;
    }
    if (!identity.roles.some((role) => role === "admin" || role === "integrator")) {
      res.status(403).json({ error: "This export needs the admin or integrator role." });
      return;
    }
    const job = /^[0-9a-f-]{36}$/i.test(req.params.id) ? await deps.jobs.find(identity.tenant, req.params.id) : null;
    if (!job) {
      res.status(404).json({ error: `No job ${req.params.id}.` });
      return;
    }
    res.set("content-type", "text/csv; charset=utf-8").set("content-disposition", `attachment; filename="serials-${job.id}.csv"`);
    res.write("gtin,serial,lot,expiry,status,digital_link,element_string\n");
    try {
      for await (const page of deps.serials.pagesOfJob(identity.tenant, job.params.gtin, job.id)) {
        let chunk = "";
        for (const unit of page) {
          const link = await signedDigitalLink(deps.signer, identity.tenant, unit);
          chunk += [unit.gtin, unit.serial, unit.lot, unit.expiry, unit.status, link, unitElementString(unit)].map(csvField).join(",") + "\n";
        }
        if (!res.write(chunk)) {
          await new Promise((resolve) => res.once("drain", resolve));
        }
      }
      res.end();
    } catch (error) {
      deps.log.error({ error: (error as Error).message, job: job.id }, "CSV export failed");
      res.destroy(error as Error);
    }
  });
}
