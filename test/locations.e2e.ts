import type { DataSource } from "typeorm";
import { CreateLocationDocument, LocationDocument, LocationsDocument } from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { createDataSource } from "../lib/db/data-source";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";
import { Location } from "../subgraphs/serials/location/location.entity";
import { LocationRepository } from "../subgraphs/serials/location/location.repository";

const DC_BERLIN = "https://id.gs1.org/414/4012345000016";
const DOCK_7 = "https://id.gs1.org/414/4012345000023/254/7";
const STORE_PARIS = "https://id.gs1.org/414/0614141073467";

describe("locations", () => {
  let hub: TestHub;
  let admin: HubClient;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const count = async (tenant: string) =>
    Number((await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM serials.locations WHERE tenant_id = $1`, [tenant]))[0].n);

  it("stores every id form under one canonical id", async () => {
    const created = await Promise.all([
      admin.request(CreateLocationDocument, { input: { id: "urn:epc:id:sgln:4012345.00001.0", name: "DC Berlin", country: "de", lat: 52.52, lon: 13.405 } }),
      admin.request(CreateLocationDocument, { input: { id: "https://brand.example.com/414/4012345000023/254/7", name: "Dock 7", country: "DE", party: "4012345000009" } }),
      admin.request(CreateLocationDocument, { input: { id: " 0614141073467 ", name: "Store Paris", country: "FR", lat: 48.8566, lon: 2.3522, party: "Acme Retail SAS" } }),
    ]);
    expect(created.map((result) => result.createLocation)).toEqual([
      { id: DC_BERLIN, name: "DC Berlin", country: "DE", lat: 52.52, lon: 13.405, party: null },
      { id: DOCK_7, name: "Dock 7", country: "DE", lat: null, lon: null, party: "4012345000009" },
      { id: STORE_PARIS, name: "Store Paris", country: "FR", lat: 48.8566, lon: 2.3522, party: "Acme Retail SAS" },
    ]);
    for (const form of ["urn:epc:id:sgln:4012345.00002.7", DOCK_7, "(414)4012345000023(254)7"]) {
      expect((await admin.request(LocationDocument, { id: form })).location?.id).toBe(DOCK_7);
    }
    expect((await admin.request(LocationDocument, { id: "4012345000016" })).location?.name).toBe("DC Berlin");
    expect((await admin.request(LocationDocument, { id: "urn:epc:id:sgln:4012345.00009.0" })).location).toBeNull();
  });

  it("replaces a location created again under another form of its id", async () => {
    const [before] = await hub.sql<{ created_at: Date; updated_at: Date }>(
      `SELECT created_at, updated_at FROM serials.locations WHERE tenant_id = 'acme' AND id = $1`,
      [DC_BERLIN],
    );
    const again = await admin.request(CreateLocationDocument, { input: { id: "4012345000016", name: "DC Berlin-Mitte", country: "DE" } });
    expect(again.createLocation).toEqual({ id: DC_BERLIN, name: "DC Berlin-Mitte", country: "DE", lat: null, lon: null, party: null });
    const [after] = await hub.sql<{ created_at: Date; updated_at: Date }>(
      `SELECT created_at, updated_at FROM serials.locations WHERE tenant_id = 'acme' AND id = $1`,
      [DC_BERLIN],
    );
    expect(after.created_at).toEqual(before.created_at);
    expect(after.updated_at.getTime()).toBeGreaterThan(before.updated_at.getTime());
    expect(await count("acme")).toBe(3);
  });

  it("pages through locations in id order", async () => {
    const first = await admin.request(LocationsDocument, { first: 2 });
    expect(first.locations.edges.map((edge) => edge.node.id)).toEqual([STORE_PARIS, DC_BERLIN]);
    expect(first.locations.pageInfo.hasNextPage).toBe(true);
    const second = await admin.request(LocationsDocument, { first: 2, after: first.locations.pageInfo.endCursor });
    expect(second.locations.edges.map((edge) => edge.node.id)).toEqual([DOCK_7]);
    expect(second.locations.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ country: "XX" }, "input.country", /not an ISO 3166-1 alpha-2/],
    [{ country: "Germany" }, "input.country", /not an ISO 3166-1 alpha-2/],
    [{ lat: 91, lon: 10 }, "input.lat", /-90 to 90/],
    [{ lat: 10, lon: -180.5 }, "input.lon", /-180 to 180/],
    [{ lat: 10 }, "input.lon", /both latitude and longitude/],
    [{ id: "warehouse-7" }, "input.id", /not a GS1 location/],
    [{ id: "4012345000017" }, "input.id", /check digit/],
    [{ id: "urn:epc:id:sgtin:0614141.107346.2017" }, "input.id", /no GLN/],
    [{ name: "  " }, "input.name", /1 to 200/],
  ])("refuses %j naming the field and writes nothing", async (change, field, message) => {
    const input = { id: "urn:epc:id:sgln:4012345.00003.0", name: "Hub", country: "DE", ...change };
    const result = await hub.client("checks", "integrator").execute(CreateLocationDocument, { input });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field }, message: expect.stringMatching(message) });
    expect(await count("checks")).toBe(0);
  });

  it("keeps each tenant's locations to itself", async () => {
    const globex = hub.client("globex", "integrator");
    expect((await globex.request(LocationDocument, { id: DC_BERLIN })).location).toBeNull();
    expect((await globex.request(LocationsDocument, { first: 10 })).locations.edges).toEqual([]);
    await globex.request(CreateLocationDocument, { input: { id: DC_BERLIN, name: "Globex Lager", country: "AT" } });
    expect((await globex.request(LocationDocument, { id: DC_BERLIN })).location?.name).toBe("Globex Lager");
    expect((await admin.request(LocationDocument, { id: DC_BERLIN })).location?.name).toBe("DC Berlin-Mitte");
  });

  it("lets only admins and integrators write", async () => {
    const input = { id: "4012345000030", name: "Repair desk", country: "DE" };
    const serviceCentre = await hub.client("acme", "service_centre").execute(CreateLocationDocument, { input });
    expect(serviceCentre.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    const anonymous = await hub.client().execute(CreateLocationDocument, { input });
    expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect((await hub.client("acme", "service_centre").request(LocationDocument, { id: DC_BERLIN })).location?.id).toBe(DC_BERLIN);
    expect(await count("acme")).toBe(3);
  });

  describe("byIds for the rules", () => {
    let dataSource: DataSource;
    let repository: LocationRepository;

    beforeAll(async () => {
      dataSource = createDataSource({
        url: hub.hub.databaseUrl,
        schema: "serials",
        entities: [Location],
        migrations: [],
        poolSize: 1,
        applicationName: "locations-e2e",
      });
      await dataSource.initialize();
      repository = new LocationRepository(dataSource);
    });

    afterAll(async () => {
      await dataSource?.destroy();
    });

    it("finds a batch's locations by raw event ids in one transaction, keyed by canonical id", async () => {
      const found = await dataSource.transaction((manager) =>
        repository.byIds(manager, "acme", [
          "urn:epc:id:sgln:4012345.00001.0",
          "https://id.gs1.org/414/4012345000016",
          "urn:epc:id:sgln:4012345.00002.7",
          "urn:epc:id:sgln:0614141.07346.0",
          "urn:epc:id:sgln:4012345.00009.0",
          "urn:example:not-gs1",
        ]),
      );
      expect([...found.keys()].sort()).toEqual([STORE_PARIS, DC_BERLIN, DOCK_7]);
      expect(found.get(STORE_PARIS)).toEqual({ id: STORE_PARIS, country: "FR", lat: 48.8566, lon: 2.3522, party: "Acme Retail SAS" });
      expect(found.get(DC_BERLIN)).toEqual({ id: DC_BERLIN, country: "DE", lat: null, lon: null, party: null });
    });

    it("answers per tenant and skips ids that are not GS1 locations", async () => {
      const globex = await repository.byIds(dataSource.manager, "globex", [DC_BERLIN, DOCK_7]);
      expect([...globex.values()]).toEqual([{ id: DC_BERLIN, country: "AT", lat: null, lon: null, party: null }]);
      expect((await repository.byIds(dataSource.manager, "acme", ["not-a-location"])).size).toBe(0);
    });
  });
});
