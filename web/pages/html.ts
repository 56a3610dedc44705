/** Text made safe for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Marks already-escaped HTML so the `html` tag does not escape it again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) {
    return "";
  }
  if (part instanceof SafeHtml) {
    return part.value;
  }
  if (Array.isArray(part)) {
    return part.map(render).join("");
  }
  return escapeHtml(part);
}

/** A template tag that escapes every interpolated value unless it is SafeHtml: pages cannot forget to escape. */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, i) => out + text + (i < values.length ? render(values[i]) : ""), ""));
}
