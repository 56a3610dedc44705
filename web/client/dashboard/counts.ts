import { h, share } from "../shared/dom";

/** A ranked bar list (anomalies by kind or by product), bumped by live anomalies. */
export class CountsPanel {
  readonly element: HTMLElement;
  private readonly list = h("ol", { class: "bars" });
  private counts = new Map<string, number>();

  constructor(
    title: string,
    private readonly dimension: string,
    private readonly label: (key: string) => string,
  ) {
    const id = `counts-${dimension}`;
    this.element = h("section", { class: "panel", "aria-labelledby": id }, h("h2", { id }, title), this.list);
    this.render();
  }

  set(counts: Map<string, number>): void {
    this.counts = new Map(counts);
    this.render();
  }

  bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.render();
  }

  private render(): void {
    const rows = [...this.counts].filter(([key]) => key !== "").sort((a, b) => b[1] - a[1]).slice(0, 10);
    const max = Math.max(1, ...rows.map(([, count]) => count));
    this.list.replaceChildren(
      ...(rows.length === 0
        ? [h("li", { class: "empty" }, "None yet.")]
        : rows.map(([key, count]) =>
            h(
              "li",
              { [`data-${this.dimension}`]: key, "data-count": count },
              h("span", { class: "label" }, this.label(key)),
              share(h("span", { class: "bar", "aria-hidden": "true" }), count / max),
              h("span", { class: "count" }, count),
            ),
          )),
    );
  }
}
