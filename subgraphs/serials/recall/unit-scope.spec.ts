import { Client } from "pg";
import { createTestDatabase, type TestDatabase } from "../../../lib/testing/test-database";
import { predicateOf, storedScopeSql, unitInScope, unitScopeSql, type ScopedUnit, type UnitScope } from "./unit-scope";

const GTIN = "10614141073464";
const unit = (serial: string, lot: string | null = null, commissionedAt: string | null = null): ScopedUnit => ({
  gtin: GTIN,
  serial,
  lot,
  commissionedAt: commissionedAt ? new Date(commissionedAt) : null,
});
const scope = (parts: Partial<UnitScope>): UnitScope => ({ gtin: GTIN, serialRanges: [], lots: [], producedFrom: null, producedTo: null, serialLists: [], ...parts });

/** Scope algebra: each part alone, and unions; the JavaScript and both SQL forms must agree. */
const CASES: [name: string, scope: UnitScope, inside: ScopedUnit[], outside: ScopedUnit[]][] = [
  ["numeric range edges", scope({ serialRanges: [{ from: "100", to: "199" }] }), [unit("100"), unit("199"), unit("0150")], [unit("99"), unit("200"), unit("1500"), unit("15A")]],
  ["alphanumeric range", scope({ serialRanges: [{ from: "A100", to: "A199" }] }), [unit("A100"), unit("A199"), unit("A10a")], [unit("A19Z"), unit("A1500"), unit("A99"), unit("a150"), unit("B150")]],
  ["lot", scope({ lots: ["L1", "L3"] }), [unit("X1", "L1"), unit("X2", "L3")], [unit("X3", "L2"), unit("X4", null)]],
  [
    "production window, bounds included",
    scope({ producedFrom: "2025-03-01T00:00:00.000Z", producedTo: "2025-03-02T00:00:00.000Z" }),
    [unit("P1", null, "2025-03-01T00:00:00Z"), unit("P2", null, "2025-03-02T00:00:00Z")],
    [unit("P3", null, "2025-02-28T23:59:59Z"), unit("P4", null, "2025-03-02T00:00:01Z"), unit("P5")],
  ],
  ["open-ended window", scope({ producedFrom: "2025-03-01T00:00:00.000Z" }), [unit("P6", null, "2030-01-01T00:00:00Z")], [unit("P7", null, "2025-01-01T00:00:00Z")]],
  [
    "union of lot and two ranges",
    scope({ serialRanges: [{ from: "100", to: "109" }, { from: "B10", to: "B19" }], lots: ["L9"] }),
    [unit("105"), unit("B15"), unit("777", "L9")],
    [unit("110"), unit("B20"), unit("777", "L8")],
  ],
];

describe("recall unit scopes", () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it.each(CASES)("%s: JavaScript", (_name, given, inside, outside) => {
    expect(inside.filter((u) => !unitInScope(given, u))).toEqual([]);
    expect(outside.filter((u) => unitInScope(given, u))).toEqual([]);
  });

  it.each(CASES)("%s: both SQL forms agree with JavaScript", async (_name, given, inside, outside) => {
    const units = [...inside, ...outside];
    const params: unknown[] = [JSON.stringify(units.map((u, i) => ({ i, serial: u.serial, lot: u.lot, commissioned_at: u.commissionedAt }))), JSON.stringify(predicateOf(given))];
    const indexed = unitScopeSql(given, "s", (value) => `$${params.push(value)}`);
    const { rows } = await client.query<{ i: number; indexed: boolean; stored: boolean }>(
      `SELECT s.i, coalesce(${indexed}, false) AS indexed, coalesce(${storedScopeSql("p", "s")}, false) AS stored
       FROM jsonb_to_recordset($1::jsonb) AS s(i int, serial text, lot text, commissioned_at timestamptz), (SELECT $2::jsonb AS predicate) AS p
       ORDER BY s.i`,
      params,
    );
    const expected = units.map((u) => unitInScope(given, u));
    expect(rows.map((row) => row.indexed)).toEqual(expected);
    expect(rows.map((row) => row.stored)).toEqual(expected);
  });

  it("covers nothing of another GTIN", () => {
    expect(unitInScope(scope({ lots: ["L1"] }), { ...unit("1", "L1"), gtin: "04012345111118" })).toBe(false);
  });
});
