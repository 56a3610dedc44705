import { HubClient } from "../clients/client";
import {
  SerialDocument,
  CaptureEventsDocument,
  CheckReturnDocument,
  ConfigureConnectorDocument,
  ConfigureWarrantyDocument,
  ConnectorsDocument,
  CreateProductDocument,
  ExtendWarrantyDocument,
  GenerateSerialsDocument,
  IngestStatusDocument,
  LogRepairDocument,
  OpenWarrantyClaimDocument,
  RegisterSaleDocument,
  WarrantyClaimsDocument,
  WarrantySettingsDocument,
  WarrantyStatusDocument,
} from "../clients/generated/graphql";
import type { Role } from "../lib/auth/identity";
import { signToken } from "../lib/auth/token";
import { commissioning, epcisDocument, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const link = (serial: string) => `https://id.gs1.org/01/${WIDGET_GTIN}/21/${serial}`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe("warranty: roles and tenants through the gateway", () => {
  let hub: TestHub;
  let admin: HubClient;
  const clients: HubClient[] = [];
  const as = (sub: string, tenant: string, ...roles: Role[]) => {
    const client = new HubClient({ url: hub.url, token: signToken(hub.config.jwtSecret, { sub, tenant, roles }) });
    clients.push(client);
    return client;
  };
  const claimAs = (client: HubClient, serial: string, serviceCentre: string) =>
    client.request(OpenWarrantyClaimDocument, { input: { code: link(serial), serviceCentre, problem: "Rattles." } });

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 24 } });
    await admin.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning(["A1", "A2", "A3"].map(link), "2025-01-02T08:00:00Z")]) });
    await admin.request(RegisterSaleDocument, { input: { code: link("A1"), soldAt: daysAgo(10), channel: "web", orderRef: "SO-A1", customerRef: "CUST-42" } });
    await admin.request(RegisterSaleDocument, { input: { code: link("A2"), soldAt: daysAgo(10), channel: "web", orderRef: "SO-A2" } });
    const north = as("centre-north", "acme", "service_centre");
    const south = as("centre-south", "acme", "service_centre");
    const claim = await claimAs(north, "A1", "centre-north");
    await north.request(LogRepairDocument, { input: { code: link("A1"), serviceCentre: "centre-north", actions: ["Tightened a screw."], partsReplaced: [] } });
    await claimAs(south, "A2", "centre-south");
    await south.request(LogRepairDocument, { input: { code: link("A1"), serviceCentre: "centre-south", actions: ["Cleaned it."], partsReplaced: [] } });
    expect(claim.openWarrantyClaim.decision).toBe("ACCEPTED");
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await hub?.stop();
  });

  it("shows a service centre its own claims and repairs only, and no order or customer data", async () => {
    const north = (await as("centre-north", "acme", "service_centre").request(WarrantyStatusDocument, { code: link("A1") })).warrantyStatus;
    expect(north.claims.map((claim) => claim.serviceCentre)).toEqual(["centre-north"]);
    expect(north.repairs.map((repair) => repair.serviceCentre)).toEqual(["centre-north"]);
    expect(north.sales).toEqual([]);
    expect(north.soldAt).not.toBeNull();
    const south = (await as("centre-south", "acme", "service_centre").request(WarrantyStatusDocument, { code: link("A1") })).warrantyStatus;
    expect(south.claims).toEqual([]);
    expect(south.repairs.map((repair) => repair.serviceCentre)).toEqual(["centre-south"]);
    const staff = (await admin.request(WarrantyStatusDocument, { code: link("A1") })).warrantyStatus;
    expect(staff.claims).toHaveLength(1);
    expect(staff.repairs).toHaveLength(2);
    expect(staff.sales).toMatchObject([{ orderRefs: ["SO-A1"], customerRef: "CUST-42", channel: "web" }]);
  });

  it("lets a service centre act only as itself", async () => {
    const south = as("centre-south", "acme", "service_centre");
    const claim = await south.execute(OpenWarrantyClaimDocument, { input: { code: link("A3"), serviceCentre: "centre-north", problem: "x" } });
    expect(claim.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN", field: "input.serviceCentre" } });
    const repair = await south.execute(LogRepairDocument, { input: { code: link("A3"), serviceCentre: "centre-north", actions: ["x"], partsReplaced: [] } });
    expect(repair.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN", field: "input.serviceCentre" } });
    const filter = await south.execute(WarrantyClaimsDocument, { filter: { serviceCentre: "centre-north" } });
    expect(filter.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "filter.serviceCentre" } });
  });

  it("keeps service centres away from sales, returns, policy, generation and connector data", async () => {
    const centre = as("centre-north", "acme", "service_centre");
    const refused = await Promise.all([
      centre.execute(RegisterSaleDocument, { input: { code: link("A3"), soldAt: daysAgo(1), channel: "web", orderRef: "X" } }),
      centre.execute(CheckReturnDocument, { input: { code: link("A1"), orderRef: "SO-A1", channel: "web" } }),
      centre.execute(ExtendWarrantyDocument, { input: { code: link("A1"), months: 12, reason: "Please" } }),
      centre.execute(ConfigureWarrantyDocument, { input: { claimLimit: 100 } }),
      centre.execute(WarrantySettingsDocument, {}),
      centre.execute(GenerateSerialsDocument, { input: { gtin: WIDGET_GTIN, count: 1 } }),
      centre.execute(ConfigureConnectorDocument, { input: { connector: "netsuite", secrets: ["whsec_c2VjcmV0c2VjcmV0c2VjcmV0"] } }),
      centre.execute(ConnectorsDocument, {}),
      centre.execute(IngestStatusDocument, {}),
      // A unit's events carry partners' documents as captured.
      centre.execute(SerialDocument, { gtin: WIDGET_GTIN, serial: "A1" }),
    ]);
    expect(refused.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(Array(refused.length).fill("FORBIDDEN"));
  });

  it.each([
    ["auditor", "may read status but not claim", ["auditor"] as Role[], true, false],
    ["integrator", "may read status and claim for a centre", ["integrator"] as Role[], true, true],
    ["recall_coordinator", "may do neither", ["recall_coordinator"] as Role[], false, false],
  ])("%s %s", async (_role, _what, roles, reads, claims) => {
    const client = as("someone", "acme", ...roles);
    const status = await client.execute(WarrantyStatusDocument, { code: link("A3") });
    expect(status.errors?.[0]?.extensions?.code).toBe(reads ? undefined : "FORBIDDEN");
    const claim = await client.execute(OpenWarrantyClaimDocument, { input: { code: link("A3"), serviceCentre: "centre-east", problem: "x" } });
    expect(claim.errors?.[0]?.extensions?.code).toBe(claims ? undefined : "FORBIDDEN");
  });

  it("needs a token", async () => {
    const result = await hub.client().execute(WarrantyStatusDocument, { code: link("A1") });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("shows another tenant none of the first tenant's warranty data", async () => {
    const globex = as("globex-admin", "globex", "admin");
    const { warrantyStatus } = await globex.request(WarrantyStatusDocument, { code: link("A1") });
    expect(warrantyStatus).toMatchObject({ coverage: "NOT_REGISTERED", serial: null, product: null, claims: [], repairs: [], sales: [], extensions: [] });
    const sale = await globex.execute(RegisterSaleDocument, { input: { code: link("A3"), soldAt: daysAgo(1), channel: "web", orderRef: "G-1" } });
    expect(sale.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    const repair = await globex.execute(LogRepairDocument, { input: { code: link("A1"), serviceCentre: "g", actions: ["x"], partsReplaced: [] } });
    expect(repair.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    const returned = await globex.request(CheckReturnDocument, { input: { code: link("A1"), orderRef: "SO-A1", channel: "web" } });
    expect(returned.checkReturn.decision).toBe("REJECT");
    const claimed = await globex.request(OpenWarrantyClaimDocument, { input: { code: link("A1"), serviceCentre: "g", problem: "x" } });
    expect(claimed.openWarrantyClaim).toMatchObject({ decision: "REJECTED", reason: "NOT_COVERED" });
    expect((await globex.request(WarrantyClaimsDocument, {})).warrantyClaims.edges.map((edge) => edge.node.id)).toEqual([claimed.openWarrantyClaim.claim.id]);
    const acme = await admin.request(WarrantyClaimsDocument, {});
    expect(acme.warrantyClaims.edges.map((edge) => edge.node.id)).not.toContain(claimed.openWarrantyClaim.claim.id);
    expect((await admin.request(WarrantyStatusDocument, { code: link("A1") })).warrantyStatus.claims).toHaveLength(1);
    const stored = await hub.sql<{ tenant_id: string }>("SELECT DISTINCT tenant_id FROM warranty.claims WHERE gtin = $1 AND serial = 'A1'", [WIDGET_GTIN]);
    expect(stored.map((row) => row.tenant_id).sort()).toEqual(["acme", "globex"]);
  });
});
