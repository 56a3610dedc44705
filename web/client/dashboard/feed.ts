import type { FeedAnomalyFragment } from "../../../clients/generated/graphql";
import { fill, formatTime, h } from "../shared/dom";

const MAX_ROWS = 200;

/** The live anomaly feed: newest first; each row carries `data-anomaly-kind` (the test hook). */
export class FeedPanel {
  readonly element: HTMLElement;
  private readonly body = h("tbody");
  private readonly note = h("p", { class: "note", role: "status" });
  private readonly shown = new Set<string>();

  constructor(
    private readonly productNames: ReadonlyMap<string, string>,
    private readonly openSerial: (gtin: string, serial: string) => void,
  ) {
    this.element = h(
      "section",
      { class: "panel feed", "aria-labelledby": "feed-h" },
      h("h2", { id: "feed-h" }, "Live anomalies"),
      this.note,
      h(
        "div",
        { class: "scroll" },
        h(
          "table",
          { "aria-describedby": "feed-h" },
          h("thead", {}, h("tr", {}, ["Detected", "Severity", "Kind", "Product", "Unit", "Country", "Hint"].map((title) => h("th", { scope: "col" }, title)))),
          this.body,
        ),
      ),
    );
    this.note.textContent = "New anomalies appear here as they are detected.";
  }

  private row(anomaly: FeedAnomalyFragment, live: boolean): HTMLTableRowElement {
    const product = this.productNames.get(anomaly.gtin) ?? anomaly.gtin;
    return h(
      "tr",
      { "data-anomaly-kind": anomaly.kind, "data-anomaly-id": anomaly.id, "data-severity": anomaly.severity, class: live ? "fresh" : "" },
      h("td", {}, h("time", { datetime: anomaly.detectedAt }, formatTime(anomaly.detectedAt))),
      h("td", {}, h("span", { class: `badge badge--${anomaly.severity.toLowerCase()}` }, anomaly.severity)),
      h("td", { class: "kind" }, anomaly.kind.replace(/_/g, " ")),
      h("td", {}, product),
      h("td", {}, h("button", { type: "button", class: "link", onclick: () => this.openSerial(anomaly.serial.gtin, anomaly.serial.serial), title: "Open the unit's history" }, anomaly.serial.serial)),
      h("td", {}, anomaly.country ?? "–"),
      h("td", { class: "hint", title: anomaly.hint }, anomaly.hint),
    );
  }

  /** The newest anomalies at sign-in, replacing nothing that arrived live meanwhile. */
  load(anomalies: readonly FeedAnomalyFragment[]): void {
    const rows = anomalies.filter((anomaly) => !this.shown.has(anomaly.id)).map((anomaly) => this.row(anomaly, false));
    anomalies.forEach((anomaly) => this.shown.add(anomaly.id));
    this.body.append(...rows);
  }

  /** Adds a live anomaly on top; false when it is already shown. */
  prepend(anomaly: FeedAnomalyFragment): boolean {
    if (this.shown.has(anomaly.id)) {
      return false;
    }
    this.shown.add(anomaly.id);
    this.body.prepend(this.row(anomaly, true));
    while (this.body.rows.length > MAX_ROWS) {
      this.body.lastElementChild?.remove();
    }
    this.note.textContent = `Last live anomaly: ${anomaly.kind.replace(/_/g, " ").toLowerCase()} at ${formatTime(anomaly.detectedAt)}.`;
    return true;
  }

  showError(message: string): void {
    fill(this.note, h("span", { class: "error" }, `Live feed: ${message}`));
  }
}
