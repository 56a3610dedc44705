import { isPublic, type Identity } from "../../../lib/auth/identity";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { parseCode } from "../../../lib/gs1/code";
import { describeElements } from "../../../lib/gs1/describe";
import { PROBLEM_KINDS, type ProblemKind } from "../../../web/pages/verify-model";
import type { ProductDirectory } from "../product/product-directory";
import type { ProblemReportRepository } from "./problem-report.repository";
import { isCountry } from "./scan-context";

/** Reports one client may send in an hour: enough for a pharmacist with a bad delivery, not for a flood. */
export const REPORTS_PER_HOUR = 20;

export interface ProblemReportDraft {
  code: string;
  kind: string;
  message?: string | null;
  contact?: string | null;
  scanId?: string | null;
  country?: string | null;
}

/** Who is reporting: a token's subject, or an anonymous caller's network address. */
export const clientOf = (caller: Identity): string => (isPublic(caller) ? `ip:${caller.client ?? "unknown"}` : `sub:${caller.sub}`);

const optionalText = (value: string | null | undefined, field: string, max: number): string | null => {
  const trimmed = value?.trim() ?? "";
  if (trimmed.length > max) {
    throw badInput(`${field} is limited to ${max} characters.`, { field });
  }
  return trimmed === "" ? null : trimmed;
};

/**
 * A consumer's or inspector's "report a problem", from the page's form (REST) or the
 * reportProblem mutation: anyone may report, about a product the hub knows.
 */
export class ProblemReportService {
  constructor(
    private readonly reports: ProblemReportRepository,
    private readonly products: ProductDirectory,
  ) {}

  async report(caller: Identity, draft: ProblemReportDraft): Promise<{ id: string; receivedAt: Date }> {
    if (!(PROBLEM_KINDS as readonly string[]).includes(draft.kind)) {
      throw badInput(`kind must be one of ${PROBLEM_KINDS.join(", ")}.`, { field: "input.kind" });
    }
    const code = describeElements(parseCode(draft.code).elements);
    if (!code.gtin || !code.serial) {
      throw badInput("The code must name a unit: a GTIN and a serial number.", { field: "input.code" });
    }
    const country = draft.country?.trim().toUpperCase() || null;
    if (country !== null && !isCountry(country)) {
      throw badInput(`country "${draft.country}" is not an ISO 3166-1 alpha-2 code.`, { field: "input.country" });
    }
    const owner = (await this.products.products([code.gtin])).get(code.gtin);
    if (!owner) {
      throw new HubError("NOT_FOUND", "This product is not known here, so the report cannot reach its brand.", { field: "input.code" });
    }
    const client = clientOf(caller);
    if ((await this.reports.countSince(client, new Date(Date.now() - 3_600_000))) >= REPORTS_PER_HOUR) {
      throw new HubError("RATE_LIMITED", "Too many reports from here in the last hour; try again later.");
    }
    return this.reports.insert(owner.tenantId, {
      gtin: code.gtin,
      serial: code.serial,
      lot: code.lot,
      expiry: code.expiry,
      kind: draft.kind as ProblemKind,
      message: optionalText(draft.message, "input.message", 2000),
      contact: optionalText(draft.contact, "input.contact", 200),
      country,
      client,
      scanId: optionalText(draft.scanId, "input.scanId", 100),
    });
  }
}
