import { HubError } from "../../../lib/errors/hub-error";
import { validateSapEventsOptions } from "./options";

const BASE = "https://my-s4.example.com/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002";

function refusal(raw: unknown): HubError {
  try {
    validateSapEventsOptions(raw);
  } catch (error) {
    if (error instanceof HubError) {
      return error;
    }
    throw error;
  }
  throw new Error("Expected the options to be refused.");
}

describe("validateSapEventsOptions", () => {
  it("fills the defaults and keeps the credentials given", () => {
    expect(validateSapEventsOptions({ odataBaseUrl: BASE, odataUser: "COMM", odataPassword: "pw" })).toEqual({
      odataBaseUrl: BASE,
      odataUser: "COMM",
      odataPassword: "pw",
      stripSerialZeros: true,
      returnDeliveryTypes: ["LR"],
      defaultTimeZone: "UTC",
      timeZones: {},
    });
    expect(validateSapEventsOptions({ odataBaseUrl: BASE, odataToken: "tok" })).toMatchObject({ odataToken: "tok" });
    expect(validateSapEventsOptions({ odataBaseUrl: BASE })).not.toHaveProperty("odataUser");
  });

  it("trims a trailing slash and keeps a query such as sap-client", () => {
    expect(validateSapEventsOptions({ odataBaseUrl: `${BASE}/` }).odataBaseUrl).toBe(BASE);
    expect(validateSapEventsOptions({ odataBaseUrl: `${BASE}/?sap-client=100` }).odataBaseUrl).toBe(`${BASE}?sap-client=100`);
  });

  it("accepts the other fields when they are well-formed", () => {
    const options = validateSapEventsOptions({
      odataBaseUrl: "http://127.0.0.1:8080/odata",
      stripSerialZeros: false,
      returnDeliveryTypes: ["LR", "ZRE"],
      defaultTimeZone: "Europe/Berlin",
      timeZones: { ZHQ: "Asia/Tokyo" },
    });
    expect(options).toMatchObject({ stripSerialZeros: false, returnDeliveryTypes: ["LR", "ZRE"], defaultTimeZone: "Europe/Berlin", timeZones: { ZHQ: "Asia/Tokyo" } });
  });

  it.each([
    ["no options", undefined, "input.options"],
    ["a list", [], "input.options"],
    ["no odataBaseUrl", {}, "input.options.odataBaseUrl"],
    ["a relative URL", { odataBaseUrl: "/sap/opu/odata" }, "input.options.odataBaseUrl"],
    ["an ftp URL", { odataBaseUrl: "ftp://s4.example.com/odata" }, "input.options.odataBaseUrl"],
    ["credentials in the URL", { odataBaseUrl: "https://user:pw@s4.example.com/odata" }, "input.options.odataBaseUrl"],
    ["a fragment", { odataBaseUrl: `${BASE}#x` }, "input.options.odataBaseUrl"],
    ["a user without password", { odataBaseUrl: BASE, odataUser: "COMM" }, "input.options.odataPassword"],
    ["a password without user", { odataBaseUrl: BASE, odataPassword: "pw" }, "input.options.odataUser"],
    ["Basic and bearer at once", { odataBaseUrl: BASE, odataUser: "COMM", odataPassword: "pw", odataToken: "tok" }, "input.options.odataToken"],
    ["an empty token", { odataBaseUrl: BASE, odataToken: "" }, "input.options.odataToken"],
    ["a misspelt option", { odataBaseUrl: BASE, odataPasword: "pw" }, "input.options.odataPasword"],
    ["stripSerialZeros as text", { odataBaseUrl: BASE, stripSerialZeros: "yes" }, "input.options.stripSerialZeros"],
    ["returnDeliveryTypes as text", { odataBaseUrl: BASE, returnDeliveryTypes: "LR" }, "input.options.returnDeliveryTypes"],
    ["an unknown defaultTimeZone", { odataBaseUrl: BASE, defaultTimeZone: "Mars/Olympus" }, "input.options.defaultTimeZone"],
    ["timeZones as a list", { odataBaseUrl: BASE, timeZones: ["CET"] }, "input.options.timeZones"],
    ["an unknown zone in timeZones", { odataBaseUrl: BASE, timeZones: { ZHQ: "Nowhere/At_All" } }, "input.options.timeZones.ZHQ"],
  ])("refuses %s, naming the field", (_name, raw, field) => {
    const error = refusal(raw);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.details).toEqual({ field });
  });

  it("never echoes a credential in the error", () => {
    for (const raw of [{ odataBaseUrl: BASE, odataPassword: 9876543 }, { odataBaseUrl: "https://user:p4ssw0rd@s4.example.com/odata" }, { odataBaseUrl: BASE, odataPasword: "p4ssw0rd" }]) {
      const error = refusal(raw);
      expect(`${error.message} ${JSON.stringify(error.details)}`).not.toMatch(/9876543|p4ssw0rd/);
    }
  });
});
