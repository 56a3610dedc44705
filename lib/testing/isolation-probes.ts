import { WIDGET_GTIN } from "./epcis-fixtures";
import { OWNER, OWNER_CLAIM_LIMIT, OWNER_MAX_SCAN_SESSIONS, type Seeded } from "./isolation-seed";

/** Whose records an operation names: the owner's own callers, or another tenant's admin aiming at the owner's. */
export type Side = "owner" | "other";
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers of many shapes

/**
 * One call of one root field with minimal valid arguments. Owner callers get arguments that
 * change nothing another row relies on (unknown ids where a call would close or amend);
 * the other tenant's admin gets the owner's ids, GTIN and codes.
 */
export interface Probe {
  field: string;
  operation(seed: Seeded, side: Side): string;
  /** Whether an answer shows the owner's records: true for the owner's admin, false for the other tenant. */
  showsOwner?(data: Data, seed: Seeded): boolean;
  /** The other tenant's call on the owner's records must fail with one of these codes. */
  otherFails?: string[];
}

const NO_ID = "00000000-0000-4000-8000-000000000000";
const ids = (edges: { node: { id: string } }[] | undefined) => (edges ?? []).map((edge) => edge.node.id);
const byOwner = (side: Side, owner: string, other: string) => (side === "owner" ? owner : other);

