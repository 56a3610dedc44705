import { CoverageStatus } from "../coverage/coverage-status";
import type { Coverage } from "../coverage/coverage";
import { ClaimDecision, ClaimRejection } from "./claim-enums";

/** What a claim is judged on; gathered by ClaimService, judged here without I/O. */
export interface ClaimFacts {
  /** Serials has a record of the unit. */
  known: boolean;
  /** Why the scanned code or the unit is suspect (forged code, stolen, open alerts), or null. */
  suspicion: string | null;
  coverage: Coverage;
  /** The unit's open claim, if it has one. */
  openClaim: { serviceCentre: string; openedAt: Date } | null;
  serviceCentre: string;
  /** Claims of the unit accepted so far, open or closed. */
  acceptedClaims: number;
  claimLimit: number;
}

export interface ClaimOutcome {
  decision: ClaimDecision;
  reason: ClaimRejection | null;
  message: string;
}

const reject = (reason: ClaimRejection, message: string): ClaimOutcome => ({ decision: ClaimDecision.REJECTED, reason, message });

/**
 * The claim decision. Suspicion comes first (a forged or flagged unit must not learn more
 * about its coverage), then a duplicate, then coverage, then the claim limit.
 */
export function decideClaim(facts: ClaimFacts): ClaimOutcome {
  if (!facts.known) {
    return reject(ClaimRejection.NOT_COVERED, "No unit with this GTIN and serial is on record: check the code, or suspect a counterfeit.");
  }
  if (facts.suspicion) {
    return reject(ClaimRejection.UNIT_SUSPECT, `The unit is flagged: ${facts.suspicion} Hold it and contact the manufacturer.`);
  }
  if (facts.openClaim) {
    const where = facts.openClaim.serviceCentre === facts.serviceCentre ? "at your centre" : "at another service centre";
    return reject(ClaimRejection.DUPLICATE_OPEN_CLAIM, `The unit already has an open claim ${where}, opened ${facts.openClaim.openedAt.toISOString().slice(0, 10)}.`);
  }
  const { coverage } = facts;
  if (coverage.status === CoverageStatus.NOT_REGISTERED || coverage.status === CoverageStatus.VOID) {
    return reject(ClaimRejection.NOT_COVERED, `Not covered: ${coverage.reason ?? "no warranty on record."}`);
  }
  if (coverage.status === CoverageStatus.EXPIRED) {
    return reject(ClaimRejection.EXPIRED, `The warranty expired on ${coverage.endsOn}.`);
  }
  if (facts.acceptedClaims >= facts.claimLimit) {
    return reject(ClaimRejection.CLAIM_LIMIT, `The unit has had ${facts.acceptedClaims} accepted claims, the most its warranty allows.`);
  }
  return { decision: ClaimDecision.ACCEPTED, reason: null, message: `Accepted: covered until ${coverage.endsOn} (${coverage.remainingDays} days left).` };
}

/** Another claim of the same unit, as duplicate detection sees it. */
export interface PriorClaim {
  id: string;
  serviceCentre: string;
  openedAt: Date;
  status: string;
}

export interface DuplicateFinding {
  severity: "WARNING" | "ALERT";
  hint: string;
}

/**
 * Whether a new claim repeats another: the unit already has an open claim, or it was claimed
 * at another centre within the window. Claimed again at the same centre while open is most
 * likely a double submission (WARNING); another centre is how claim fraud and cloned labels
 * look (ALERT).
 */
export function duplicateFinding(centre: string, at: Date, prior: readonly PriorClaim[], windowDays: number): DuplicateFinding | null {
  const open = prior.find((claim) => claim.status === "OPEN");
  const since = at.getTime() - windowDays * 86_400_000;
  const elsewhere = [...new Set(prior.filter((claim) => claim.serviceCentre !== centre && claim.openedAt.getTime() >= since).map((claim) => claim.serviceCentre))];
  if (!open && elsewhere.length === 0) {
    return null;
  }
  const parts = [
    ...(open ? [`claimed while claim ${open.id} is open${open.serviceCentre === centre ? " at the same centre" : ` at ${open.serviceCentre}`}`] : []),
    ...(elsewhere.length > 0 ? [`claimed at ${elsewhere.length + 1} service centres within ${windowDays} days (${[...elsewhere, centre].join(", ")})`] : []),
  ];
  const severity = elsewhere.length > 0 || (open !== undefined && open.serviceCentre !== centre) ? "ALERT" : "WARNING";
  const innocent = severity === "WARNING" ? "usually a double submission" : "a cloned label, or one fault claimed twice";
  return { severity, hint: `The unit was ${parts.join(" and ")}: ${innocent}. Compare the claims' photos and the unit's history.` };
}
