import { connectorEventId } from "../../core/event-id";
import type { ODataEntity } from "./odata-values";
import { itemsOf, mapAnswer, mappingError, odataAnswer, structuredEvent, testOptions } from "./sap-events.fixtures";

/** The answer with the first serial object of item `i` changed. */
function withSerialObject(i: number, change: (object: ODataEntity) => void) {
  const answer = odataAnswer();
  const list = (itemsOf(answer)[i].to_SerialDeliveryItem as { results: ODataEntity[] }).results[0];
  change((list.to_MaintenanceItemObject as { results: ODataEntity[] }).results[0]);
  return answer;
}

describe("mapOutboundDelivery", () => {
  it("maps a returns delivery type to returned events, with their own ids", () => {
    const answer = odataAnswer();
    answer.d.DeliveryDocumentType = "LR";
    const events = mapAnswer(answer);
    expect(new Set(events.map((event) => event.kind))).toEqual(new Set(["returned"]));
    expect(events[0].eventId).toBe(connectorEventId("sap", "0080012345", "000010", "A1F301", "returned"));
    expect(mapAnswer(answer, testOptions({ returnDeliveryTypes: ["ZRE"] }))[0].kind).toBe("shipping");
  });

  it("reads item and reference numbers in either form, giving SAP's internal one", () => {
    const answer = odataAnswer();
    itemsOf(answer)[0].DeliveryDocumentItem = "10";
    itemsOf(answer)[0].ReferenceSDDocument = "0000004521";
    const [event] = mapAnswer(answer);
    expect(event.line).toBe("000010");
    expect(event.extensions).toMatchObject({ "serialhub:referenceDocument": "0000004521" });
    expect(event.eventId).toBe(connectorEventId("sap", "0080012345", "000010", "A1F301", "shipping"));
  });

  it("names the product by Material when there is no EAN, dropping the zero padding of numeric ones", () => {
    const answer = odataAnswer();
    itemsOf(answer)[1].Material = "000000000000300146";
    expect(mapAnswer(answer).find((event) => event.line === "000020")?.item).toEqual({ sku: "300146" });
  });

  it("rejects an EAN that is not a GTIN, with its path", () => {
    const answer = odataAnswer();
    itemsOf(answer)[0].InternationalArticleNumber = "4012345111119";
    expect(mappingError(() => mapAnswer(answer)).path).toBe("d.to_DeliveryDocumentItem.results[0].InternationalArticleNumber");
  });

  it("keeps SAP's internal serial form when stripSerialZeros is off", () => {
    const answer = withSerialObject(1, (object) => (object.SerialNumber = "4711"));
    const serials = mapAnswer(answer, testOptions({ stripSerialZeros: false })).map((event) => event.serial);
    expect(serials).toEqual(["000000000000A1F301", "000000000000A1F302", "000000000000A1F303", "000000000000004711", "B77002"]);
    expect(mapAnswer(answer).map((event) => event.serial)).toEqual(["A1F301", "A1F302", "A1F303", "4711", "B77002"]);
  });

  it("rejects an item SAP counts serials for when none came back", () => {
    const answer = odataAnswer();
    (itemsOf(answer)[1].to_SerialDeliveryItem as { results: unknown[] }).results = [];
    const error = mappingError(() => mapAnswer(answer));
    expect(error.path).toBe("d.to_DeliveryDocumentItem.results[1].to_SerialDeliveryItem");
    expect(error.message).toMatch(/counts 2 serial numbers/);
  });

  it("rejects an answer whose serials were not expanded", () => {
    const answer = odataAnswer();
    itemsOf(answer)[1].to_SerialDeliveryItem = { __deferred: { uri: "https://x/to_SerialDeliveryItem" } };
    const error = mappingError(() => mapAnswer(answer));
    expect(error.path).toBe("d.to_DeliveryDocumentItem.results[1].to_SerialDeliveryItem");
    expect(error.message).toMatch(/not expanded/);
  });

  it("rejects a serial object without SerialNumber, with its path", () => {
    const answer = withSerialObject(0, (object) => (object.SerialNumber = ""));
    expect(mappingError(() => mapAnswer(answer)).path).toBe("d.to_DeliveryDocumentItem.results[0].to_SerialDeliveryItem.results[0].to_MaintenanceItemObject.results[0].SerialNumber");
  });

  it("rejects a delivery where no item carries serials", () => {
    const answer = odataAnswer();
    for (const item of itemsOf(answer)) {
      item.NumberOfSerialNumbers = 0;
      item.to_SerialDeliveryItem = { results: [] };
    }
    expect(mappingError(() => mapAnswer(answer)).path).toBe("d.to_DeliveryDocumentItem");
  });

  it("rejects an answer that is not OData V2 JSON, or is about another delivery", () => {
    expect(mappingError(() => mapAnswer(odataAnswer().d)).path).toBe("d");
    const answer = odataAnswer();
    answer.d.DeliveryDocument = "80099999";
    expect(mappingError(() => mapAnswer(answer)).message).toMatch(/about delivery 80099999, not 80012345/);
  });

  it("accepts the delivery number in either ALPHA form", () => {
    const answer = odataAnswer();
    answer.d.DeliveryDocument = "0080012345";
    expect(mapAnswer(answer)).toHaveLength(5);
  });

  it("captures nothing when goods issue was reversed before the read", () => {
    const answer = odataAnswer();
    answer.d.OverallGoodsMovementStatus = "A";
    expect(mapAnswer(answer)).toEqual([]);
  });

  describe("event time", () => {
    const timeOf = (answer: { d: ODataEntity }, options = testOptions(), rawBody = structuredEvent()) => {
      const [event] = mapAnswer(answer, options, rawBody);
      return [event.eventTime, event.eventTimeZoneOffset];
    };

    it("is the goods movement date and time in the shipping point's zone", () => {
      const summer = odataAnswer();
      summer.d.ActualGoodsMovementDate = `/Date(${Date.parse("2025-07-01T00:00:00Z")})/`;
      expect(timeOf(summer)).toEqual(["2025-07-01T10:19:02+02:00", "+02:00"]);
    });

    it("is midnight when SAP sends no time, in defaultTimeZone when it sends no zone", () => {
      const answer = odataAnswer();
      delete answer.d.ActualGoodsMovementTime;
      answer.d.Shippinglocationtimezone = "";
      expect(timeOf(answer, testOptions({ defaultTimeZone: "America/New_York" }))).toEqual(["2025-03-14T00:00:00-04:00", "-04:00"]);
    });

    it("falls back to the CloudEvent time, then to the receipt (09:20Z)", () => {
      const answer = odataAnswer();
      answer.d.ActualGoodsMovementDate = null;
      expect(timeOf(answer)).toEqual(["2025-03-14T10:19:02+01:00", "+01:00"]);
      expect(timeOf(answer, testOptions(), structuredEvent({ time: undefined }))).toEqual([`2025-03-14T10:20:00+01:00`, "+01:00"]);
    });

    it("refuses an unknown SAP zone code unless timeZones maps it", () => {
      const answer = odataAnswer();
      answer.d.Shippinglocationtimezone = "ZHQ";
      expect(mappingError(() => mapAnswer(answer)).path).toBe("d.Shippinglocationtimezone");
      expect(timeOf(answer, testOptions({ timeZones: { ZHQ: "Asia/Tokyo" } }))).toEqual(["2025-03-14T10:19:02+09:00", "+09:00"]);
    });

    it("rejects a malformed OData time with its path", () => {
      const answer = odataAnswer();
      answer.d.ActualGoodsMovementTime = "10:19:02";
      expect(mappingError(() => mapAnswer(answer)).path).toBe("d.ActualGoodsMovementTime");
    });
  });
});
