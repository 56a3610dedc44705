import { DashboardRecallProgressDocument, DashboardRecallsDocument, type DashboardRecallProgressQuery } from "../../../clients/generated/graphql";
import { h, share } from "../shared/dom";
import type { HubClient } from "../shared/hub-client";

type Progress = DashboardRecallProgressQuery["recallProgress"];

/** Stacked segments, contained first: units that cannot reach a patient or customer any more. */
const SEGMENTS: { key: keyof Progress; label: string; contained: boolean }[] = [
  { key: "notYetShipped", label: "not yet shipped", contained: true },
  { key: "returned", label: "returned", contained: true },
  { key: "destroyed", label: "destroyed", contained: true },
  { key: "inChannel", label: "in the supply chain", contained: false },
  { key: "sold", label: "sold", contained: false },
  { key: "unknown", label: "unknown", contained: false },
];

function progressBar(progress: Progress): HTMLElement {
  const total = Math.max(1, progress.affectedCount);
  const contained = SEGMENTS.filter((segment) => segment.contained).reduce((sum, segment) => sum + Number(progress[segment.key]), 0);
  const percent = Math.round((100 * contained) / total);
  return h(
    "div",
    { class: "recall-progress" },
    h(
      "div",
      { class: "stacked", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": percent, "aria-label": "Units contained" },
      SEGMENTS.map((segment) => share(h("span", { class: `segment segment--${segment.key}`, title: `${progress[segment.key]} ${segment.label}` }), Number(progress[segment.key]) / total)),
    ),
    h("p", { class: "note" }, `${percent}% contained: ${contained} of ${progress.affectedCount} units; ${progress.inChannel} in the supply chain, ${progress.sold} sold.`),
  );
}

/** Open recalls with their progress; recalls are polled (they change by the minute, not the millisecond). */
export class RecallsPanel {
  readonly element: HTMLElement;
  private readonly list = h("ul", { class: "recalls" });

  constructor(private readonly hub: HubClient) {
    this.element = h("section", { class: "panel", "aria-labelledby": "recalls-h" }, h("h2", { id: "recalls-h" }, "Open recalls"), this.list);
  }

  async refresh(): Promise<void> {
    const result = await this.hub.execute(DashboardRecallsDocument);
    if (!result.data) {
      this.list.replaceChildren(h("li", { class: "empty" }, result.errors[0]?.message ?? "Recalls are unavailable."));
      return;
    }
    const recalls = result.data.recalls.edges.map((edge) => edge.node);
    if (recalls.length === 0) {
      this.list.replaceChildren(h("li", { class: "empty" }, "No open recall."));
      return;
    }
    const items = await Promise.all(
      recalls.map(async (recall) => {
        const progress = await this.hub.execute(DashboardRecallProgressDocument, { id: recall.id });
        return h(
          "li",
          { "data-recall-id": recall.id },
          h("strong", {}, recall.title),
          h("span", { class: "note" }, ` · GTIN ${recall.gtin} · opened ${new Date(recall.openedAt).toLocaleDateString()}`),
          progress.data ? progressBar(progress.data.recallProgress) : h("p", { class: "note" }, "Progress is unavailable right now."),
        );
      }),
    );
    this.list.replaceChildren(...items);
  }
}
