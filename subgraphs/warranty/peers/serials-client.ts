import type { Identity } from "../../../lib/auth/identity";
import { HubError } from "../../../lib/errors/hub-error";
import { callSubgraph, PEER_FAILURE_MESSAGE } from "../../../lib/federation/subgraph-client";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import { onBehalfOf, type PeerUrl } from "./peer-identity";
import { toUnitFacts, type CodeVerification, type RawUnit, type UnitFacts } from "./unit-facts";

const EVENT_FIELDS = "eventId eventTime eventTimeZoneOffset country body";

const UNIT_FIELDS = `gtin serial status lot commissionedAt lastCountry
  openAnomalies: openAnomalyCount
  suspectAnomalies: openAnomalyCount(minSeverity: ALERT)
  installedIn { parent { gtin serial } }
  sales: stepEvents(bizSteps: ["retail_selling"], first: 50) { ${EVENT_FIELDS} }
  shipments: stepEvents(bizSteps: ["shipping"], first: 1) { ${EVENT_FIELDS} }`;

const VERIFY_FIELDS = "verified verdict failureReason additionalInfo";

/** An anomaly warranty found, reported to serials, which stores and publishes it like its own. */
export interface AnomalyReport {
  kind: "WARRANTY_CLAIM_DUPLICATE" | "COUNTERFEIT_PART" | "PART_ALREADY_INSTALLED";
  severity: "WARNING" | "ALERT" | "CRITICAL";
  gtin: string;
  serial: string;
  hint: string;
  dedupeKey: string;
  source: string | null;
  eventIds: string[];
}

export interface Inspection {
  /** By keyString; units serials has never seen are absent. */
  units: Map<string, UnitFacts>;
  /** In the order of the codes asked. */
  verifications: CodeVerification[];
}

/**
 * Everything warranty asks of the serials subgraph (which owns units, events and anomalies):
 * unit facts and code verifications in one call, captures of the events warranty records
 * (sales, part swaps, returns), and anomaly reports.
 */
export class SerialsClient {
  constructor(
    private readonly url: PeerUrl,
    private readonly secret: string,
  ) {}

  /** Facts of `units` and `verify` of each of `codes`, in one round trip. */
  async inspect(caller: Identity, units: readonly SerialKey[], codes: readonly string[] = []): Promise<Inspection> {
    const variables: Record<string, unknown> = { representations: units.map((unit) => ({ __typename: "Serial", gtin: unit.gtin, serial: unit.serial })) };
    codes.forEach((code, index) => {
      variables[`c${index}`] = code;
    });
    const declarations = ["$representations: [_Any!]!", ...codes.map((_code, index) => `$c${index}: String!`)].join(", ");
    const verifies = codes.map((_code, index) => `v${index}: verify(code: $c${index}) { ${VERIFY_FIELDS} }`).join("\n");
    const query = `query WarrantyInspect(${declarations}) {
      units: _entities(representations: $representations) { ... on Serial { ${UNIT_FIELDS} } }
      ${verifies}
    }`;
    const data = await callSubgraph<Record<string, unknown>>(this.url(), this.secret, onBehalfOf(caller), query, variables);
    const found = (data.units as (RawUnit | null)[]).filter((unit): unit is RawUnit => unit !== null).map(toUnitFacts);
    return {
      units: new Map(found.map((unit) => [keyString(unit), unit])),
      // Another tenant's code answers with the public view, where additionalInfo is null.
      verifications: codes.map((_code, index) => {
        const verification = data[`v${index}`] as Omit<CodeVerification, "additionalInfo"> & { additionalInfo: string[] | null };
        return { ...verification, additionalInfo: verification.additionalInfo ?? [] };
      }),
    };
  }

  /** Captures events warranty built; any refusal is a bug on this side, so it is an error, not a result. */
  async capture(caller: Identity, events: readonly Record<string, unknown>[]): Promise<void> {
    if (events.length === 0) {
      return;
    }
    const data = await callSubgraph<{ captureEvents: { errors: { index: number | null; path: string; message: string }[] } }>(
      this.url(),
      this.secret,
      onBehalfOf(caller),
      `mutation WarrantyCapture($epcis: JSON!) { captureEvents(epcis: $epcis) { errors { index path message } } }`,
      { epcis: events },
    );
    const errors = data.captureEvents.errors;
    if (errors.length > 0) {
      // The detail names another service's checks: it goes to the log (as the cause), not to the client.
      const error = new HubError("INTERNAL", PEER_FAILURE_MESSAGE);
      error.cause = `The serials service refused warranty's events: ${errors.map((refused) => `${refused.path}: ${refused.message}`).join("; ")}`;
      throw error;
    }
  }

  async reportAnomalies(caller: Identity, reports: readonly AnomalyReport[]): Promise<void> {
    if (reports.length === 0) {
      return;
    }
    await callSubgraph(this.url(), this.secret, onBehalfOf(caller), `mutation WarrantyReport($input: [ReportedAnomalyInput!]!) { reportAnomalies(input: $input) { id } }`, {
      input: reports,
    });
  }
}
