import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { IngestContext } from "../context";
import type { CounterName } from "../pipeline/metrics";
import { IngestStatus } from "./ingest-status.types";

@Resolver()
export class IngestStatusResolver {
  @Authorized("admin")
  @Query(() => IngestStatus, { description: "What the caller's tenant's connectors received, handed on, rejected, and the lag." })
  async ingestStatus(@Ctx() context: IngestContext): Promise<IngestStatus> {
    const tenant = context.identity.tenant;
    const [stored, awaitingReplay] = await Promise.all([context.inbox.counts(tenant), context.rejected.awaitingReplay(tenant)]);
    const counters = context.metrics.list(tenant);
    const counted = (connector: string, name: CounterName) =>
      counters.filter((counter) => counter.connector === connector && counter.name === name).reduce((sum, counter) => sum + counter.value, 0);
    const names = [...new Set([...stored.map((row) => row.connector), ...counters.map((counter) => counter.connector)])].sort();
    return {
      awaitingReplay,
      connectors: names.map((connector) => {
        const row = stored.find((entry) => entry.connector === connector);
        return {
          connector,
          pending: row?.pending ?? 0,
          delivered: row?.done ?? 0,
          rejectedAfterStore: row?.rejected ?? 0,
          lagSeconds: row?.oldestPendingSeconds ?? 0,
          duplicatesSinceStart: counted(connector, "duplicate"),
          rejectedSinceStart: counted(connector, "rejected"),
          unauthorizedSinceStart: counted(connector, "unauthorized"),
        };
      }),
    };
  }
}
