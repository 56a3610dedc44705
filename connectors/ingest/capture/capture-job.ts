import type { InboxRow } from "../inbox/inbox.repository";

/** The GS1 REST binding's capture job: running until handed on, then success or its errors. */
export function captureJob(row: InboxRow): Record<string, unknown> {
  const running = row.status === "pending";
  return {
    captureID: row.id,
    createdAt: row.receivedAt.toISOString(),
    ...(row.doneAt ? { finishedAt: row.doneAt.toISOString() } : {}),
    running,
    success: row.status === "done",
    captureErrorBehaviour: "rollback",
    errors:
      row.status === "rejected" || (running && row.lastError)
        ? [{ type: running ? "epcisException:ImplementationException" : "epcisException:ValidationException", title: row.lastError, status: running ? 503 : 400 }]
        : [],
    ...(row.outcome ? { outcome: row.outcome } : {}),
    attempts: row.attempts,
  };
}
