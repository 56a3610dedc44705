import type { Role } from "../../../lib/auth/identity";

/** Open, amend, close and preview recalls, follow their progress and alerts, export affected units. */
export const RECALL_MANAGERS: Role[] = ["admin", "recall_coordinator"];

/** Read recalls in full (scope, reason, counts, history). Service centres only see, on a unit, that it is recalled and what to do. */
export const RECALL_READERS: Role[] = [...RECALL_MANAGERS, "integrator", "auditor"];

/** Who the recalls service is when it asks other services, for the caller's tenant. */
export const serviceIdentity = (tenant: string) => ({ tenant, sub: "service:recalls", roles: ["service"] as Role[] });
