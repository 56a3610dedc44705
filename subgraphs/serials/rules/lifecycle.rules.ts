import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import { SerialStatus } from "../serial/serial-status";
import { isVerificationScan } from "./rule-event";
import { actorOf, type Rule } from "./rule";
import { endsLife, isCommissioning, isMove, isReturn, namesUnit, TERMINAL } from "./steps";

const DAY_MS = 86_400_000;

export const notYetCommissioned: Rule = {
  kind: AnomalyKind.NOT_YET_COMMISSIONED,
  version: 1,
  check({ item, before, settings, allocated }) {
    const { event } = item;
    const aheadMs = event.eventTime.getTime() - event.recordTime.getTime();
    if (aheadMs > settings.clockSkewMinutes * 60_000) {
      return {
        severity: AnomalySeverity.WARNING,
        eventIds: [event.eventId],
        discriminator: `future:${event.eventId}`,
        hint: `Event time is ${Math.round(aheadMs / 60_000)} min after it was recorded: most likely a device clock set wrong, not a unit from the future.`,
      };
    }
    const encoding = event.bizStep === "encoding" || event.disposition === "encoded";
    if (before.commissionedAt !== null || !allocated || !namesUnit(item) || isCommissioning(item) || encoding) {
      return null;
    }
    return {
      severity: AnomalySeverity.ALERT,
      eventIds: [event.eventId],
      discriminator: event.eventId,
      hint: "The serial was issued but not commissioned when this happened: check for a late commissioning upload before suspecting stolen labels.",
    };
  },
};

export const duplicateCommissioning: Rule = {
  kind: AnomalyKind.DUPLICATE_COMMISSIONING,
  version: 1,
  check({ item, before }) {
    if (!isCommissioning(item) || !namesUnit(item) || before.commissionedAt === null) {
      return null;
    }
    const lots = item.event.lot && before.lot && item.event.lot !== before.lot ? ` for lot ${item.event.lot} (first: ${before.lot})` : "";
    return {
      severity: AnomalySeverity.CRITICAL,
      eventIds: [item.event.eventId],
      discriminator: item.event.eventId,
      hint: `Commissioned again${lots}, under a new event id: a production data error or a cloned serial.`,
    };
  },
};

export const terminalStateActivity: Rule = {
  kind: AnomalyKind.TERMINAL_STATE_ACTIVITY,
  version: 1,
  check({ item, before, memory, settings }) {
    if (!TERMINAL.has(before.status) || !namesUnit(item) || isVerificationScan(item.event) || isReturn(item) || endsLife(item) || isCommissioning(item)) {
      return null;
    }
    const undo =
      before.status === SerialStatus.INACTIVE &&
      memory.terminal?.actor === actorOf(item) &&
      item.event.eventTime.getTime() - Date.parse(memory.terminal.at) <= settings.undoWindowDays * DAY_MS;
    if (undo) {
      return null;
    }
    return {
      severity: before.status === SerialStatus.DESTROYED ? AnomalySeverity.CRITICAL : AnomalySeverity.ALERT,
      eventIds: [item.event.eventId],
      discriminator: item.event.eventId,
      hint: `Activity (${item.event.bizStep ?? item.event.type}) on a unit already ${before.status.toLowerCase()}: a copied code, or an end event recorded by mistake.`,
    };
  },
};

export const doubleDecommission: Rule = {
  kind: AnomalyKind.DOUBLE_DECOMMISSION,
  version: 1,
  check({ item, before, memory, settings }) {
    if (!endsLife(item) || !TERMINAL.has(before.status)) {
      return null;
    }
    const sameActor = memory.terminal?.actor === actorOf(item);
    const repeat = sameActor ? (memory.terminal?.repeats ?? 0) + 1 : 1;
    const alert = !sameActor || repeat >= settings.doubleDecommissionAlertAfter;
    return {
      severity: alert ? AnomalySeverity.ALERT : AnomalySeverity.WARNING,
      eventIds: [item.event.eventId],
      discriminator: item.event.eventId,
      hint: sameActor
        ? `Ended again by the same actor (repeat ${repeat}): usually a double scan or looping software${alert ? ", but it keeps happening" : ""}.`
        : `Ended again by another actor (${actorOf(item)}; first: ${memory.terminal?.actor ?? "unknown"}): two packs carry the same code.`,
    };
  },
};

export const lotExpiryMismatch: Rule = {
  kind: AnomalyKind.LOT_EXPIRY_MISMATCH,
  version: 1,
  check({ item, before }) {
    if (isCommissioning(item) || !namesUnit(item)) {
      return null;
    }
    const lot = item.event.lot ?? item.event.scan?.lot ?? null;
    const expiry = item.event.expiry ?? item.event.scan?.expiry ?? null;
    const wrongLot = lot !== null && before.lot !== null && lot !== before.lot;
    const wrongExpiry = expiry !== null && before.expiry !== null && expiry !== before.expiry;
    if (!wrongLot && !wrongExpiry) {
      return null;
    }
    const parts = [wrongLot ? `lot ${lot} (recorded ${before.lot})` : "", wrongExpiry ? `expiry ${expiry} (recorded ${before.expiry})` : ""];
    return {
      severity: AnomalySeverity.WARNING,
      eventIds: [item.event.eventId],
      discriminator: item.event.eventId,
      hint: `Read ${parts.filter(Boolean).join(" and ")}: a data-upload error, or a pack relabelled with another batch.`,
    };
  },
};

export const expiredSold: Rule = {
  kind: AnomalyKind.EXPIRED_SOLD,
  version: 1,
  check({ item, before }) {
    const sale = item.event.bizStep === "retail_selling" || item.event.bizStep === "dispensing";
    if (!sale || !namesUnit(item) || before.expiry === null || item.event.eventTime.toISOString().slice(0, 10) <= before.expiry) {
      return null;
    }
    return {
      severity: AnomalySeverity.ALERT,
      eventIds: [item.event.eventId],
      discriminator: item.event.eventId,
      hint: `Sold or dispensed after its expiry ${before.expiry}: check the expiry date parsing (DD=00 means end of month) before the pharmacy.`,
    };
  },
};

export const recalledMoving: Rule = {
  kind: AnomalyKind.RECALLED_MOVING,
  // 2: an open recall whose scope covers the unit counts, not only a `recalled` disposition.
  version: 2,
  check({ item, before, memory, recalls }) {
    const recalled = recalls.length > 0 || memory.recalled || before.status === SerialStatus.RECALLED;
    if (!recalled || !isMove(item) || isReturn(item) || item.event.disposition === "recalled") {
      return null;
    }
    const which = recalls.length > 0 ? ` (recall ${recalls.join(", ")})` : "";
    return {
      severity: AnomalySeverity.ALERT,
      eventIds: [item.event.eventId],
      discriminator: item.event.eventId,
      hint: `A recalled unit${which} moved, was sold or was scanned: unless a return is in progress, it is still in the channel.`,
    };
  },
};
