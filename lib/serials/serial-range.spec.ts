import { Client } from "pg";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { inSerialRange, requireSerialRange, serialInRangeSql, serialRangeIndexSql, type SerialRange } from "./serial-range";

const CASES: [range: SerialRange, serial: string, expected: boolean][] = [
  [{ from: "9", to: "120" }, "10", true],
  [{ from: "9", to: "120" }, "9", true],
  [{ from: "9", to: "120" }, "120", true],
  [{ from: "9", to: "120" }, "0042", true],
  [{ from: "9", to: "120" }, "121", false],
  [{ from: "9", to: "120" }, "8", false],
  [{ from: "9", to: "120" }, "1A", false],
  [{ from: "9", to: "120" }, "ABC", false],
  [{ from: "1000", to: "1999" }, "99999999999999999999", false],
  [{ from: "10000000000000000000", to: "99999999999999999999" }, "12345678901234567890", true],
  [{ from: "A100", to: "A199" }, "A150", true],
  [{ from: "A100", to: "A199" }, "A100", true],
  [{ from: "A100", to: "A199" }, "A1500", false],
  [{ from: "A100", to: "A199" }, "A15", false],
  [{ from: "A100", to: "A199" }, "a150", false],
  [{ from: "A100", to: "A199" }, "B100", false],
  [{ from: "AB", to: "AZ" }, "Aa", false],
  [{ from: "AA", to: "zz" }, "_Q", true],
  [{ from: "100", to: "1ZZ" }, "150", true],
  [{ from: "100", to: "1ZZ" }, "1AB", true],
  [{ from: "100", to: "1ZZ" }, "99", false],
];

describe("serial ranges", () => {
  it.each(CASES)("%j holds %s: %s", (range, serial, expected) => {
    expect(inSerialRange(range, serial)).toBe(expected);
  });

  it.each([
    [{ from: "200", to: "100" }, "filter.serialRange: from 200 is greater than to 100."],
    [{ from: "A10", to: "A9" }, "filter.serialRange: from and to must have the same length unless both are all digits."],
    [{ from: "B10", to: "A10" }, 'filter.serialRange: from "B10" sorts after to "A10".'],
    [{ from: "", to: "A10" }, "filter.serialRange.from must be a serial: 1 to 20 GS1 CSET 82 characters."],
    [{ from: "A10", to: "A1#" }, "filter.serialRange.to must be a serial: 1 to 20 GS1 CSET 82 characters."],
  ])("refuses %j", (range, message) => {
    expect(() => requireSerialRange(range, "filter.serialRange")).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", message }));
  });

  it("accepts numeric bounds of different lengths and equal bounds", () => {
    expect(requireSerialRange({ from: "9", to: "120" })).toEqual({ from: "9", to: "120" });
    expect(requireSerialRange({ from: "AB1", to: "AB1" })).toEqual({ from: "AB1", to: "AB1" });
  });

  describe("in SQL", () => {
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

    it("agrees with the JavaScript form, bounds given as parameters", async () => {
      for (const [range, serial, expected] of CASES) {
        const { rows } = await client.query(`SELECT ${serialInRangeSql("$1::text", "$2::text", "$3::text")} AS hit`, [serial, range.from, range.to]);
        expect([range, serial, rows[0].hit]).toEqual([range, serial, expected]);
      }
    });

    it("agrees with the JavaScript form, bounds and serials stored in columns", async () => {
      const { rows } = await client.query<{ i: number; hit: boolean }>(
        `SELECT c.i, ${serialInRangeSql("c.serial", "c.range_from", "c.range_to")} AS hit
         FROM jsonb_to_recordset($1::jsonb) AS c(i int, serial text, range_from text, range_to text)
         ORDER BY c.i`,
        [JSON.stringify(CASES.map(([range, serial], i) => ({ i, serial, range_from: range.from, range_to: range.to })))],
      );
      expect(rows.map((row) => row.hit)).toEqual(CASES.map(([, , expected]) => expected));
    });

    it("agrees with the JavaScript form in its indexable form, bounds known when the SQL is written", async () => {
      for (const [range, serial, expected] of CASES) {
        const params: unknown[] = [serial];
        const sql = serialRangeIndexSql("$1::text", range, (value) => `$${params.push(value)}`);
        const { rows } = await client.query(`SELECT coalesce(${sql}, false) AS hit`, params);
        expect([range, serial, rows[0].hit]).toEqual([range, serial, expected]);
      }
    });
  });
});
