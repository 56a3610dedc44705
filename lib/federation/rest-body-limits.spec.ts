import { epcisConnector } from "../../connectors/epcis/epcis.connector";
import { EPCIS_CAPTURE_MAX_BYTES, MAX_SIGNED_BODY_BYTES, restBodyLimit, SERIAL_LIST_MAX_BYTES } from "./rest-body-limits";

describe("REST body limits behind the front door", () => {
  it("are the routes' own: EPCIS capture takes what the epcis connector takes", () => {
    expect(EPCIS_CAPTURE_MAX_BYTES).toBe(epcisConnector.edge.maxBodyBytes);
    expect(restBodyLimit("/epcis/capture").maxBytes).toBe(EPCIS_CAPTURE_MAX_BYTES);
  });

  it("hold the longest serial list the upload route takes", () => {
    // 1,000,000 lines of the longest form: a quoted GTIN-14, a 20-character serial of quotes (doubled), CRLF.
    const longestLine = `"10614141073464","${'""'.repeat(20)}"\r\n`;
    expect(Buffer.byteLength(longestLine)).toBe(61);
    expect(SERIAL_LIST_MAX_BYTES).toBeGreaterThanOrEqual(1_000_000 * 61 + Buffer.byteLength("gtin,serial\r\n"));
    expect(restBodyLimit("/recalls/serial-lists").maxBytes).toBe(SERIAL_LIST_MAX_BYTES);
  });

  it("give other routes a small limit, and services the largest of all", () => {
    expect(restBodyLimit("/01/10614141073464/21/A1").maxBytes).toBe(16 * 1024);
    expect(restBodyLimit("/epcis/events").maxBytes).toBe(64 * 1024);
    expect(MAX_SIGNED_BODY_BYTES).toBe(SERIAL_LIST_MAX_BYTES);
  });
});
