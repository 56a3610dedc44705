import { serialEnumeration } from "./enumeration.rule";
import { effectiveSettings } from "./rule-settings";

const lookup = { gtin: "09506000134352", serial: "GUESS", client: "ip:203.0.113.9", at: new Date("2026-03-01T08:04:00Z") };

describe("SERIAL_ENUMERATION", () => {
  it("fires at the 20th unknown code of one GTIN from one client in the window", () => {
    const draft = serialEnumeration(lookup, { total: 20, unknown: 20 }, effectiveSettings());
    expect(draft).toMatchObject({ kind: "SERIAL_ENUMERATION", severity: "ALERT", source: "ip:203.0.113.9" });
  });

  it("fires on a high unknown share over a long run of lookups", () => {
    expect(serialEnumeration(lookup, { total: 50, unknown: 19 }, effectiveSettings({ enumerationUnknown: 1000, enumerationRatio: 0.3 }))).not.toBeNull();
  });

  it("does not fire for a site scanning mostly known units with a few misreads", () => {
    expect(serialEnumeration(lookup, { total: 200, unknown: 19 }, effectiveSettings())).toBeNull();
    expect(serialEnumeration(lookup, { total: 40, unknown: 19 }, effectiveSettings())).toBeNull();
  });

  it("keys one anomaly per client, GTIN and window", () => {
    const settings = effectiveSettings();
    const a = serialEnumeration(lookup, { total: 20, unknown: 20 }, settings);
    const b = serialEnumeration({ ...lookup, serial: "OTHER", at: new Date("2026-03-01T08:09:00Z") }, { total: 30, unknown: 30 }, settings);
    const c = serialEnumeration({ ...lookup, at: new Date("2026-03-01T08:11:00Z") }, { total: 20, unknown: 20 }, settings);
    const d = serialEnumeration({ ...lookup, client: "ip:198.51.100.1" }, { total: 20, unknown: 20 }, settings);
    expect(b?.dedupeKey).toBe(a?.dedupeKey);
    expect(new Set([a?.dedupeKey, c?.dedupeKey, d?.dedupeKey]).size).toBe(3);
  });
});
