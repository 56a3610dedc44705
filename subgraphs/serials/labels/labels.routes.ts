import type { Response, Router } from "express";
import { isPublic, type Identity } from "../../../lib/auth/identity";
import { CANONICAL_STEM } from "../../../lib/gs1/digital-link";
import { toBracketed } from "../../../lib/gs1/element-string";
import { requireGtin } from "../../../lib/gs1/gtin";
import { signedDigitalLink } from "../signing/signed-link";
import type { JobRepository } from "../job/job.repository";
import type { Serial } from "../serial/serial.entity";
import type { SerialRepository } from "../serial/serial.repository";
import type { CodeSigner } from "../signing/code-signer";
import { encodedText, renderPng, renderSheet, renderSvg, type LabelContent, type LabelFormat } from "./label.renderer";

export interface LabelRouteDeps {
  serials: SerialRepository;
  jobs: JobRepository;
  signer: CodeSigner;
}

/** Most labels one sheet request renders; page through a job with offset. */
export const MAX_SHEET = 1000;

async function contentOf(signer: CodeSigner, tenantId: string, unit: Serial): Promise<LabelContent> {
  const digitalLink = await signedDigitalLink(signer, tenantId, unit);
  const signature = new URL(digitalLink).searchParams.get("8030");
  const hri = [`(01) ${unit.gtin}`, `(21) ${unit.serial}`, ...(unit.lot ? [`(10) ${unit.lot}`] : []), ...(unit.expiry ? [`EXP ${unit.expiry}`] : [])];
  return {
    elementString: toBracketed([
      { ai: "01", value: unit.gtin },
      { ai: "21", value: unit.serial },
      ...(signature ? [{ ai: "8030", value: signature }] : []),
    ]),
    digitalLink,
    hri,
  };
}

/**
 * `?resolver=https://brand.example` prints the brand's (or this hub's) domain in the QR code's
 * Digital Link instead of id.gs1.org, so a phone camera opens the hub's verification page; the
 * signature covers the element string, not the domain. Undefined: a bad value (answered 400).
 */
function resolverStem(raw: unknown): string | null | undefined {
  if (raw === undefined) {
    return null;
  }
  try {
    const url = new URL(String(raw));
    const ok = (url.protocol === "https:" || url.protocol === "http:") && !url.search && !url.hash && !url.username && url.href.length <= 200;
    return ok ? url.href.replace(/\/$/, "") : undefined;
  } catch {
    return undefined;
  }
}

/** One unit's label is for the tenant that owns it: a token with any role of that tenant (as Serial.digitalLink). */
function caller(res: Response): Identity | undefined {
  const identity = res.locals.identity as Identity;
  if (isPublic(identity)) {
    res.status(401).json({ error: "Labels need a token: send Authorization: Bearer <jwt>." });
    return undefined;
  }
  return identity;
}

/**
 * A job's sheets are its codes in bulk, signed: for the roles that generate them and may
 * export them as CSV (GET /jobs/{id}/serials.csv), not for every token of the tenant.
 */
const SHEET_ROLES = ["admin", "integrator"];

export function labelRoutes(router: Router, deps: LabelRouteDeps): void {
  router.get("/labels/job/:id.pdf", async (req, res) => {
    const identity = caller(res);
    if (!identity) {
      return;
    }
    if (!identity.roles.some((role) => SHEET_ROLES.includes(role))) {
      res.status(403).json({ error: `A job's label sheets need one of the roles: ${SHEET_ROLES.join(", ")}.` });
      return;
    }
    const job = /^[0-9a-f-]{36}$/i.test(req.params.id) ? await deps.jobs.find(identity.tenant, req.params.id) : null;
    if (!job) {
      res.status(404).json({ error: `No job ${req.params.id}.` });
      return;
    }
    const offset = Math.max(0, Number(req.query.offset ?? 0) || 0);
    const limit = Math.min(MAX_SHEET, Math.max(1, Number(req.query.limit ?? MAX_SHEET) || MAX_SHEET));
    const units = await deps.serials.jobSlice(identity.tenant, job.params.gtin, job.id, offset, limit);
    const labels = await Promise.all(units.map((unit) => contentOf(deps.signer, identity.tenant, unit)));
    res.set("content-type", "application/pdf").send(await renderSheet(labels, `serialhub labels, job ${job.id}`));
  });

  router.get("/labels/:gtin/:file", async (req, res) => {
    const identity = caller(res);
    if (!identity) {
      return;
    }
    const match = /^(.+)\.(svg|png)$/.exec(req.params.file);
    const format = (req.query.format ?? "datamatrix") as LabelFormat;
    const stem = resolverStem(req.query.resolver);
    if (!match || (format !== "datamatrix" && format !== "qr") || stem === undefined) {
      res.status(400).json({ error: "Ask for /labels/{gtin}/{serial}.svg or .png, with ?format=datamatrix (default) or qr, and optionally ?resolver=https://your.domain." });
      return;
    }
    let gtin: string;
    try {
      gtin = requireGtin(req.params.gtin, "gtin");
    } catch (error) {
      res.status(400).json({ error: (error as Error).message });
      return;
    }
    const [unit] = await deps.serials.findByKeys(identity.tenant, [{ gtin, serial: match[1] }]);
    if (!unit) {
      res.status(404).json({ error: `No unit ${match[1]} of GTIN ${gtin}.` });
      return;
    }
    const signed = await contentOf(deps.signer, identity.tenant, unit);
    const content = stem ? { ...signed, digitalLink: stem + signed.digitalLink.slice(CANONICAL_STEM.length) } : signed;
    // Lets a client check what the symbol encodes without decoding the image.
    res.set("x-serialhub-encoded", encodeURIComponent(encodedText(format, content)));
    if (match[2] === "svg") {
      res.set("content-type", "image/svg+xml").send(renderSvg(format, content));
    } else {
      res.set("content-type", "image/png").send(await renderPng(format, content));
    }
  });
}
