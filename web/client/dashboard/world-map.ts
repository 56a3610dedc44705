import { h, svg } from "../shared/dom";
import { countryShapes, MAP_HEIGHT, MAP_WIDTH, type CountryShape } from "./geometry";

/** Fill steps for anomaly counts, lightest first: a choropleth readable without the legend's numbers. */
const STEPS = [1, 3, 10, 30, 100];

const level = (count: number) => (count <= 0 ? 0 : STEPS.filter((step) => count >= step).length);

interface Country {
  shape: CountryShape;
  path: SVGPathElement;
  title: SVGTitleElement;
  bubble: SVGCircleElement;
}

/**
 * A choropleth of anomalies with bubbles for consumer scans. Each country's path carries
 * `data-country`, `data-anomalies` and `data-scans`, so the numbers are also in the DOM; a
 * table of the top countries gives the same to screen readers.
 */
export class WorldMap {
  readonly element: HTMLElement;
  private readonly countries = new Map<string, Country>();
  private readonly anomalies = new Map<string, number>();
  private readonly scans = new Map<string, number>();
  private readonly table = h("tbody");
  private readonly unplaced = h("p", { class: "note" });

  constructor() {
    const land = svg("g", { class: "land" });
    const bubbles = svg("g", { class: "bubbles", "aria-hidden": "true" });
    for (const shape of countryShapes()) {
      const title = svg("title", {}, shape.name);
      const path = svg("path", { d: shape.path, "data-country": shape.code ?? "", "data-anomalies": 0, "data-scans": 0, "data-level": 0 }, title);
      land.append(path);
      if (shape.code) {
        const bubble = svg("circle", { cx: shape.x.toFixed(1), cy: shape.y.toFixed(1), r: 0, class: "scan-bubble" });
        bubbles.append(bubble);
        this.countries.set(shape.code, { shape, path, title, bubble });
      }
    }
    const legend = h(
      "ul",
      { class: "legend" },
      h("li", {}, h("span", { class: "swatch", "data-level": 0 }), "no anomaly"),
      STEPS.map((step, i) => h("li", {}, h("span", { class: "swatch", "data-level": i + 1 }), `${step}+`)),
      h("li", {}, h("span", { class: "swatch bubble" }), "consumer scans"),
    );
    const map = svg("svg", { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: "img", "aria-label": "World map of anomalies and scans by country", class: "world" }, land, bubbles);
    this.element = h(
      "div",
      { class: "map" },
      map,
      legend,
      this.unplaced,
      h("table", { class: "top-countries" }, h("caption", {}, "Top countries"), h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Country"), h("th", { scope: "col" }, "Anomalies"), h("th", { scope: "col" }, "Scans"))), this.table),
    );
  }

  setAnomalies(counts: Map<string, number>): void {
    this.anomalies.clear();
    counts.forEach((count, code) => this.anomalies.set(code, count));
    this.render();
  }

  setScans(counts: Map<string, number>): void {
    this.scans.clear();
    counts.forEach((count, code) => this.scans.set(code, count));
    this.render();
  }

  bumpAnomaly(code: string | null): void {
    const key = code ?? "";
    this.anomalies.set(key, (this.anomalies.get(key) ?? 0) + 1);
    this.render();
  }

  private render(): void {
    const maxScans = Math.max(1, ...this.scans.values());
    for (const [code, country] of this.countries) {
      const anomalies = this.anomalies.get(code) ?? 0;
      const scans = this.scans.get(code) ?? 0;
      country.path.dataset.anomalies = String(anomalies);
      country.path.dataset.scans = String(scans);
      country.path.dataset.level = String(level(anomalies));
      country.title.textContent = `${country.shape.name}: ${anomalies} anomalies, ${scans} scans`;
      country.bubble.setAttribute("r", scans > 0 ? (3 + 12 * Math.sqrt(scans / maxScans)).toFixed(1) : "0");
    }
    const unknown = this.anomalies.get("") ?? 0;
    this.unplaced.textContent = unknown > 0 ? `${unknown} anomalies without a country.` : "";
    const codes = new Set([...this.anomalies.keys(), ...this.scans.keys()].filter((code) => code !== ""));
    const top = [...codes]
      .map((code) => ({ code, anomalies: this.anomalies.get(code) ?? 0, scans: this.scans.get(code) ?? 0 }))
      .sort((a, b) => b.anomalies - a.anomalies || b.scans - a.scans)
      .slice(0, 8);
    this.table.replaceChildren(
      ...top.map((row) =>
        h("tr", { "data-top-country": row.code }, h("td", {}, this.countries.get(row.code)?.shape.name ?? row.code), h("td", {}, row.anomalies), h("td", {}, row.scans)),
      ),
    );
  }
}
