import { CreateLotDocument, CreateProductDocument, ProductDocument, ProductsDocument } from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

describe("products and lots", () => {
  let hub: TestHub;
  let admin: HubClient;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const product = (gtin: string, extra: Partial<{ markets: string[]; warrantyMonths: number; companyPrefixLength: number }> = {}) => ({
    input: { gtin, name: `Product ${gtin}`, brand: "Acme", markets: ["DE"], warrantyMonths: 12, ...extra },
  });

  it("stores GTIN-8, -12 and -13 as GTIN-14 and normalises markets", async () => {
    const created = await Promise.all([
      admin.request(CreateProductDocument, product("96385074")),
      admin.request(CreateProductDocument, product("614141073467", { markets: ["fr", "FR", " de"] })),
      admin.request(CreateProductDocument, product("4012345111118", { companyPrefixLength: 7 })),
    ]);
    expect(created.map((result) => result.createProduct.gtin)).toEqual(["00000096385074", "00614141073467", "04012345111118"]);
    expect(created[1].createProduct.markets).toEqual(["FR", "DE"]);
    expect(created[2].createProduct.companyPrefixLength).toBe(7);
    expect((await admin.request(ProductDocument, { gtin: "614141073467" })).product?.gtin).toBe("00614141073467");
  });

  it("pages through products with cursors", async () => {
    const first = await admin.request(ProductsDocument, { first: 2 });
    expect(first.products.edges.map((edge) => edge.node.gtin)).toEqual(["00000096385074", "00614141073467"]);
    expect(first.products.pageInfo.hasNextPage).toBe(true);
    const second = await admin.request(ProductsDocument, { first: 2, after: first.products.pageInfo.endCursor });
    expect(second.products.edges.map((edge) => edge.node.gtin)).toEqual(["04012345111118"]);
    expect(second.products.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ markets: ["Germany"] }, "input.markets", /"GERMANY" is not an ISO 3166-1 alpha-2 country code/],
    [{ warrantyMonths: -1 }, "input.warrantyMonths", /0 to 600/],
    [{ companyPrefixLength: 13 }, "input.companyPrefixLength", /6 to 12/],
  ])("refuses %j naming the field", async (extra, field, message) => {
    const result = await admin.execute(CreateProductDocument, product("10614141073464", extra));
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field }, message: expect.stringMatching(message) });
  });

  it("records lots and lists them under the product", async () => {
    const lot = await admin.request(CreateLotDocument, {
      input: { gtin: "4012345111118", lot: "L-2025/01", expiry: "2027-01-31", productionDate: "2025-01-15", site: "Plant 7" },
    });
    expect(lot.createLot).toEqual({ gtin: "04012345111118", lot: "L-2025/01", expiry: "2027-01-31", productionDate: "2025-01-15", site: "Plant 7" });
    const { product: found } = await admin.request(ProductDocument, { gtin: "04012345111118" });
    expect(found?.lots.edges.map((edge) => edge.node)).toEqual([{ lot: "L-2025/01", expiry: "2027-01-31" }]);
  });

  it("refuses lots that cannot be", async () => {
    const unknownProduct = await admin.execute(CreateLotDocument, { input: { gtin: "10614141073464", lot: "A1" } });
    expect(unknownProduct.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", field: "input.gtin" } });
    const duplicate = await admin.execute(CreateLotDocument, { input: { gtin: "4012345111118", lot: "L-2025/01" } });
    expect(duplicate.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT", field: "input.lot" } });
    const badChars = await admin.execute(CreateLotDocument, { input: { gtin: "4012345111118", lot: "LOT#1" } });
    expect(badChars.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.lot" } });
    const backwards = await admin.execute(CreateLotDocument, {
      input: { gtin: "4012345111118", lot: "B2", expiry: "2024-01-01", productionDate: "2025-01-01" },
    });
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.expiry" } });
    const otherTenant = await hub.client("globex", "admin").execute(CreateLotDocument, { input: { gtin: "4012345111118", lot: "X" } });
    expect(otherTenant.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });

  it("refuses a cursor it did not issue", async () => {
    const result = await admin.execute(ProductsDocument, { first: 2, after: "bogus" });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "after" } });
  });
});
