import type { Router } from "express";
import { type HubError } from "../../../lib/errors/hub-error";
import { parseDigitalLink } from "../../../lib/gs1/digital-link";
import type { ProductDirectory } from "../product/product-directory";
import { requireGln } from "./vrs.resolver";
import type { VrsRepository } from "./vrs.repository";
import type { VerificationService } from "./verification.service";
import { VerificationFailureReason, VerificationInfo } from "./verification.types";

/** The DSCSA VRS wire names (Lightweight Messaging Standard for Verification of Product Identifiers). */
const VRS_REASONS: Record<VerificationFailureReason, string> = {
  [VerificationFailureReason.NO_MATCH_GTIN_SERIAL]: "No_match_GTIN_Serial",
  [VerificationFailureReason.GTIN_UNKNOWN]: "No_match_GTIN_Serial",
  [VerificationFailureReason.NO_MATCH_LOT]: "No_match_GTIN_Serial_Lot",
  [VerificationFailureReason.NO_MATCH_EXPIRY]: "No_match_GTIN_Serial_Expiry",
  [VerificationFailureReason.NO_MATCH_LOT_EXPIRY]: "No_match_GTIN_Serial_Lot_Expiry",
  [VerificationFailureReason.SIGNATURE_INVALID]: "Not_for_re-distribution",
};

/** Most serious first: VRS carries one additionalInfo value. */
const VRS_INFO: [VerificationInfo, string][] = [
  [VerificationInfo.ILLEGITIMATE, "Illegitimate"],
  [VerificationInfo.SUSPECT, "Suspect"],
  [VerificationInfo.RECALLED, "Recalled"],
  [VerificationInfo.EXPIRED, "Expired"],
];

export interface VrsRouteDeps {
  products: ProductDirectory;
  vrs: VrsRepository;
  verification: VerificationService;
}

/**
 * `GET /01/{gtin}/10/{lot}/21/{serial}?17=YYMMDD&linkType=verificationService&corrUUID=…&reqGLN=…`
 * answers in the VRS JSON; only requestors on the GTIN owner's allow-list are answered.
 */
export function vrsRoutes(router: Router, deps: VrsRouteDeps): void {
  router.get(/^\/01\//, async (req, res) => {
    const url = new URL(req.originalUrl, "https://vrs.invalid");
    if (url.searchParams.get("linkType") !== "verificationService") {
      res.status(404).json({ error: "Only linkType=verificationService (DSCSA VRS) is answered here." });
      return;
    }
    let link;
    try {
      link = parseDigitalLink(url.toString());
    } catch (error) {
      res.status(400).json({ error: (error as HubError).message, ...(error as HubError).details });
      return;
    }
    const gtin = link.elements.find((element) => element.ai === "01")?.value as string;
    const owner = (await deps.products.products([gtin])).get(gtin);
    const settings = owner ? await deps.vrs.settings(owner.tenantId) : null;
    if (!owner || !settings) {
      res.status(404).json({ error: `This responder does not answer for GTIN ${gtin}.` });
      return;
    }
    const reqGln = link.parameters.reqGLN ?? "";
    try {
      requireGln(reqGln, "reqGLN");
    } catch {
      res.status(401).json({ error: "reqGLN must name the requestor by a valid GLN." });
      return;
    }
    if (!settings.requestors.some((requestor) => requestor.gln === reqGln)) {
      res.status(403).json({ error: `Requestor ${reqGln} is not an authorised trading partner of this responder.` });
      return;
    }
    const identity = { tenant: owner.tenantId, sub: `vrs:${reqGln}`, roles: ["service" as const] };
    const result = await deps.verification.verify(identity, url.toString(), null);
    const info = VRS_INFO.find(([value]) => result.additionalInfo.includes(value))?.[1];
    res.json({
      verificationTimestamp: new Date().toISOString(),
      responderGLN: settings.responderGln,
      corrUUID: link.parameters.corrUUID ?? null,
      data: {
        verified: result.verified,
        ...(result.failureReason ? { verificationFailureReason: VRS_REASONS[result.failureReason] } : {}),
        ...(info ? { additionalInfo: info } : {}),
      },
    });
  });
}
