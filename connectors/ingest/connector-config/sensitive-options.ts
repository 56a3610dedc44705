/** Option names that hold credentials (e.g. the OData password of sap-events): sealed, never shown. */
const SENSITIVE = /password|secret|token|api_?key|credential/i;

export const isSensitiveOption = (name: string): boolean => SENSITIVE.test(name);

/** Splits validated options into what may be shown and what is sealed with the secrets. */
export function splitOptions(options: Record<string, unknown>): { visible: Record<string, unknown>; sealed: Record<string, unknown> } {
  const visible: Record<string, unknown> = {};
  const sealed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    (isSensitiveOption(name) ? sealed : visible)[name] = value;
  }
  return { visible, sealed };
}
