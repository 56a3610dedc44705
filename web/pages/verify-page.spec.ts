import { renderReportAnswer, renderVerifyPage } from "./verify-page";
import type { VerifyPageModel } from "./verify-model";
import { VERIFY_CSS, VERIFY_CSS_HASH } from "./verify-style";
import { createHash } from "node:crypto";

const model = (overrides: Partial<VerifyPageModel> = {}): VerifyPageModel => ({
  verdict: "genuine",
  message: "Genuine Widget by Acme.",
  product: { name: "Widget", brand: "Acme", image: null },
  gtin: "09520123456788",
  serial: "ABC",
  lot: "L1",
  expiry: "2020-01-31",
  expired: true,
  signature: "VALID",
  links: [],
  code: "https://hub.test/01/09520123456788/21/ABC",
  pagePath: "/01/09520123456788/21/ABC?8030=sig",
  keptParameters: [["8030", "sig"]],
  scanId: "0b6b0f7e-0000-4000-8000-000000000001",
  session: "session-session-1",
  country: "DE",
  countrySource: "language",
  countries: [["DE", "Germany"], ["FR", "France"]],
  checkedAt: new Date("2025-03-01T10:00:00Z"),
  ...overrides,
});

describe("the verification page", () => {
  it("escapes everything that comes from data", () => {
    const html = renderVerifyPage(model({ product: { name: '<script>alert("x")</script>', brand: "A&B", image: null }, message: "<b>hi</b>", serial: '"><img src=x>' }));
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b>hi</b>");
    expect(html).not.toContain('"><img src=x>');
    expect(html).toContain("&#60;script&#62;");
    expect(html).toContain("by A&#38;B");
  });

  it("labels every form control and keeps the code's parameters when the country changes", () => {
    const html = renderVerifyPage(model());
    expect(html).toContain('<label for="country">Country</label>');
    expect(html).toContain('<label for="report-message">');
    expect(html).toContain('<label for="report-contact">');
    expect(html).toContain('<legend>What is wrong?</legend>');
    expect(html).toContain('<input type="hidden" name="8030" value="sig">');
    expect(html).toContain('data-verdict="genuine"');
    expect(html).toContain("31 Jan 2020");
    expect(html).toContain("(expired)");
  });

  it("has exactly the inline style its CSP hash allows", () => {
    expect(renderVerifyPage(model())).toContain(`<style>${VERIFY_CSS}</style>`);
    expect(VERIFY_CSS_HASH).toBe(`'sha256-${createHash("sha256").update(VERIFY_CSS).digest("base64")}'`);
  });

  it("answers a report with a way back", () => {
    expect(renderReportAnswer("/01/x?y=1&z=2", { error: "Too many <reports>" })).toContain('href="/01/x?y=1&#38;z=2"');
    expect(renderReportAnswer("/01/x", { error: "Too many <reports>" })).toContain("Too many &#60;reports&#62;");
  });
});
