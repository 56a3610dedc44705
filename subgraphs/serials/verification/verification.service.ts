import { randomUUID } from "node:crypto";
import countries from "i18n-iso-countries";
import type { DataSource } from "typeorm";
import { isPublic, type Identity } from "../../../lib/auth/identity";
import type { NormalizedEvent } from "../../../lib/epcis/normalise";
import { GroupCommit } from "../../../lib/db/group-commit";
import { badInput } from "../../../lib/errors/hub-error";
import { parseCode } from "../../../lib/gs1/code";
import { describeElements } from "../../../lib/gs1/describe";
import { CANONICAL_STEM, encodeDigitalLinkValue } from "../../../lib/gs1/digital-link";
import type { Logger } from "../../../lib/log/logger";
import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import type { AnomalyRepository } from "../anomaly/anomaly.repository";
import type { CaptureService } from "../capture/capture.service";
import type { ProductDirectory } from "../product/product-directory";
import type { OpenRecall, RecallableUnit, RecallDirectory } from "../recall/recall-directory";
import type { SerialRepository } from "../serial/serial.repository";
import type { CodeSigner } from "../signing/code-signer";
import { serialEnumeration } from "../rules/enumeration.rule";
import type { LookupRepository } from "../rules/lookup.repository";
import { VERIFICATION_SCAN_BIZ_STEP } from "../rules/rule-event";
import type { RuleSettings } from "../rules/rule-settings";
import type { RuleSettingsRepository } from "../rules/rule-settings.repository";
import { assess, type Assessment } from "./assess";
import { SignatureCheck, type VerificationResult, type VerifyContext } from "./verification.types";

export interface VerificationDeps {
  dataSource: DataSource;
  products: ProductDirectory;
  serials: SerialRepository;
  signer: CodeSigner;
  recalls: RecallDirectory;
  capture: CaptureService;
  anomalies: AnomalyRepository;
  ruleSettings: RuleSettingsRepository;
  lookups: LookupRepository;
  log: Logger;
}

/** Who is looking: a token's subject, or an anonymous caller's network address. */
const clientOf = (caller: Identity): string => (isPublic(caller) ? `ip:${caller.client ?? "unknown"}` : `sub:${caller.sub}`);

/** A full verification, before it is cut down to what the caller may see. */
export interface Verification extends Assessment {
  tenantId: string | null;
  identifier: { gtin: string | null; serial: string | null; lot: string | null; expiry: string | null; digitalLink: string | null };
  product: { name: string; brand: string } | null;
  signature: SignatureCheck;
}

export { VERIFICATION_SCAN_BIZ_STEP };

/** Lookups are kept a day: far beyond any enumeration window. */
const LOOKUP_RETENTION_MINUTES = 24 * 60;
const PRUNE_EVERY = 1000;

function checkContext(context: VerifyContext | null | undefined): void {
  if (context?.country && !(countries.isValid(context.country) && /^[A-Z]{2}$/.test(context.country))) {
    throw badInput(`context.country "${context.country}" is not an ISO 3166-1 alpha-2 code.`, { field: "context.country" });
  }
  if (context?.lat != null && Math.abs(context.lat) > 90) {
    throw badInput("context.lat must be from -90 to 90.", { field: "context.lat" });
  }
  if (context?.lon != null && Math.abs(context.lon) > 180) {
    throw badInput("context.lon must be from -180 to 180.", { field: "context.lon" });
  }
}

interface Scanned {
  gtin: string;
  serial: string;
  lot: string | null;
  expiry: string | null;
  client: string;
}

/** A consumer's or inspector's scan, recorded as an EPCIS observation so scan rules can use it. */
function scanEvent({ gtin, serial, lot, expiry, client }: Scanned, context: VerifyContext | null | undefined, now: Date): NormalizedEvent {
  const eventId = `urn:uuid:${randomUUID()}`;
  const epc = `${CANONICAL_STEM}/01/${gtin}/21/${encodeDigitalLinkValue(serial)}`;
  const scan = {
    country: context?.country ?? null,
    lat: context?.lat ?? null,
    lon: context?.lon ?? null,
    requestId: context?.requestId ?? null,
    session: context?.session ?? null,
    client,
    lot,
    expiry,
  };
  return {
    eventId,
    type: "ObjectEvent",
    action: "OBSERVE",
    bizStep: VERIFICATION_SCAN_BIZ_STEP,
    disposition: null,
    eventTime: now,
    eventTimeZoneOffset: "+00:00",
    readPoint: null,
    bizLocation: null,
    country: context?.country ?? null,
    parentId: null,
    lot: null,
    expiry: null,
    serials: [{ gtin, serial, role: "epc" }],
    errorDeclaration: null,
    body: {
      eventID: eventId,
      type: "ObjectEvent",
      action: "OBSERVE",
      bizStep: VERIFICATION_SCAN_BIZ_STEP,
      eventTime: now.toISOString(),
      eventTimeZoneOffset: "+00:00",
      epcList: [epc],
      "serialhub:verificationScan": scan,
    },
  };
}

/**
 * verify: is this unit genuine? Works for anonymous callers (the GTIN says whose it is).
 * Their scans are recorded as observations; a forged signature raises SIGNATURE_FAILURE.
 */
export class VerificationService {
  private lookupsSincePrune = 0;
  /**
   * Scans are recorded before the answer, but concurrent ones share a capture (one
   * transaction, one ledger batch): one capture per scan serialised every anonymous verify of
   * a tenant on its ledger lock (bench/README.md).
   */
  private readonly scans = new GroupCommit<NormalizedEvent>(async (tenantId, events) => {
    await this.deps.capture.captureNormalized(tenantId, events);
  });

  constructor(private readonly deps: VerificationDeps) {}

