import { createHash } from "node:crypto";

/**
 * The verification page's styles, inlined so a phone on a weak connection needs one request
 * for the verdict. Mobile first; every text colour meets WCAG AA contrast on its background.
 */
export const VERIFY_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5360; --line: #d5dae1; --paper: #ffffff; --bg: #f3f5f8; --focus: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 34rem; margin: 0 auto; padding: 0 0 2rem; }
section, .card { background: var(--paper); margin: .75rem; padding: 1rem 1.1rem; border-radius: 12px; border: 1px solid var(--line); }
h1 { font-size: 1.6rem; line-height: 1.2; margin: .25rem 0 .5rem; }
h2 { font-size: 1.1rem; margin: 0 0 .6rem; }
a { color: #0b4fb3; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.verdict { color: #fff; border: 0; margin-top: 0; border-radius: 0 0 16px 16px; padding: 1.25rem 1.25rem 1.4rem; }
.verdict p { margin: 0; font-size: 1.05rem; }
.verdict .icon { width: 48px; height: 48px; display: block; }
.verdict--genuine { background: #146c2e; }
.verdict--unverified { background: #7a4100; }
.verdict--recalled { background: #5b1a8c; }
.verdict--suspect { background: #a4161a; }
.product { display: grid; grid-template-columns: 96px 1fr; gap: .9rem; align-items: start; }
.product img, .product .placeholder { width: 96px; height: 96px; border-radius: 10px; object-fit: contain; background: #eef1f5; }
.product .placeholder { display: grid; place-items: center; font-size: 2rem; font-weight: 700; color: var(--muted); }
.product h2 { font-size: 1.2rem; margin: 0; }
.product .brand { margin: 0; color: var(--muted); }
dl { grid-column: 1 / -1; margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .3rem .9rem; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.bad { color: #a4161a; font-weight: 600; }
.good { color: #146c2e; font-weight: 600; }
ul.links { list-style: none; padding: 0; margin: 0; }
ul.links li { padding: .35rem 0; border-top: 1px solid var(--line); }
ul.links li:first-child { border-top: 0; }
label, legend { font-weight: 600; display: block; margin: .6rem 0 .25rem; }
fieldset { border: 0; padding: 0; margin: 0; }
fieldset label { font-weight: 400; display: flex; gap: .5rem; align-items: flex-start; margin: .35rem 0; }
select, textarea, input[type=text], input[type=email] { width: 100%; font: inherit; padding: .55rem .6rem; border: 1px solid #8a94a3; border-radius: 8px; background: #fff; color: var(--ink); }
input[type=radio] { width: 1.2rem; height: 1.2rem; margin-top: .2rem; flex: none; }
button { font: inherit; font-weight: 600; padding: .6rem 1rem; border-radius: 8px; border: 2px solid #1d4ed8; background: #1d4ed8; color: #fff; margin-top: .75rem; cursor: pointer; min-height: 44px; }
button.secondary { background: #fff; color: #1d4ed8; }
.hint { color: var(--muted); font-size: .92rem; margin: .4rem 0 0; }
.notice { padding: .6rem .8rem; border-radius: 8px; background: #e7f4ea; color: #0f4d22; }
.notice--error { background: #fde8e8; color: #8b1113; }
.row { display: flex; gap: .5rem; align-items: end; flex-wrap: wrap; }
.row > :first-child { flex: 1 1 12rem; }
footer { color: var(--muted); font-size: .85rem; text-align: center; padding: 0 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (min-width: 40rem) { body { padding-top: 1rem; } .verdict { border-radius: 16px; } }
`;

/** For the page's Content-Security-Policy: the inline style is allowed by its hash, nothing else inline is. */
export const VERIFY_CSS_HASH = `'sha256-${createHash("sha256").update(VERIFY_CSS).digest("base64")}'`;
