import { randomUUID } from "node:crypto";
import express, { type Request, type Response, type Router } from "express";
import type { Identity } from "../../../lib/auth/identity";
import { unwrapHubError } from "../../../lib/errors/hub-error";
import { DIGITAL_LINK_FORM_MAX_BYTES } from "../../../lib/federation/rest-body-limits";
import { parseCode } from "../../../lib/gs1/code";
import { describeElements } from "../../../lib/gs1/describe";
import type { Logger } from "../../../lib/log/logger";
import { renderBadCodePage, renderReportAnswer, renderVerifyPage } from "../../../web/pages/verify-page";
import { VERIFY_CSS_HASH } from "../../../web/pages/verify-style";
import type { ProductDirectory } from "../product/product-directory";
import type { SerialRepository } from "../serial/serial.repository";
import { viewFor, type VerificationService } from "../verification/verification.service";
import { consumerVerdict } from "./consumer-verdict";
import { buildLinkset, pickLink } from "./linkset";
import { chooseRepresentation } from "./negotiate";
import type { ProblemReportService } from "./problem-report.service";
import type { ProductPages } from "./product-pages";
import { verifyPageModel } from "./page-model";
import { chooseCountry, COUNTRY_COOKIE, isSessionId, newSessionId, readCookies, SESSION_COOKIE } from "./scan-context";

export interface DigitalLinkRouteDeps {
  verification: VerificationService;
  products: ProductDirectory;
  pages: ProductPages;
  reports: ProblemReportService;
  serials: SerialRepository;
  log: Logger;
}

const DIGITAL_LINK = /^\/01\//;

/** Nothing from elsewhere: the page's own script, its hashed inline style, pictures inlined as data: URLs. */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src ${VERIFY_CSS_HASH}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The scheme and host the client used; only for building links, never for a security decision. */
function originOf(req: Request): string {
  const forwarded = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0].trim();
  return `${forwarded === "https" ? "https" : "http"}://${req.headers.host ?? "localhost"}`;
}

const languagesOf = (req: Request) =>
  String(req.headers["accept-language"] ?? "")
    .split(",")
    .map((entry) => entry.split(";")[0].trim().toLowerCase())
    .filter((tag) => tag !== "" && tag !== "*");

function sendPage(res: Response, status: number, body: string, cookies: string[] = []): void {
  res
    .status(status)
    .set({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": PAGE_CSP,
      "cache-control": "no-store",
      vary: "Accept, Accept-Language, Cookie",
      "x-content-type-options": "nosniff",
      // The link carries the unit's signature: it stays off other sites' logs.
      "referrer-policy": "no-referrer",
    })
    .setHeader("set-cookie", cookies)
    .send(body);
}

