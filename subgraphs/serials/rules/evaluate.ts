import type { SerialKey } from "../../../lib/serial-key";
import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import type { AnomalyDraft } from "../anomaly/anomaly.repository";
import { applyEvent, type SerialState } from "../serial/serial-state";
import { aggregationConflict } from "./aggregation.rules";
import { concurrentRegions, impossibleTravel, marketDiversion } from "./geo.rules";
import { doubleDecommission, duplicateCommissioning, expiredSold, lotExpiryMismatch, notYetCommissioned, recalledMoving, terminalStateActivity } from "./lifecycle.rules";
import { remember } from "./remember";
import type { RuleItem } from "./rule-event";
import type { RuleMemory } from "./rule-memory";
import { isEnabled } from "./rule-settings";
import type { Finding, Rule, RuleFacts, Step } from "./rule";
import { scanCount } from "./scan.rules";

/** The rules that judge one event of one unit against what came before it. */
export const STEP_RULES: readonly Rule[] = [
  notYetCommissioned,
  duplicateCommissioning,
  terminalStateActivity,
  doubleDecommission,
  lotExpiryMismatch,
  expiredSold,
  recalledMoving,
  scanCount,
  impossibleTravel,
  concurrentRegions,
  marketDiversion,
  aggregationConflict,
];

/** Rules judged on a whole batch outcome rather than one event. */
export const RULE_VERSIONS: Partial<Record<AnomalyKind, number>> = {
  [AnomalyKind.UNKNOWN_SERIAL]: 1,
  [AnomalyKind.UNKNOWN_GTIN]: 1,
  ...Object.fromEntries(STEP_RULES.map((rule) => [rule.kind, rule.version])),
};

/** Kinds the fold decides: a refold from history may withdraw them. */
export const FOLD_KINDS: readonly AnomalyKind[] = [AnomalyKind.UNKNOWN_SERIAL, ...STEP_RULES.map((rule) => rule.kind)];

export interface UnitInput {
  key: SerialKey;
  allocated: boolean;
  /** State and memory before `items` (a fresh start when refolding the whole history). */
  state: SerialState;
  memory: RuleMemory;
  items: readonly RuleItem[];
}

export interface UnitOutcome {
  key: SerialKey;
  state: SerialState;
  memory: RuleMemory;
  drafts: AnomalyDraft[];
}

export const dedupeKey = (kind: AnomalyKind, key: SerialKey, discriminator: string): string =>
  `${kind}:${key.gtin}:${key.serial}:${discriminator}`;

function draftOf(kind: AnomalyKind, key: SerialKey, finding: Finding, context: Pick<AnomalyDraft, "country" | "lot" | "source">): AnomalyDraft {
  return {
    kind,
    severity: finding.severity,
    gtin: key.gtin,
    serial: key.serial,
    eventIds: finding.eventIds,
    hint: finding.hint,
    ruleVersion: RULE_VERSIONS[kind] ?? 1,
    dedupeKey: dedupeKey(kind, key, finding.discriminator),
    ...context,
  };
}

/** Case flips and the Y/Z swap of German keyboards: what a mis-scanned code usually is. */
function lookalikes(serial: string): string[] {
  const flipped = [...serial].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");
  const yz = serial.replace(/[yYzZ]/g, (c) => ({ y: "z", z: "y", Y: "Z", Z: "Y" })[c] as string);
  return [...new Set([flipped, yz])].filter((variant) => variant !== serial);
}

function unknownSerial(unit: UnitInput, state: SerialState, markets: string[] | null): Finding | null {
  if (unit.items.length === 0 || unit.allocated || state.commissionedAt !== null || markets === null) {
    return null;
  }
  const variants = lookalikes(unit.key.serial);
  return {
    severity: AnomalySeverity.ALERT,
    eventIds: unit.items.map((item) => item.event.eventId).slice(0, 50),
    discriminator: "",
    hint:
      `Serial "${unit.key.serial}" of GTIN ${unit.key.gtin} was never issued nor commissioned. ` +
      (variants.length > 0 ? `Possible scanner case flip or keyboard swap: look for ${variants.map((v) => `"${v}"`).join(" or ")}. ` : "") +
      "Check for a missing commissioning upload before treating the unit as counterfeit.",
  };
}

/**
 * Folds a unit's events (in event-time order) through the state machine and the rules,
 * in memory: the caller reads everything first and writes the outcome in one go.
 */
export function evaluateUnit(unit: UnitInput, facts: RuleFacts): UnitOutcome {
  const { key, allocated } = unit;
  const settings = facts.settingsFor(key.gtin);
  const markets = facts.marketsOf(key.gtin);
  const recalls = facts.recalledIn(key);
  const ordered = [...unit.items]
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.event.eventTime.getTime() - b.item.event.eventTime.getTime() || a.order - b.order)
    .map(({ item }) => item);
  let state = unit.state;
  let memory = unit.memory;
  const drafts: AnomalyDraft[] = [];
  for (const given of ordered) {
    const place = facts.placeOf(given);
    // Location master data gives a country to events whose document did not.
    const item = place?.country && !given.event.country ? { ...given, event: { ...given.event, country: place.country } } : given;
    const step: Step = { key, item, before: state, memory, place, settings, markets, allocated, recalls };
    const source = memory.custodian ?? item.event.scan?.client ?? null;
    for (const rule of STEP_RULES) {
      const finding = isEnabled(settings, rule.kind) ? rule.check(step) : null;
      if (finding) {
        drafts.push(draftOf(rule.kind, key, finding, { country: place?.country ?? null, lot: state.lot, source }));
      }
    }
    const after = applyEvent(state, item);
    memory = remember(step, after, facts);
    state = after;
  }
  const unknown = isEnabled(settings, AnomalyKind.UNKNOWN_SERIAL) ? unknownSerial(unit, state, markets) : null;
  if (unknown) {
    drafts.push(draftOf(AnomalyKind.UNKNOWN_SERIAL, key, unknown, { country: state.lastCountry, lot: null, source: memory.custodian }));
  }
  return { key, state, memory, drafts };
}

/** UNKNOWN_GTIN: once per GTIN that is not one of the tenant's products. */
export function unknownGtins(units: readonly UnitInput[], facts: RuleFacts): AnomalyDraft[] {
  const first = new Map<string, UnitInput>();
  for (const unit of units) {
    if (unit.items.length > 0 && facts.marketsOf(unit.key.gtin) === null && !first.has(unit.key.gtin)) {
      first.set(unit.key.gtin, unit);
    }
  }
  return [...first.values()]
    .filter((unit) => isEnabled(facts.settingsFor(unit.key.gtin), AnomalyKind.UNKNOWN_GTIN))
    .map((unit) => ({
      ...draftOf(
        AnomalyKind.UNKNOWN_GTIN,
        unit.key,
        {
          severity: AnomalySeverity.INFO,
          eventIds: unit.items.map((item) => item.event.eventId).slice(0, 50),
          discriminator: "",
          hint: `GTIN ${unit.key.gtin} is not one of your products: a new product not yet in master data, or another brand's goods.`,
        },
        { country: unit.state.lastCountry, lot: null, source: unit.memory.custodian },
      ),
      dedupeKey: `${AnomalyKind.UNKNOWN_GTIN}:${unit.key.gtin}`,
    }));
}
