import type { UnitEvent } from "../peers/unit-facts";
import { orderUri } from "../peers/warranty-events";
import type { SaleRecord } from "./sale.entity";
import { WarrantySale } from "./sale.types";

/** A sale as the API shows it: the event, with what a registration added. */
export function saleView(event: UnitEvent, registration: SaleRecord | undefined): WarrantySale {
  const orderRefs = registration
    ? [registration.orderRef]
    : event.transactions.map((transaction) => (transaction.startsWith(orderUri("")) ? decodeURIComponent(transaction.slice(orderUri("").length)) : transaction));
  return Object.assign(new WarrantySale(), {
    eventId: event.eventId,
    soldAt: event.eventTime,
    orderRefs,
    channel: registration?.channel ?? null,
    customerRef: registration?.customerRef ?? null,
    country: registration?.country ?? event.country,
    registered: registration !== undefined,
  });
}
