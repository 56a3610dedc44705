import { Arg, Authorized, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import { badInput } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import { requireText } from "../../../lib/validation/text";
import type { SerialsContext } from "../context";
import { isEnabled } from "../rules/rule-settings";
import { REPORTED_KINDS } from "./anomaly-kind";
import { Anomaly } from "./anomaly.entity";
import type { AnomalyDraft } from "./anomaly.repository";
import { ReportedAnomalyInput } from "./reported-anomaly.input";

/** Reports do not come from a rule: version 1 of "what the reporting service checked". */
const REPORT_VERSION = 1;

function toDraft(input: ReportedAnomalyInput, index: number): AnomalyDraft {
  const field = `input[${index}]`;
  if (!REPORTED_KINDS.includes(input.kind)) {
    throw badInput(`${field}.kind ${input.kind} is raised by the rule engine only.`, { field: `${field}.kind` });
  }
  return {
    kind: input.kind,
    severity: input.severity,
    gtin: requireGtin(input.gtin, `${field}.gtin`),
    serial: requireText(input.serial, `${field}.serial`, 20),
    eventIds: input.eventIds ?? [],
    hint: requireText(input.hint, `${field}.hint`, 2000),
    ruleVersion: REPORT_VERSION,
    dedupeKey: `reported:${input.kind}:${requireText(input.dedupeKey, `${field}.dedupeKey`, 500)}`,
    country: null,
    lot: null,
    source: input.source ? requireText(input.source, `${field}.source`) : null,
  };
}

/**
 * The door for other services' findings: stored with a dedupe key and published exactly as
 * rule anomalies are, so `anomalyDetected` subscribers and triage see one stream. A kind the
 * tenant disabled with configureRules is dropped.
 */
@Resolver()
export class ReportedAnomalyResolver {
  @Authorized("service")
  @Directive("@inaccessible")
  @Mutation(() => [Anomaly], { description: "Stores and publishes anomalies found by another service; returns the new ones." })
  async reportAnomalies(@Arg("input", () => [ReportedAnomalyInput]) input: ReportedAnomalyInput[], @Ctx() context: SerialsContext): Promise<Anomaly[]> {
    const tenant = context.identity.tenant;
    const drafts = input.map(toDraft);
    const settings = await context.ruleSettings.forGtins(tenant, [...new Set(drafts.map((draft) => draft.gtin))]);
    const enabled = drafts.filter((draft) => {
      const gtinSettings = settings.get(draft.gtin);
      return !gtinSettings || isEnabled(gtinSettings, draft.kind);
    });
    const raised = await context.anomalies.raise(tenant, enabled);
    await context.capture.publish(tenant, raised);
    return raised;
  }
}
