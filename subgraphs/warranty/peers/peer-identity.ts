import type { Identity } from "../../../lib/auth/identity";

/**
 * How warranty asks other subgraphs on a caller's behalf: the caller's tenant and subject
 * (so serials counts a centre's lookups against that centre, not against warranty), with
 * the internal `service` role that no client token can carry.
 */
export const onBehalfOf = (caller: Identity): Identity => ({ tenant: caller.tenant, sub: caller.sub, roles: ["service"] });

/** The base URL of a peer, read at each call: services start in parallel and learn each other's address late. */
export type PeerUrl = () => string;
