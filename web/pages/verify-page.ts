import { html, SafeHtml } from "./html";
import { VERIFY_CSS } from "./verify-style";
import { PROBLEM_KINDS, PROBLEM_LABELS, type ConsumerVerdict, type VerifyPageModel } from "./verify-model";

const HEADLINES: Record<ConsumerVerdict, string> = {
  genuine: "Genuine product",
  unverified: "We could not verify this product",
  recalled: "This product has been recalled",
  suspect: "Warning: this may be counterfeit",
};

const ADVICE: Record<ConsumerVerdict, string | null> = {
  genuine: null,
  unverified: "Check that you scanned the code on the original pack. If you did, do not use the product and tell us below.",
  recalled: null,
  suspect: "Keep the pack, do not use the product, and tell us below where you got it.",
};

/** Shapes only, no text: the headline carries the meaning, so colour is never the only signal. */
const ICONS: Record<ConsumerVerdict, string> = {
  genuine: '<circle cx="24" cy="24" r="22" fill="none" stroke="#fff" stroke-width="3"/><path d="M14 25l7 7 13-15" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>',
  unverified: '<circle cx="24" cy="24" r="22" fill="none" stroke="#fff" stroke-width="3"/><path d="M18 18a6 6 0 1 1 8 5.6c-1.5.6-2 1.6-2 3.4" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round"/><circle cx="24" cy="34" r="2.5" fill="#fff"/>',
  recalled: '<path d="M24 3L45 42H3z" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/><path d="M24 17v12" stroke="#fff" stroke-width="4" stroke-linecap="round"/><circle cx="24" cy="35" r="2.5" fill="#fff"/>',
  suspect: '<path d="M16 3h16l13 13v16L32 45H16L3 32V16z" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round"/><path d="M16 16l16 16M32 16L16 32" stroke="#fff" stroke-width="4" stroke-linecap="round"/>',
};

const SIGNATURE_TEXT = {
  VALID: html`<span class="good">Valid</span>`,
  INVALID: html`<span class="bad">Not valid: this code was not made by the brand</span>`,
  ABSENT: html`None on this code`,
};

