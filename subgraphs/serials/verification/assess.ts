import type { SignatureStatus } from "../signing/code-signer";
import { SerialStatus } from "../serial/serial-status";
import {
  PackStateReason,
  PackStatus,
  RecommendedAction,
  Verdict,
  VerificationFailureReason,
  VerificationInfo,
  type PackState,
} from "./verification.types";

/** What the hub knows when it judges a code. */
export interface Evidence {
  code: { gtin: string | null; serial: string | null; lot: string | null; expiry: string | null };
  product: { name: string; brand: string } | null;
  unit: {
    status: SerialStatus;
    allocatedAt: Date | null;
    lot: string | null;
    expiry: string | null;
    lastEventTime: Date | null;
    lastCountry: string | null;
  } | null;
  signature: SignatureStatus;
  recalled: boolean;
  /** What the open recalls tell holders of the unit to do; shown to anyone who verifies it. */
  recallInstructions?: readonly string[];
  /** ISO date of today, for expiry. */
  today: string;
}

export interface Assessment {
  verified: boolean;
  verdict: Verdict;
  failureReason: VerificationFailureReason | null;
  additionalInfo: VerificationInfo[];
  state: PackState | null;
  recommendedAction: RecommendedAction;
  message: string;
}

const INACTIVE: Partial<Record<SerialStatus, PackStateReason>> = {
  [SerialStatus.ALLOCATED]: PackStateReason.NOT_RELEASED,
  [SerialStatus.ENCODED]: PackStateReason.NOT_RELEASED,
  [SerialStatus.SOLD]: PackStateReason.SOLD,
  [SerialStatus.DISPENSED]: PackStateReason.DISPENSED,
  [SerialStatus.INACTIVE]: PackStateReason.DECOMMISSIONED,
  [SerialStatus.DESTROYED]: PackStateReason.DESTROYED,
  [SerialStatus.STOLEN]: PackStateReason.STOLEN,
  [SerialStatus.RECALLED]: PackStateReason.RECALLED,
};

function failure(evidence: Evidence): VerificationFailureReason | null {
  const { code, product, unit } = evidence;
  if (!product) {
    return VerificationFailureReason.GTIN_UNKNOWN;
  }
  if (!code.serial || !unit || (unit.status === SerialStatus.UNCOMMISSIONED && !unit.allocatedAt)) {
    return VerificationFailureReason.NO_MATCH_GTIN_SERIAL;
  }
  const lotWrong = code.lot !== null && unit.lot !== null && code.lot !== unit.lot;
  const expiryWrong = code.expiry !== null && unit.expiry !== null && code.expiry !== unit.expiry;
  if (lotWrong || expiryWrong) {
    return lotWrong && expiryWrong
      ? VerificationFailureReason.NO_MATCH_LOT_EXPIRY
      : lotWrong
        ? VerificationFailureReason.NO_MATCH_LOT
        : VerificationFailureReason.NO_MATCH_EXPIRY;
  }
  return evidence.signature === "INVALID" ? VerificationFailureReason.SIGNATURE_INVALID : null;
}

function message(evidence: Evidence, assessment: Omit<Assessment, "message">, expiry: string | null): string {
  const brand = evidence.product?.brand ?? "the manufacturer";
  const name = evidence.product?.name ?? "product";
  switch (assessment.failureReason) {
    case VerificationFailureReason.GTIN_UNKNOWN:
      return "We do not know this product. It may not be genuine.";
    case VerificationFailureReason.SIGNATURE_INVALID:
      return `This code's security signature is not valid: the product may be counterfeit. Do not use it; contact ${brand}.`;
    case null:
      break;
    default:
      return `This code does not match any ${name} that ${brand} made. Do not use the product; contact ${brand}.`;
  }
  if (assessment.additionalInfo.includes(VerificationInfo.ILLEGITIMATE)) {
    return `This ${name} was reported stolen. Do not use it; contact ${brand}.`;
  }
  if (assessment.additionalInfo.includes(VerificationInfo.RECALLED)) {
    const instructions = (evidence.recallInstructions ?? []).join(" ");
    return `Genuine ${name}, but it has been recalled: ${instructions || `do not use it, and contact ${brand}.`}`;
  }
  if (assessment.additionalInfo.includes(VerificationInfo.EXPIRED)) {
    return `Genuine ${name}, but it expired on ${expiry}.`;
  }
  return `Genuine ${name} by ${brand}.`;
}

/** Judges a code from the evidence; no I/O, so every outcome is easy to test. */
export function assess(evidence: Evidence): Assessment {
  const failureReason = failure(evidence);
  const { unit } = evidence;
  const expiry = unit?.expiry ?? evidence.code.expiry;
  const additionalInfo: VerificationInfo[] = [];
  if (expiry !== null && expiry < evidence.today) {
    additionalInfo.push(VerificationInfo.EXPIRED);
  }
  if (evidence.recalled || unit?.status === SerialStatus.RECALLED) {
    additionalInfo.push(VerificationInfo.RECALLED);
  }
  if (evidence.signature === "INVALID") {
    additionalInfo.push(VerificationInfo.SUSPECT);
  }
  if (unit?.status === SerialStatus.STOLEN) {
    additionalInfo.push(VerificationInfo.ILLEGITIMATE);
  }
  const reason = unit ? (INACTIVE[unit.status] ?? null) : null;
  const state: PackState | null = unit
    ? { status: reason ? PackStatus.INACTIVE : PackStatus.ACTIVE, reason, since: unit.lastEventTime, lastCountry: unit.lastCountry }
    : null;
  const verified = failureReason === null;
  const rejects = [VerificationInfo.RECALLED, VerificationInfo.ILLEGITIMATE, VerificationInfo.SUSPECT];
  const recommendedAction =
    !verified || additionalInfo.some((info) => rejects.includes(info)) || reason === PackStateReason.DESTROYED
      ? RecommendedAction.REJECT
      : additionalInfo.includes(VerificationInfo.EXPIRED) || state?.status === PackStatus.INACTIVE
        ? RecommendedAction.QUARANTINE
        : RecommendedAction.ACCEPT;
  const verdict =
    verified && !additionalInfo.includes(VerificationInfo.SUSPECT) && !additionalInfo.includes(VerificationInfo.ILLEGITIMATE)
      ? Verdict.GENUINE
      : Verdict.SUSPECT;
  const partial = { verified, verdict, failureReason, additionalInfo, state, recommendedAction };
  return { ...partial, message: message(evidence, partial, expiry) };
}
