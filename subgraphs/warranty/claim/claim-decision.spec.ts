import { CoverageStatus } from "../coverage/coverage-status";
import type { Coverage } from "../coverage/coverage";
import { WarrantyStart } from "../settings/warranty-settings";
import { decideClaim, duplicateFinding, type ClaimFacts } from "./claim-decision";
import { ClaimDecision, ClaimRejection } from "./claim-enums";

const active: Coverage = { status: CoverageStatus.ACTIVE, reason: null, basis: WarrantyStart.SALE, startsOn: "2025-01-01", endsOn: "2026-01-01", remainingDays: 100, months: 12 };

const facts = (change: Partial<ClaimFacts> = {}): ClaimFacts => ({
  known: true,
  suspicion: null,
  coverage: active,
  openClaim: null,
  serviceCentre: "centre-a",
  acceptedClaims: 0,
  claimLimit: 3,
  ...change,
});

describe("decideClaim", () => {
  it("accepts a covered, clean unit", () => {
    expect(decideClaim(facts())).toEqual({ decision: ClaimDecision.ACCEPTED, reason: null, message: "Accepted: covered until 2026-01-01 (100 days left)." });
  });

  it.each([
    ["an unknown unit", { known: false }, ClaimRejection.NOT_COVERED],
    ["no registered sale", { coverage: { ...active, status: CoverageStatus.NOT_REGISTERED, reason: "No sale of this unit is on record." } }, ClaimRejection.NOT_COVERED],
    ["a void warranty", { coverage: { ...active, status: CoverageStatus.VOID, reason: "The unit was destroyed." } }, ClaimRejection.NOT_COVERED],
    ["an expired warranty", { coverage: { ...active, status: CoverageStatus.EXPIRED } }, ClaimRejection.EXPIRED],
    ["an open claim", { openClaim: { serviceCentre: "centre-b", openedAt: new Date("2025-05-01T10:00:00Z") } }, ClaimRejection.DUPLICATE_OPEN_CLAIM],
    ["a suspect unit", { suspicion: "it was reported stolen." }, ClaimRejection.UNIT_SUSPECT],
    ["the claim limit", { acceptedClaims: 3 }, ClaimRejection.CLAIM_LIMIT],
  ])("rejects %s", (_name, change, reason) => {
    expect(decideClaim(facts(change as Partial<ClaimFacts>))).toMatchObject({ decision: ClaimDecision.REJECTED, reason });
  });

  it("puts suspicion before duplicates, duplicates before coverage, coverage before the limit", () => {
    const open = { serviceCentre: "centre-a", openedAt: new Date("2025-05-01T10:00:00Z") };
    const expired = { ...active, status: CoverageStatus.EXPIRED };
    expect(decideClaim(facts({ suspicion: "x.", openClaim: open })).reason).toBe(ClaimRejection.UNIT_SUSPECT);
    expect(decideClaim(facts({ openClaim: open, coverage: expired })).reason).toBe(ClaimRejection.DUPLICATE_OPEN_CLAIM);
    expect(decideClaim(facts({ coverage: expired, acceptedClaims: 5 })).reason).toBe(ClaimRejection.EXPIRED);
  });

  it("tells the counter whose open claim it is without naming another centre", () => {
    const own = decideClaim(facts({ openClaim: { serviceCentre: "centre-a", openedAt: new Date("2025-05-01T10:00:00Z") } }));
    const other = decideClaim(facts({ openClaim: { serviceCentre: "centre-b", openedAt: new Date("2025-05-01T10:00:00Z") } }));
    expect(own.message).toContain("at your centre");
    expect(other.message).toContain("at another service centre");
    expect(other.message).not.toContain("centre-b");
  });
});

describe("duplicateFinding", () => {
  const at = new Date("2025-06-01T12:00:00Z");
  const claim = (serviceCentre: string, daysAgo: number, status = "CLOSED") => ({ id: `${serviceCentre}-${daysAgo}`, serviceCentre, openedAt: new Date(at.getTime() - daysAgo * 86_400_000), status });

  it("finds nothing for a first claim, or an old one elsewhere", () => {
    expect(duplicateFinding("centre-a", at, [], 30)).toBeNull();
    expect(duplicateFinding("centre-a", at, [claim("centre-b", 45)], 30)).toBeNull();
    expect(duplicateFinding("centre-a", at, [claim("centre-a", 3)], 30)).toBeNull();
  });

  it("warns of a second claim while one is open at the same centre", () => {
    expect(duplicateFinding("centre-a", at, [claim("centre-a", 1, "OPEN")], 30)).toMatchObject({ severity: "WARNING" });
  });

  it("alerts on claims at several centres within the window", () => {
    const finding = duplicateFinding("centre-a", at, [claim("centre-b", 10), claim("centre-c", 20)], 30);
    expect(finding?.severity).toBe("ALERT");
    expect(finding?.hint).toContain("claimed at 3 service centres within 30 days (centre-b, centre-c, centre-a)");
  });

  it("alerts on a claim while another centre's is open", () => {
    expect(duplicateFinding("centre-a", at, [claim("centre-b", 1, "OPEN")], 30)?.severity).toBe("ALERT");
  });
});
