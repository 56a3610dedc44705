import { DashboardLocationsDocument, SerialDrillDownDocument, SerialLedgerProofDocument, type SerialDrillDownQuery } from "../../../clients/generated/graphql";
import { hasAny, PROOF_ROLES, type Claims } from "../shared/claims";
import { fill, formatTime, h } from "../shared/dom";
import type { HubClient } from "../shared/hub-client";
import { custodyChain, stepName } from "./custody";
import { checkProof, type Proof } from "./ledger-proof";
import { canonicalLocation } from "./location-id";

type Unit = NonNullable<SerialDrillDownQuery["serial"]>;
type UnitEvent = Unit["events"]["edges"][number]["node"];

/** A pasted Digital Link or element string gives both parts at once. */
function splitCode(text: string): { gtin: string; serial: string } | null {
  const link = /\/01\/(\d{14})(?:\/10\/[^/?#]+)?\/21\/([^/?#]+)/.exec(text);
  if (link) {
    return { gtin: link[1], serial: decodeURIComponent(link[2]) };
  }
  const bracketed = /\(01\)(\d{14}).*?\(21\)([^(]+)/.exec(text);
  return bracketed ? { gtin: bracketed[1], serial: bracketed[2] } : null;
}

const placeName = (names: Map<string, string>, place: string) => names.get(canonicalLocation(place)) ?? place;

/** A unit's story: history timeline, chain of custody, components and its ledger proofs checked here. */
export class DrillDown {
  readonly element: HTMLDialogElement;
  private readonly content = h("div", { class: "drill-content" });
  private locationNames: Map<string, string> | undefined;

  constructor(
    private readonly hub: HubClient,
    private readonly claims: Claims,
  ) {
    this.element = h(
      "dialog",
      { class: "drill", "aria-labelledby": "drill-h" },
      h("form", { method: "dialog", class: "close" }, h("button", { type: "submit", class: "secondary", "aria-label": "Close" }, "Close")),
      this.content,
    );
  }

  searchForm(): HTMLFormElement {
    const gtin = h("input", { name: "gtin", id: "find-gtin", placeholder: "GTIN, or paste a Digital Link", required: true, size: 30 });
    const serial = h("input", { name: "serial", id: "find-serial", placeholder: "Serial" });
    const form = h(
      "form",
      { class: "find", role: "search" },
      h("label", { for: "find-gtin" }, "Look up a unit"),
      gtin,
      h("label", { for: "find-serial", class: "visually-hidden" }, "Serial"),
      serial,
      h("button", { type: "submit" }, "Open"),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const both = splitCode(gtin.value);
      void this.open(both?.gtin ?? gtin.value.trim(), both?.serial ?? serial.value.trim());
    });
    return form;
  }

  async open(gtin: string, serial: string): Promise<void> {
    fill(this.content, h("p", { role: "status" }, `Loading ${serial}…`));
    if (!this.element.open) {
      this.element.showModal();
    }
    const [unitResult, proofs, names] = await Promise.all([
      this.hub.execute(SerialDrillDownDocument, { gtin, serial }),
      hasAny(this.claims, PROOF_ROLES) ? this.hub.execute(SerialLedgerProofDocument, { gtin, serial }) : Promise.resolve(null),
      this.names(),
    ]);
    const unit = unitResult.data?.serial;
    if (!unit) {
      fill(this.content, h("h2", { id: "drill-h" }, `${gtin} ${serial}`), h("p", {}, unitResult.errors[0]?.message ?? "The hub has never seen this unit."));
      return;
    }
    const events = unit.events.edges.map((edge) => edge.node);
    const proofList = (proofs?.data?.serial?.proof ?? []) as Proof[];
    fill(
      this.content,
      h("h2", { id: "drill-h" }, `${unit.product?.name ?? unit.gtin} · ${unit.serial}`),
      h(
        "dl",
        { class: "facts" },
        [
          ["Status", unit.status],
          ["Lot", unit.lot ?? "–"],
          ["Expiry", unit.expiry ?? "–"],
          ["Last country", unit.lastCountry ?? "–"],
          ["Packed in", unit.parentId ?? "–"],
          ["Digital Link", unit.digitalLink],
        ].flatMap(([term, value]) => [h("dt", {}, term), h("dd", { "data-fact": term }, value)]),
      ),
      this.timeline(events, names, proofList),
      this.custody(events, names),
      this.components(unit),
      proofs ? this.ledgerSummary(proofList, events) : null,
    );
  }

  private async names(): Promise<Map<string, string>> {
    if (!this.locationNames) {
      const result = await this.hub.execute(DashboardLocationsDocument);
      this.locationNames = new Map((result.data?.locations.edges ?? []).map((edge) => [edge.node.id, edge.node.name]));
    }
    return this.locationNames;
  }

  private timeline(events: UnitEvent[], names: Map<string, string>, proofs: Proof[]): HTMLElement {
    const proven = new Set(proofs.map((proof) => proof.eventId));
    return h(
      "section",
      { "aria-labelledby": "timeline-h" },
      h("h3", { id: "timeline-h" }, `History (${events.length} events)`),
      h(
        "ol",
        { class: "timeline" },
        events.map((event) =>
          h(
            "li",
            { "data-biz-step": stepName(event.bizStep), class: event.retractedAt ? "retracted" : "" },
            h("time", { datetime: event.eventTime }, formatTime(event.eventTime)),
            h("strong", {}, ` ${stepName(event.bizStep)}`),
            event.disposition ? ` · ${stepName(event.disposition)}` : "",
            event.bizLocation || event.readPoint ? ` · ${placeName(names, event.bizLocation ?? event.readPoint ?? "")}` : "",
            event.country ? ` · ${event.country}` : "",
            event.retractedAt ? " · retracted" : "",
            proven.has(event.eventId) ? h("span", { class: "proof", "data-proof": event.eventId }, " · ledger: checking…") : null,
          ),
        ),
      ),
    );
  }

  private custody(events: UnitEvent[], names: Map<string, string>): HTMLElement {
    const chain = custodyChain(events);
    return h(
      "section",
      { "aria-labelledby": "custody-h" },
      h("h3", { id: "custody-h" }, "Chain of custody"),
      chain.length === 0
        ? h("p", { class: "note" }, "No located event yet.")
        : h(
            "ol",
            { class: "custody" },
            chain.map((link) =>
              h("li", {}, h("strong", {}, placeName(names, link.place)), link.country ? ` (${link.country})` : "", h("span", { class: "note" }, ` ${formatTime(link.from)} – ${formatTime(link.to)}: ${link.steps.join(", ")}`)),
            ),
          ),
    );
  }

  private components(unit: Unit): HTMLElement {
    const parts = unit.components.map((link) =>
      h("li", {}, h("button", { type: "button", class: "link", onclick: () => void this.open(link.component.gtin, link.component.serial) }, `${link.component.gtin} ${link.component.serial}`), ` · ${link.component.status} · installed ${formatTime(link.installedAt)}`),
    );
    const parent = unit.installedIn
      ? h("p", {}, "Installed in ", h("button", { type: "button", class: "link", onclick: () => void this.open(unit.installedIn!.parent.gtin, unit.installedIn!.parent.serial) }, unit.installedIn.parent.serial), ` since ${formatTime(unit.installedIn.installedAt)}`)
      : null;
    return h("section", { "aria-labelledby": "components-h" }, h("h3", { id: "components-h" }, "Components"), parts.length > 0 ? h("ul", {}, parts) : h("p", { class: "note" }, "No serialised part recorded."), parent);
  }

  /** Proofs are checked after rendering; each event's line then says whether it holds. */
  private ledgerSummary(proofs: Proof[], events: UnitEvent[]): HTMLElement {
    const summary = h("p", { role: "status", "data-ledger": "checking" }, proofs.length === 0 ? "No event of this unit is in the ledger yet." : `Checking ${proofs.length} inclusion proofs in your browser…`);
    const bodies = new Map(events.map((event) => [event.eventId, event.body]));
    void Promise.all(proofs.map(async (proof) => ({ proof, check: await checkProof(proof, bodies.get(proof.eventId)) }))).then((results) => {
      let good = 0;
      for (const { proof, check } of results) {
        const ok = check.rootMatches && check.leafMatches !== false;
        good += ok ? 1 : 0;
        const mark = this.content.querySelector(`[data-proof="${CSS.escape(proof.eventId)}"]`);
        if (mark) {
          mark.textContent = ok ? ` · ledger batch #${proof.batchSeq} ✓` : " · ledger proof FAILS";
          mark.className = ok ? "proof good" : "proof bad";
        }
      }
      summary.dataset.ledger = good === results.length ? "ok" : "bad";
      if (results.length > 0) {
        summary.textContent = `${good} of ${results.length} events proven in the tamper-evident ledger (checked here, with SHA-256).`;
      }
    });
    return h("section", { "aria-labelledby": "ledger-h" }, h("h3", { id: "ledger-h" }, "Ledger proof"), summary);
  }
}
