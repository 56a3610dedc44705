import type { Connector } from "./connector";

/** Connectors by the id that names them in /webhooks/{tenant}/{connector}. */
export class ConnectorRegistry {
  private readonly byId = new Map<string, Connector<never>>();

  constructor(connectors: readonly Connector<never>[]) {
    for (const connector of connectors) {
      if (this.byId.has(connector.id)) {
        throw new Error(`Two connectors claim the id "${connector.id}".`);
      }
      this.byId.set(connector.id, connector);
    }
  }

  get(id: string): Connector<never> | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }
}