export const PROBES: Probe[] = [
  { field: "Query.apiKeys", operation: () => `{ apiKeys { id } }`, showsOwner: (d, s) => JSON.stringify(d).includes(String(s.apiKeyId)) },
  { field: "Query.availableConnectors", operation: () => `{ availableConnectors { id } }` },
  { field: "Query.connectors", operation: () => `{ connectors { connector } }`, showsOwner: (d) => d.connectors.length > 0 },
  { field: "Query.rejectedDeliveries", operation: () => `{ rejectedDeliveries(first: 5) { edges { cursor } } }` },
  { field: "Query.ingestStatus", operation: () => `{ ingestStatus { awaitingReplay } }` },
  { field: "Query.product", operation: (s) => `{ product(gtin: "${s.gtin}") { name } }`, showsOwner: (d) => d.product !== null },
  { field: "Query.products", operation: () => `{ products(first: 20) { edges { node { gtin } } } }`, showsOwner: (d) => JSON.stringify(d).includes(WIDGET_GTIN) },
  { field: "Query.recallProgress", operation: (s) => `{ recallProgress(id: "${s.recallId}") { affectedCount } }`, showsOwner: (d) => d.recallProgress != null, otherFails: ["NOT_FOUND"] },
  { field: "Query.recall", operation: (s) => `{ recall(id: "${s.recallId}") { id } }`, showsOwner: (d) => d.recall !== null },
  { field: "Query.recalls", operation: () => `{ recalls(first: 20) { edges { node { id } } } }`, showsOwner: (d, s) => ids(d.recalls.edges).includes(s.recallId) },
  { field: "Query.ruleSettings", operation: (s) => `{ ruleSettings(gtin: "${s.gtin}") { maxScanSessions } }`, showsOwner: (d) => d.ruleSettings.maxScanSessions === OWNER_MAX_SCAN_SESSIONS },
  { field: "Query.anomalies", operation: () => `{ anomalies(first: 20) { edges { node { id } } } }`, showsOwner: (d, s) => ids(d.anomalies.edges).includes(s.anomalyId) },
  { field: "Query.anomalyStats", operation: () => `{ anomalyStats(groupBy: PRODUCT) { key count } }`, showsOwner: (d) => JSON.stringify(d).includes(WIDGET_GTIN) },
  { field: "Query.anomaly", operation: (s) => `{ anomaly(id: "${s.anomalyId}") { id } }`, showsOwner: (d) => d.anomaly !== null },
  { field: "Query.lookup", operation: (s) => `{ lookup(code: "${s.link("M1")}") { gtin unit { serial } } }`, showsOwner: (d) => d.lookup.unit !== null },
  { field: "Query.job", operation: (s) => `{ job(id: "${s.jobId}") { id } }`, showsOwner: (d) => d.job !== null },
  { field: "Query.ledgerVerification", operation: () => `{ ledgerVerification { events } }`, showsOwner: (d) => d.ledgerVerification.events > 0 },
  { field: "Query.location", operation: (s) => `{ location(id: "${s.locationId}") { id } }`, showsOwner: (d) => d.location !== null },
  { field: "Query.locations", operation: () => `{ locations(first: 20) { edges { node { id } } } }`, showsOwner: (d, s) => ids(d.locations.edges).includes(s.locationId) },
  { field: "Query.serial", operation: (s) => `{ serial(gtin: "${s.gtin}", serial: "M1") { serial } }`, showsOwner: (d) => d.serial !== null },
  { field: "Query.problemReports", operation: () => `{ problemReports(first: 20) { edges { node { id } } } }`, showsOwner: (d, s) => ids(d.problemReports.edges).includes(s.reportId) },
  { field: "Query.scanStats", operation: () => `{ scanStats { country count } }`, showsOwner: (d) => d.scanStats.length > 0 },
  {
    field: "Query.verify",
    operation: (s) => `{ verify(code: "${s.signedLink}") { verdict failureReason identifier { serial } state { status } product { name brand } } }`,
    showsOwner: (d) => d.verify.identifier !== null || d.verify.state !== null || d.verify.product?.brand != null,
  },
  { field: "Query.warrantyClaims", operation: () => `{ warrantyClaims(first: 20) { edges { node { id } } } }`, showsOwner: (d, s) => ids(d.warrantyClaims.edges).includes(s.claimId) },
  { field: "Query.warrantySettings", operation: (s) => `{ warrantySettings(gtin: "${s.gtin}") { claimLimit } }`, showsOwner: (d) => d.warrantySettings.claimLimit === OWNER_CLAIM_LIMIT },
  { field: "Query.warrantyStatus", operation: (s) => `{ warrantyStatus(code: "${s.link("M2")}") { coverage claims { id } serial { serial } } }`, showsOwner: (d) => d.warrantyStatus.serial !== null },

  { field: "Mutation.createApiKey", operation: () => `mutation { createApiKey(input: { name: "probe", roles: ["auditor"] }) { apiKey { id } } }` },
  { field: "Mutation.revokeApiKey", operation: (s, side) => `mutation { revokeApiKey(id: "${side === "other" ? s.apiKeyId : "0000000000000000"}") { id } }`, otherFails: ["NOT_FOUND"] },
  { field: "Mutation.configureConnector", operation: () => `mutation { configureConnector(input: { connector: "netsuite", secrets: ["whsec_ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="] }) { connector } }` },
  { field: "Mutation.replayRejected", operation: () => `mutation { replayRejected(id: "${NO_ID}") { status } }` },
  { field: "Mutation.createLot", operation: (s, side) => `mutation { createLot(input: { gtin: "${s.gtin}", lot: "LX-${side}" }) { lot } }`, otherFails: ["NOT_FOUND"] },
  { field: "Mutation.setProductLinks", operation: (s) => `mutation { setProductLinks(input: { gtin: "${s.gtin}", links: [] }) { gtin } }`, otherFails: ["NOT_FOUND"] },
  // The owner's GTIN for everyone: the owner's callers find it taken, the other tenant finds it another's.
  { field: "Mutation.createProduct", operation: (s) => `mutation { createProduct(input: { gtin: "${s.gtin}", name: "Copy", brand: "X", markets: ["DE"], warrantyMonths: 1 }) { gtin } }`, otherFails: ["CONFLICT", "BAD_USER_INPUT"] },
  { field: "Mutation.setProductSkus", operation: (s) => `mutation { setProductSkus(input: { gtin: "${s.gtin}", skus: ["SKU-1"] }) { gtin } }`, otherFails: ["NOT_FOUND"] },
  { field: "Mutation.setSerialPolicy", operation: (s) => `mutation { setSerialPolicy(input: { gtin: "${s.gtin}", length: 12 }) { gtin } }`, otherFails: ["NOT_FOUND"] },
  {
    field: "Mutation.previewRecall",
    operation: (s) => `mutation { previewRecall(input: { gtin: "${s.gtin}", scope: { serials: ["M1"] }, reason: "r", instructions: "i" }) { affectedCount } }`,
    otherFails: ["NOT_FOUND"],
  },
  {
    field: "Mutation.openRecall",
    // The owner's callers send an empty reason (refused after the role check): no second recall.
    operation: (s, side) => `mutation { openRecall(input: { gtin: "${s.gtin}", scope: { serials: ["M3"] }, reason: "${byOwner(side, " ", "Probe")}", instructions: "i" }) { id } }`,
    otherFails: ["NOT_FOUND"],
  },
  { field: "Mutation.amendRecall", operation: (s, side) => `mutation { amendRecall(id: "${byOwner(side, NO_ID, s.recallId)}", scope: { serials: ["M4"] }) { id } }`, otherFails: ["NOT_FOUND"] },
  { field: "Mutation.closeRecall", operation: (s, side) => `mutation { closeRecall(id: "${byOwner(side, NO_ID, s.recallId)}") { id } }`, otherFails: ["NOT_FOUND"] },
  { field: "Mutation.configureRules", operation: (s) => `mutation { configureRules(input: { gtin: "${s.gtin}", maxScanSessions: ${OWNER_MAX_SCAN_SESSIONS} }) { gtin } }`, otherFails: ["BAD_USER_INPUT"] },
  { field: "Mutation.acknowledgeAnomaly", operation: (s, side) => `mutation { acknowledgeAnomaly(id: "${byOwner(side, NO_ID, s.anomalyId)}") { id } }`, otherFails: ["NOT_FOUND"] },
  {
    field: "Mutation.updateAnomaly",
    operation: (s, side) => `mutation { updateAnomaly(id: "${byOwner(side, NO_ID, s.anomalyId)}", input: { status: INVESTIGATING }) { id } }`,
    otherFails: ["NOT_FOUND"],
  },
  // The other tenant captures the owner's unit: stored as its own, the owner's unit untouched (the snapshot says).
  { field: "Mutation.captureEvents", operation: (_s, side) => `mutation { captureEvents(epcis: ${side === "other" ? `[{ type: "ObjectEvent", action: "OBSERVE", bizStep: "shipping", eventTime: "2025-03-01T09:00:00Z", eventTimeZoneOffset: "+00:00", epcList: ["urn:epc:id:sgtin:0614141.107346.M1"] }]` : "[]"}) { accepted } }` },
  { field: "Mutation.generateSerials", operation: (s) => `mutation { generateSerials(input: { gtin: "${s.gtin}", count: 1 }) { count } }`, otherFails: ["NOT_FOUND"] },
  { field: "Mutation.rotateSigningKey", operation: () => `mutation { rotateSigningKey }` },
  { field: "Mutation.createLocation", operation: (s) => `mutation { createLocation(input: { id: "${s.locationId}", name: "Probe DC", country: "FR" }) { id } }` },
  { field: "Mutation.configureVerificationService", operation: () => `mutation { configureVerificationService(input: { responderGln: "123", requestors: [] }) { responderGln } }` },
  // Reports go to the GTIN's owner whoever sends them: the other tenant's product here, so the owner's rows stay as they are.
  { field: "Mutation.reportProblem", operation: (s) => `mutation { reportProblem(input: { code: "${s.otherLink}", kind: OTHER }) { id } }` },
  {
    field: "Mutation.openWarrantyClaim",
    operation: (s, side) => `mutation { openWarrantyClaim(input: { code: "${s.link("M3")}", serviceCentre: "${side === "other" ? "globex-user" : `${OWNER}-user`}", problem: "Probe." }) { decision } }`,
  },
  { field: "Mutation.closeWarrantyClaim", operation: (s, side) => `mutation { closeWarrantyClaim(id: "${byOwner(side, NO_ID, s.claimId)}", input: { resolution: "Probe." }) { id } }`, otherFails: ["NOT_FOUND"] },
  { field: "Mutation.extendWarranty", operation: (s) => `mutation { extendWarranty(input: { code: "${s.link("M2")}", months: 1, reason: "Probe." }) { status } }`, otherFails: ["NOT_FOUND", "BAD_USER_INPUT"] },
  {
    field: "Mutation.logRepair",
    operation: (s, side) => `mutation { logRepair(input: { code: "${s.link("M2")}", serviceCentre: "${side === "other" ? "globex-user" : `${OWNER}-user`}", actions: ["Probe."] }) { accepted } }`,
    otherFails: ["NOT_FOUND"],
  },
  { field: "Mutation.checkReturn", operation: (s) => `mutation { checkReturn(input: { code: "${s.link("M2")}", orderRef: "NOT-AN-ORDER", channel: "web" }) { decision } }` },
  {
    field: "Mutation.registerSale",
    operation: (s) => `mutation { registerSale(input: { code: "${s.link("M4")}", soldAt: "2025-06-01T10:00:00Z", channel: "store", orderRef: "SO-M4" }) { sale { channel } } }`,
    otherFails: ["NOT_FOUND"],
  },
  { field: "Mutation.configureWarranty", operation: (s) => `mutation { configureWarranty(input: { gtin: "${s.gtin}", claimLimit: ${OWNER_CLAIM_LIMIT} }) { gtin } }`, otherFails: ["BAD_USER_INPUT"] },

  // Subscriptions: an argument refused after the role check answers allowed callers at once (BAD_USER_INPUT, NOT_FOUND).
  { field: "Subscription.anomalyDetected", operation: () => `subscription { anomalyDetected(filter: { gtin: "1" }) { id } }` },
  { field: "Subscription.serialEvents", operation: () => `subscription { serialEvents(filter: { gtin: "1" }) { role } }` },
  {
    field: "Subscription.jobProgress",
    operation: (s, side) => `subscription { jobProgress(id: "${side === "other" ? s.jobId : "not-a-job"}") { id } }`,
    otherFails: ["NOT_FOUND"],
  },
  {
    field: "Subscription.recallAlerts",
    operation: (s, side) => (side === "other" ? `subscription { recallAlerts(filter: { recallId: "${s.recallId}" }) { trigger } }` : `subscription { recallAlerts(filter: { gtin: "1" }) { trigger } }`),
    otherFails: ["NOT_FOUND"],
  },
];
