import {
  DashboardFeedDocument,
  DashboardOverviewDocument,
  DashboardProductsDocument,
  DashboardScansDocument,
  type FeedAnomalyFragment,
} from "../../../clients/generated/graphql";
import { hasAny, WATCHER_ROLES, type Claims } from "../shared/claims";
import { h } from "../shared/dom";
import { HubClient } from "../shared/hub-client";
import { CountsPanel } from "./counts";
import { DrillDown } from "./drill-down";
import { FeedPanel } from "./feed";
import { RecallsPanel } from "./recalls";
import { ReportsPanel } from "./reports";
import { WorldMap } from "./world-map";

/** Counts, map and feed cover this window; live anomalies add to it. */
const WINDOW_MS = 30 * 24 * 3_600_000;
/** Scans, recalls and reports are polled; anomalies arrive live. */
const REFRESH_MS = 15_000;

const toMap = (buckets: readonly { key?: string | null; country?: string | null; count: number }[]) =>
  new Map(buckets.map((bucket) => [bucket.key ?? bucket.country ?? "", bucket.count]));

/**
 * The operations dashboard after sign-in. What is shown follows the token's roles: watchers
 * (admin, integrator, auditor, recall coordinator) get anomalies, map and counts; everyone
 * gets recalls and the unit drill-down.
 */
export function startDashboard(token: string, claims: Claims, signOut: () => void): void {
  const status = h("span", { class: "live-status", "data-live": "connecting", role: "status" }, "Connecting…");
  const hub = new HubClient(token, (state) => {
    status.dataset.live = state;
    status.textContent = state === "live" ? "● Live" : state === "connecting" ? "Connecting…" : "Reconnecting…";
  });
  const drill = new DrillDown(hub, claims);
  const watcher = hasAny(claims, WATCHER_ROLES);
  const productNames = new Map<string, string>();
  const map = new WorldMap();
  const feed = new FeedPanel(productNames, (gtin, serial) => void drill.open(gtin, serial));
  const kinds = new CountsPanel("Anomalies by kind", "kind", (key) => key.replace(/_/g, " ").toLowerCase());
  const products = new CountsPanel("Anomalies by product", "product", (key) => productNames.get(key) ?? key);
  const recalls = new RecallsPanel(hub);
  const reports = new ReportsPanel(hub, productNames, (gtin, serial) => void drill.open(gtin, serial));
  const total = h("strong", { "data-total": "0" }, "0");

  const header = h(
    "header",
    { class: "top" },
    h("h1", {}, "serialhub operations"),
    h("span", { class: "who" }, `${claims.tenant} · ${claims.roles.join(", ")}`),
    watcher ? h("span", { class: "total" }, total, " anomalies in 30 days") : null,
    status,
    h("button", { type: "button", class: "secondary", onclick: signOut }, "Sign out"),
  );
  const search = drill.searchForm();
  const panels = watcher
    ? [
        h("section", { class: "panel map-panel", "aria-labelledby": "map-h" }, h("h2", { id: "map-h" }, "Scans and anomalies by country"), map.element),
        h("div", { class: "stack" }, kinds.element, products.element),
        feed.element,
        h("div", { class: "stack" }, recalls.element, reports.element),
      ]
    : [recalls.element];
  document.getElementById("app")?.replaceChildren(h("div", { class: "dashboard" }, header, search, h("div", { class: "grid" }, panels)), drill.element);

  const setTotal = (value: number) => {
    total.textContent = String(value);
    total.dataset.total = String(value);
  };
  const since = () => new Date(Date.now() - WINDOW_MS).toISOString();

  // Anomalies that arrive while the first counts load wait, so none is lost or counted twice.
  let loadedAt: number | null = null;
  const early: FeedAnomalyFragment[] = [];

  async function loadWatcherData(): Promise<void> {
    const names = await hub.execute(DashboardProductsDocument);
    for (const edge of names.data?.products.edges ?? []) {
      productNames.set(edge.node.gtin, edge.node.name);
    }
    const started = Date.now();
    const overview = await hub.execute(DashboardOverviewDocument, { since: since() });
    if (overview.data) {
      feed.load(overview.data.recent.edges.map((edge) => edge.node));
      kinds.set(toMap(overview.data.byKind));
      products.set(toMap(overview.data.byProduct));
      map.setAnomalies(toMap(overview.data.byCountry));
      setTotal(overview.data.byKind.reduce((sum, bucket) => sum + bucket.count, 0));
    }
    loadedAt = started;
    for (const anomaly of early.splice(0)) {
      feed.prepend(anomaly);
      // Detected before the counts were read: they include it already.
      if (Date.parse(anomaly.detectedAt) >= started) {
        count(anomaly);
      }
    }
  }

  async function refreshScans(): Promise<void> {
    const scans = await hub.execute(DashboardScansDocument, { since: since() });
    if (scans.data) {
      map.setScans(toMap(scans.data.scanStats));
    }
  }

  const count = (anomaly: FeedAnomalyFragment) => {
    map.bumpAnomaly(anomaly.country ?? null);
    kinds.bump(anomaly.kind);
    products.bump(anomaly.gtin);
    setTotal(Number(total.dataset.total) + 1);
  };
  const onAnomaly = (anomaly: FeedAnomalyFragment) => {
    if (loadedAt === null) {
      early.push(anomaly);
      return;
    }
    if (feed.prepend(anomaly)) {
      count(anomaly);
    }
  };

  if (watcher) {
    // Subscribed before the first load, so nothing raised in between is missed.
    hub.subscribe(DashboardFeedDocument, {}, (data) => onAnomaly(data.anomalyDetected), (problem) => feed.showError(problem.message));
    void loadWatcherData().then(refreshScans);
    void reports.refresh();
  }
  void recalls.refresh();
  setInterval(() => {
    if (watcher) {
      void refreshScans();
      void reports.refresh();
    }
    void recalls.refresh();
  }, REFRESH_MS);
}
