import { DashboardReportsDocument } from "../../../clients/generated/graphql";
import { formatTime, h } from "../shared/dom";
import type { HubClient } from "../shared/hub-client";

const KIND_LABELS: Record<string, string> = {
  LOOKS_COUNTERFEIT: "looks counterfeit",
  PACK_TAMPERED: "pack tampered",
  DETAILS_DO_NOT_MATCH: "details do not match",
  OTHER: "other",
};

/** What consumers and inspectors reported from the verification page, newest first. */
export class ReportsPanel {
  readonly element: HTMLElement;
  private readonly list = h("ul", { class: "reports" });

  constructor(
    private readonly hub: HubClient,
    private readonly productNames: ReadonlyMap<string, string>,
    private readonly openSerial: (gtin: string, serial: string) => void,
  ) {
    this.element = h("section", { class: "panel", "aria-labelledby": "reports-h" }, h("h2", { id: "reports-h" }, "Consumer reports"), this.list);
  }

  async refresh(): Promise<void> {
    const result = await this.hub.execute(DashboardReportsDocument);
    const reports = result.data?.problemReports.edges.map((edge) => edge.node) ?? [];
    this.list.replaceChildren(
      ...(reports.length === 0
        ? [h("li", { class: "empty" }, result.data ? "No report yet." : (result.errors[0]?.message ?? "Reports are unavailable."))]
        : reports.map((report) =>
            h(
              "li",
              { "data-report-kind": report.kind },
              h("strong", {}, KIND_LABELS[report.kind] ?? report.kind),
              " · ",
              h("button", { type: "button", class: "link", onclick: () => this.openSerial(report.gtin, report.serial) }, `${this.productNames.get(report.gtin) ?? report.gtin} ${report.serial}`),
              h("span", { class: "note" }, ` · ${report.country ?? "country unknown"} · ${formatTime(report.createdAt)}`),
              report.message ? h("p", { class: "quote" }, report.message) : null,
            ),
          )),
    );
  }
}