const formatDate = (iso: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");

function page(title: string, body: SafeHtml, options: { script?: boolean } = {}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${new SafeHtml(VERIFY_CSS)}</style>
${options.script ? html`<script type="module" src="/assets/verify.js"></script>` : ""}
</head>
<body>
${body}
</body>
</html>`.value;
}

function productCard(model: VerifyPageModel): SafeHtml {
  const name = model.product?.name ?? "Unknown product";
  const picture = model.product?.image
    ? html`<img src="${model.product.image}" alt="${name}" width="96" height="96">`
    : html`<div class="placeholder" aria-hidden="true">${model.product ? initials(name) : "?"}</div>`;
  return html`<section class="product" aria-labelledby="product-name">
  ${picture}
  <div><h2 id="product-name">${name}</h2>${model.product?.brand ? html`<p class="brand">by ${model.product.brand}</p>` : ""}
  ${model.product && (model.verdict === "unverified" || model.verdict === "suspect") ? html`<p class="hint">This is what the code claims to be; it could not be confirmed.</p>` : ""}</div>
  <dl>
    ${model.serial ? html`<dt>Serial number</dt><dd data-field="serial">${model.serial}</dd>` : ""}
    ${model.lot ? html`<dt>Lot</dt><dd data-field="lot">${model.lot}</dd>` : ""}
    ${model.expiry ? html`<dt>Use by</dt><dd data-field="expiry">${formatDate(model.expiry)}${model.expired ? html` <span class="bad">(expired)</span>` : ""}</dd>` : ""}
    ${model.signature ? html`<dt>Security signature</dt><dd data-field="signature" data-signature="${model.signature}">${SIGNATURE_TEXT[model.signature]}</dd>` : ""}
    ${model.gtin ? html`<dt>GTIN</dt><dd>${model.gtin}</dd>` : ""}
  </dl>
</section>`;
}

function linksCard(model: VerifyPageModel): SafeHtml | "" {
  if (model.links.length === 0) {
    return "";
  }
  return html`<section aria-labelledby="links-h"><h2 id="links-h">More about this product</h2>
  <ul class="links">${model.links.map((link) => html`<li><a href="${link.href}" rel="noopener noreferrer"${link.lang ? html` hreflang="${link.lang}"` : ""}>${link.title}</a></li>`)}</ul>
</section>`;
}

function whereCard(model: VerifyPageModel): SafeHtml {
  const source = model.countrySource === "language" ? "Taken from your browser's language; change it if it is wrong." : model.countrySource === "choice" ? "As you chose." : "Tell us, to help the brand see where fakes are sold.";
  return html`<section aria-labelledby="where-h"><h2 id="where-h">Where you are</h2>
  <form method="get" action="${model.pagePath.split("?")[0]}" class="row">
    ${model.keptParameters.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
    <div><label for="country">Country</label>
    <select id="country" name="country" aria-describedby="country-hint">
      <option value="">Not given</option>
      ${model.countries.map(([code, name]) => html`<option value="${code}"${code === model.country ? html` selected` : ""}>${name}</option>`)}
    </select></div>
    <button type="submit" class="secondary">Update</button>
  </form>
  <p class="hint" id="country-hint">${source}</p>
  <div id="locate-box" hidden>
    <button type="button" id="locate" class="secondary">Share my precise location</button>
    <p class="hint">Only if you agree: your browser asks you first, and the position is kept with this check only.</p>
    <p id="locate-status" role="status" aria-live="polite"></p>
  </div>
</section>`;
}

function reportCard(model: VerifyPageModel): SafeHtml {
  return html`<section aria-labelledby="report-h" id="report"><h2 id="report-h">Report a problem</h2>
  <form method="post" action="${model.pagePath}" id="report-form">
    <input type="hidden" name="scan" value="${model.scanId ?? ""}">
    <input type="hidden" name="country" value="${model.country ?? ""}">
    <fieldset><legend>What is wrong?</legend>
      ${PROBLEM_KINDS.map((kind, i) => html`<label><input type="radio" name="kind" value="${kind}"${i === 0 ? html` required` : ""}> ${PROBLEM_LABELS[kind]}</label>`)}
    </fieldset>
    <label for="report-message">Details (optional)</label>
    <textarea id="report-message" name="message" rows="3" maxlength="2000"></textarea>
    <label for="report-contact">Email or phone, if we may contact you (optional)</label>
    <input type="text" id="report-contact" name="contact" maxlength="200" autocomplete="email">
    <button type="submit">Send report</button>
    <p id="report-status" role="status" aria-live="polite"></p>
  </form>
</section>`;
}

/** The verification page: the verdict is in the HTML itself, so it needs no JavaScript. */
export function renderVerifyPage(model: VerifyPageModel): string {
  const advice = ADVICE[model.verdict];
  const body = html`<main id="main" data-code="${model.code}" data-scan="${model.scanId ?? ""}" data-session="${model.session}" data-country="${model.country ?? ""}">
<section class="verdict verdict--${model.verdict}" data-verdict="${model.verdict}" role="status" aria-labelledby="verdict-h">
  <svg class="icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${new SafeHtml(ICONS[model.verdict])}</svg>
  <h1 id="verdict-h">${HEADLINES[model.verdict]}</h1>
  <p>${model.message}</p>
  ${advice ? html`<p>${advice}</p>` : ""}
</section>
${productCard(model)}
${linksCard(model)}
${whereCard(model)}
${reportCard(model)}
<footer>Checked ${model.checkedAt.toISOString().replace("T", " ").slice(0, 16)} UTC by serialhub.</footer>
</main>`;
  return page(`${HEADLINES[model.verdict]} – product check`, body, { script: true });
}

/** The answer to a report posted without JavaScript. */
export function renderReportAnswer(pagePath: string, outcome: { received: true } | { error: string }): string {
  const body = html`<main id="main"><section aria-labelledby="report-h">
  <h1 id="report-h">${"received" in outcome ? "Thank you: your report was sent" : "Your report was not sent"}</h1>
  <p class="notice${"received" in outcome ? "" : " notice--error"}" role="status">${"received" in outcome ? "The brand's team will look at it. Keep the pack until then." : outcome.error}</p>
  <p><a href="${pagePath}">Back to the product check</a></p>
</section></main>`;
  return page("Report a problem – product check", body);
}

/** A link that is not a valid GS1 code at all. */
export function renderBadCodePage(reason: string): string {
  const body = html`<main id="main"><section class="verdict verdict--unverified" data-verdict="unverified" role="status" aria-labelledby="verdict-h">
  <h1 id="verdict-h">${HEADLINES.unverified}</h1><p>This is not a valid product code: ${reason}</p>
</section></main>`;
  return page("Not a valid code – product check", body);
}

/** Too many checks from one network in a short time (the front door's rate limit). */
export function renderTooManyChecksPage(retryAfterSeconds: number): string {
  const body = html`<main id="main"><section class="verdict verdict--unverified" data-verdict="busy" role="status" aria-labelledby="verdict-h">
  <h1 id="verdict-h">Too many checks from your network</h1><p>Please try again in ${retryAfterSeconds} seconds. This says nothing about the product.</p>
</section></main>`;
  return page("Try again shortly – product check", body);
}
