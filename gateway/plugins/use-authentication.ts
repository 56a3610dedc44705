import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";
import { PUBLIC_IDENTITY, type Identity } from "../../lib/auth/identity";
import { HubError } from "../../lib/errors/hub-error";
import { authStatus, credentialOf, credentialOfConnectionParams, type Authenticator } from "../auth/authenticator";

/** What the gateway's context holds that this plugin reads: the node request (HTTP), or connectionParams (graphql-ws). */
interface AuthContext {
  req?: object & { socket?: { remoteAddress?: string } };
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

/** HTTP requests whose credential the front door has already judged, so it is not judged twice. */
const judgedByFrontDoor = new WeakMap<object, Identity>();

/** Called by the front door once it has authenticated an HTTP request it passes to the gateway. */
export function rememberIdentity(req: object, identity: Identity): void {
  judgedByFrontDoor.set(req, identity);
}

/** An anonymous caller is known by its network address (no proxy header is trusted: it is the caller's to forge). */
export function publicIdentity(context: { req?: { socket?: { remoteAddress?: string } } }): Identity {
  const address = context.req?.socket?.remoteAddress;
  return address ? { ...PUBLIC_IDENTITY, client: address } : PUBLIC_IDENTITY;
}

async function authenticate(authenticator: Authenticator, context: AuthContext): Promise<Identity> {
  // graphql-ws: the credential is in connectionParams, read at each operation so that a
  // revoked key or an expired token starts nothing new on a socket opened before.
  const credential =
    "connectionParams" in context
      ? credentialOfConnectionParams(context.connectionParams)
      : credentialOf({
        authorization: context.request?.headers.get("authorization") ?? undefined,
        apiKey: context.request?.headers.get("x-api-key") ?? undefined,
      });
  return credential === undefined ? publicIdentity(context) : authenticator.authenticate(credential);
}

function refusal(error: unknown): GraphQLError {
  if (!(error instanceof HubError)) {
    return error as GraphQLError;
  }
  return new GraphQLError(error.message, { extensions: { code: error.code, http: { status: authStatus(error) } } });
}

/**
 * Puts the caller's identity on the context (`context.identity`, read through identityOf) for
 * every operation, from a JWT or an API key, judged by the one Authenticator the front door
 * uses too. No credential is a public caller; a refused one fails the request with the reason.
 */
export function useAuthentication(authenticator: Authenticator): GatewayPlugin {
  return {
    onContextBuilding({ context, extendContext }) {
      const ctx = context as unknown as AuthContext;
      const known = !("connectionParams" in ctx) && ctx.req ? judgedByFrontDoor.get(ctx.req) : undefined;
      if (known) {
        extendContext({ identity: known } as never);
        return;
      }
      return authenticate(authenticator, ctx).then(
        (identity) => extendContext({ identity } as never),
        (error: unknown) => {
          throw refusal(error);
        },
      );
    },
  };
}
