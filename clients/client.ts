import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface HubClientOptions {
  /** The front door, e.g. http://127.0.0.1:4000 */
  url: string;
  /** A JWT from `npm run token`; without one the caller is public. */
  token?: string;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Thrown by `request` when the response has errors; the errors keep their `extensions.code`. */
export class HubClientError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((error) => `${String(error.extensions?.code ?? "ERROR")}: ${error.message}`).join("; "));
    this.name = "HubClientError";
  }

  get codes(): string[] {
    return this.errors.map((error) => String(error.extensions?.code));
  }
}

/**
 * A small typed client over the generated documents (clients/generated): HTTP for queries
 * and mutations, graphql-ws for subscriptions, with the token in both.
 */
export class HubClient {
  private ws: Client | undefined;

  constructor(private readonly options: HubClientOptions) {}

  /** The whole response, errors included. */
  async execute<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.options.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** The data, or a HubClientError. */
  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    const result = await this.execute(document, variables);
    if (result.errors?.length || !result.data) {
      throw new HubClientError(result.errors ?? [{ message: "No data in the response" }]);
    }
    return result.data;
  }

  /** Events of a subscription as an async iterator; `return()` ends the subscription. */
  subscribe<T, V>(document: TypedDocumentNode<T, V>, variables?: V): AsyncIterableIterator<GraphQLResponse<T>> {
    this.ws ??= createClient({
      url: `${this.options.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: this.options.token ? { authorization: `Bearer ${this.options.token}` } : {},
    });
    return this.ws.iterate({ query: print(document), variables: variables as Record<string, unknown> }) as AsyncIterableIterator<
      GraphQLResponse<T>
    >;
  }

  async close(): Promise<void> {
    await this.ws?.dispose();
    this.ws = undefined;
  }
}