  async verify(caller: Identity, code: string, context?: VerifyContext | null): Promise<Verification> {
    checkContext(context);
    const parsed = parseCode(code);
    const id = describeElements(parsed.elements);
    const product = id.gtin ? (await this.deps.products.products([id.gtin])).get(id.gtin) : undefined;
    const tenantId = product?.tenantId ?? null;
    const unit =
      tenantId && id.gtin && id.serial ? ((await this.deps.serials.findByKeys(tenantId, [{ gtin: id.gtin, serial: id.serial }]))[0] ?? null) : null;
    const signatureValue = parsed.elements.find((element) => element.ai === "8030")?.value;
    const signature =
      tenantId && id.gtin && id.serial ? (await this.deps.signer.verify(tenantId, id.gtin, id.serial, signatureValue)).status : "ABSENT";
    const recalls = unit && tenantId ? await this.openRecalls(tenantId, unit) : [];
    const now = new Date();
    const assessment = assess({
      code: id,
      product: product ? { name: product.name, brand: product.brand } : null,
      unit,
      signature,
      recalled: recalls.length > 0,
      recallInstructions: recalls.map((recall) => recall.instructions),
      today: now.toISOString().slice(0, 10),
    });
    if (tenantId && id.gtin && id.serial) {
      const scanned = { gtin: id.gtin, serial: id.serial, lot: id.lot, expiry: id.expiry, client: clientOf(caller) };
      await this.record(caller, tenantId, scanned, signature, context, now);
      await this.enumeration(tenantId, scanned, unit !== null && (unit.allocatedAt !== null || unit.commissionedAt !== null), now);
    }
    return {
      ...assessment,
      tenantId,
      identifier: { gtin: id.gtin, serial: id.serial, lot: id.lot, expiry: id.expiry, digitalLink: id.digitalLink },
      product: product ? { name: product.name, brand: product.brand } : null,
      signature: SignatureCheck[signature],
    };
  }

  private async openRecalls(tenantId: string, unit: RecallableUnit): Promise<OpenRecall[]> {
    try {
      return await this.deps.recalls.openRecalls(tenantId, unit);
    } catch (error) {
      // Recall status is one input among several; an unreachable recalls service must not block verification.
      this.deps.log.warn({ error: (error as Error).message }, "Could not ask the recalls service");
      return [];
    }
  }

  /** Every lookup is logged per client; a client guessing codes raises SERIAL_ENUMERATION. */
  private async enumeration(tenantId: string, scanned: Scanned, known: boolean, now: Date): Promise<void> {
    const settings = (await this.deps.ruleSettings.forGtins(tenantId, [scanned.gtin])).get(scanned.gtin) as RuleSettings;
    const counts = await this.deps.lookups.logAndCount(tenantId, { gtin: scanned.gtin, client: scanned.client, known, at: now }, settings.enumerationWindowMinutes);
    this.lookupsSincePrune += 1;
    if (this.lookupsSincePrune >= PRUNE_EVERY) {
      this.lookupsSincePrune = 0;
      await this.deps.lookups.prune(LOOKUP_RETENTION_MINUTES);
    }
    const draft = serialEnumeration({ ...scanned, at: now }, counts, settings);
    if (draft) {
      const raised = await this.deps.dataSource.transaction((manager) => this.deps.anomalies.insert(manager, tenantId, [draft]));
      await this.deps.capture.publish(tenantId, raised);
    }
  }

  /** Anonymous scans become observations; a forged signature becomes an anomaly. */
  private async record(caller: Identity, tenantId: string, scanned: Scanned, signature: string, context: VerifyContext | null | undefined, now: Date) {
    const { gtin, serial } = scanned;
    const scan = isPublic(caller) ? scanEvent(scanned, context, now) : null;
    if (scan) {
      await this.scans.add(tenantId, scan);
    }
    if (signature === "INVALID") {
      const raised = await this.deps.dataSource.transaction((manager) =>
        this.deps.anomalies.insert(manager, tenantId, [
          {
            kind: AnomalyKind.SIGNATURE_FAILURE,
            severity: AnomalySeverity.CRITICAL,
            gtin,
            serial,
            eventIds: scan ? [scan.eventId] : [],
            ruleVersion: 1,
            dedupeKey: `${AnomalyKind.SIGNATURE_FAILURE}:${gtin}:${serial}:${scan?.eventId ?? randomUUID()}`,
            country: context?.country ?? null,
            lot: scanned.lot,
            source: scanned.client,
            hint:
              `A code for serial "${serial}" of GTIN ${gtin} carried an AI 8030 signature that none of the tenant's keys made for it: ` +
              "a copied or forged code. Compare where it was scanned with the unit's history.",
          },
        ]),
      );
      await this.deps.capture.publish(tenantId, raised);
    }
  }
}

/**
 * What the caller may see: the owning tenant sees everything, anyone else the verdict,
 * product name and message. A code no tenant owns reveals nothing, so any token sees it all.
 */
export function viewFor(caller: Identity, verification: Verification, requestId: string | null): VerificationResult {
  const base = {
    requestId,
    verifiedAt: new Date(),
    verified: verification.verified,
    verdict: verification.verdict,
    message: verification.message,
  };
  if (isPublic(caller) || (verification.tenantId !== null && caller.tenant !== verification.tenantId)) {
    return {
      ...base,
      product: verification.product ? { name: verification.product.name, brand: null } : null,
      failureReason: null,
      additionalInfo: null,
      state: null,
      signature: null,
      recommendedAction: null,
      identifier: null,
    };
  }
  return {
    ...base,
    product: verification.product,
    failureReason: verification.failureReason,
    additionalInfo: verification.additionalInfo,
    state: verification.state,
    signature: verification.signature,
    recommendedAction: verification.recommendedAction,
    identifier: verification.identifier,
  };
}