function cookie(name: string, value: string, req: Request, maxAgeSeconds = 31_536_000): string {
  const secure = originOf(req).startsWith("https:") ? "; Secure" : "";
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/**
 * The GS1 Digital Link resolver for units (`/01/{gtin}[/10/{lot}]/21/{serial}`): the
 * verification page for browsers, the verify result as JSON, the linkset for linkType=all,
 * a redirect for another link type. linkType=verificationService is left to the VRS route.
 */
export function digitalLinkRoutes(router: Router, deps: DigitalLinkRouteDeps): void {
  router.get(DIGITAL_LINK, async (req, res, next) => {
    const url = new URL(req.originalUrl, originOf(req));
    const representation = chooseRepresentation(req.headers.accept, url.searchParams.get("linkType") ?? undefined);
    if (representation.kind === "vrs") {
      next();
      return;
    }
    let code;
    try {
      code = describeElements(parseCode(url.toString()).elements);
    } catch (error) {
      const hubError = unwrapHubError(error);
      if (!hubError) {
        throw error;
      }
      if (representation.kind === "html") {
        sendPage(res, 400, renderBadCodePage(hubError.message));
      } else {
        res.status(400).json({ error: hubError.message, code: hubError.code, ...hubError.details });
      }
      return;
    }
    const gtin = code.gtin as string;
    if (representation.kind === "linkset" || representation.kind === "link") {
      const page = await deps.pages.of(gtin);
      if (representation.kind === "linkset") {
        const product = (await deps.products.products([gtin])).get(gtin);
        const anchor = (code.digitalLink ?? "").split("?")[0];
        const pageUrl = `${url.origin}${url.pathname}`;
        res.set({ "access-control-allow-origin": "*", vary: "Accept" }).type("application/linkset+json");
        res.send(JSON.stringify(buildLinkset({ anchor, itemDescription: product?.name ?? null, pageUrl, links: product ? page.links : [] })));
        return;
      }
      const link = pickLink(page.links, representation.linkType, languagesOf(req));
      if (link) {
        res.redirect(307, link.href);
        return;
      }
      // GS1 resolvers send a link type they do not have to the default link: here, the check itself.
    }
    if (req.method === "HEAD") {
      res.status(200).type(representation.kind === "json" ? "application/json" : "text/html").end();
      return;
    }
    const identity = res.locals.identity as Identity;
    const cookies = readCookies(req.headers.cookie);
    const setCookies: string[] = [];
    let session = cookies[SESSION_COOKIE];
    if (!isSessionId(session)) {
      session = newSessionId();
      setCookies.push(cookie(SESSION_COOKIE, session, req));
    }
    const explicit = url.searchParams.get("country") ?? undefined;
    const chosen = chooseCountry(explicit, cookies[COUNTRY_COOKIE], req.headers["accept-language"]);
    if (explicit !== undefined) {
      setCookies.push(chosen.source === "choice" ? cookie(COUNTRY_COOKIE, chosen.country as string, req) : cookie(COUNTRY_COOKIE, "", req, 0));
    }
    const scanId = randomUUID();
    const verification = await deps.verification.verify(identity, url.toString(), { country: chosen.country, session, requestId: scanId });
    const verdict = consumerVerdict(verification);
    if (representation.kind === "json" || wantsJsonAfterFallback(representation.kind, req)) {
      res.set({ "cache-control": "no-store", vary: "Accept", "access-control-allow-origin": "*" }).setHeader("set-cookie", setCookies);
      res.json({ ...viewFor(identity, verification, scanId), outcome: verdict });
      return;
    }
    const owner = verification.tenantId;
    const [page, unit] = owner
      ? await Promise.all([deps.pages.of(gtin), code.serial ? deps.serials.findByKeys(owner, [{ gtin, serial: code.serial }]).then((units) => units[0] ?? null) : null])
      : [{ links: [], image: null }, null];
    const model = verifyPageModel({ verification, verdict, page, url, scanId, session, chosen, checkedAt: new Date(), unit });
    sendPage(res, 200, renderVerifyPage(model), setCookies);
  });

  // "Report a problem" posted without JavaScript: to the page's own address, answered with a page.
  router.post(DIGITAL_LINK, express.urlencoded({ extended: false, limit: DIGITAL_LINK_FORM_MAX_BYTES }), async (req, res) => {
    const url = new URL(req.originalUrl, originOf(req));
    const form = (req.body ?? {}) as Record<string, string | undefined>;
    const pagePath = `${url.pathname}${url.search}`;
    try {
      await deps.reports.report(res.locals.identity as Identity, {
        code: url.toString(),
        kind: form.kind ?? "",
        message: form.message,
        contact: form.contact,
        scanId: form.scan,
        country: form.country,
      });
      sendPage(res, 200, renderReportAnswer(pagePath, { received: true }));
    } catch (error) {
      const hubError = unwrapHubError(error);
      if (!hubError) {
        throw error;
      }
      deps.log.info({ code: hubError.code, reason: hubError.message }, "A problem report was refused");
      sendPage(res, hubError.httpStatus, renderReportAnswer(pagePath, { error: hubError.message }));
    }
  });
}

/** A link type asked for by an API client that has none configured falls back to the JSON result, not a page. */
function wantsJsonAfterFallback(kind: string, req: Request): boolean {
  return kind === "link" && chooseRepresentation(req.headers.accept, undefined).kind === "json";
}

