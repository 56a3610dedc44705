import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export class HubError extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((error) => error.message).join("; "));
  }

  get codes(): string[] {
    return this.errors.map((error) => error.extensions?.code ?? "ERROR");
  }
}

export interface Result<T> {
  data: T | null;
  errors: GraphQLError[];
}

/**
 * The browser's side of the hub API: the generated documents (clients/generated) over
 * HTTP, and over graphql-ws for subscriptions, with the token in both, to this same origin.
 */
export class HubClient {
  private ws: Client | undefined;

  constructor(
    private readonly token: string | null,
    private readonly onConnection?: (state: "live" | "connecting" | "closed") => void,
  ) {}

  /** Data and errors both: a query of several root fields may be partly allowed for a role. */
  async execute<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<Result<T>> {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as { data?: T; errors?: GraphQLError[] };
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    const result = await this.execute(document, variables);
    if (result.errors.length > 0 || !result.data) {
      throw new HubError(result.errors.length > 0 ? result.errors : [{ message: "No data" }]);
    }
    return result.data;
  }

  /** Calls `next` for each event; returns the unsubscribe function. Reconnects on its own. */
  subscribe<T, V>(document: TypedDocumentNode<T, V>, variables: V, next: (data: T) => void, error: (problem: Error) => void): () => void {
    this.ws ??= createClient({
      url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
      connectionParams: this.token ? { authorization: `Bearer ${this.token}` } : {},
      lazy: false,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connecting: () => this.onConnection?.("connecting"),
        connected: () => this.onConnection?.("live"),
        closed: () => this.onConnection?.("closed"),
      },
    });
    return this.ws.subscribe<T>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors?.length) {
            error(new HubError(result.errors as GraphQLError[]));
          } else if (result.data) {
            next(result.data as T);
          }
        },
        error: (problem) => error(problem instanceof Error ? problem : new Error("The live feed closed.")),
        complete: () => undefined,
      },
    );
  }

  async close(): Promise<void> {
    await this.ws?.dispose();
    this.ws = undefined;
  }
}
