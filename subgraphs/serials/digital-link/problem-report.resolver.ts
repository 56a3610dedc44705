import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Role } from "../../../lib/auth/identity";
import { decodeCursor, encodeCursor, PageArgs, validatePageSize } from "../../../lib/federation/relay";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { SerialsContext } from "../context";
import { ProblemReportConnection, ProblemReportReceipt, ReportProblemInput, ScanStatsBucket } from "./problem-report.types";

/** The roles that watch anomalies watch what consumers report and where they scan. */
const WATCHERS: Role[] = ["admin", "integrator", "auditor", "recall_coordinator"];

const DEFAULT_SCAN_WINDOW_MS = 30 * 24 * 3_600_000;

@Resolver()
export class ProblemReportResolver {
  @Mutation(() => ProblemReportReceipt, {
    description: "Reports a problem with a pack (open to anyone, as the verification page is); limited per client and hour.",
  })
  reportProblem(@Arg("input") input: ReportProblemInput, @Ctx() context: SerialsContext): Promise<ProblemReportReceipt> {
    return context.problemReports.report(context.identity, input);
  }

  @Authorized(...WATCHERS)
  @Query(() => ProblemReportConnection, { description: "Problems consumers and inspectors reported about the tenant's units, newest first." })
  async problemReports(
    @Args() { first, after }: PageArgs,
    @Arg("gtin", () => String, { nullable: true }) gtin: string | null,
    @Ctx() context: SerialsContext,
  ): Promise<ProblemReportConnection> {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
    const rows = await context.problemReportStore.page(context.identity.tenant, gtin ? requireGtin(gtin) : null, first + 1, cursor);
    const page = rows.slice(0, first);
    const cursorOf = (row: (typeof rows)[number]) => encodeCursor([row.createdAt.toISOString(), row.id]);
    return {
      edges: page.map((node) => ({ node, cursor: cursorOf(node) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length > 0 ? cursorOf(page[page.length - 1]) : null },
    };
  }

  @Authorized(...WATCHERS)
  @Query(() => [ScanStatsBucket], { description: "Consumer and inspector verification scans by country since a time (default: the last 30 days)." })
  scanStats(@Arg("since", () => Date, { nullable: true }) since: Date | null, @Ctx() context: SerialsContext): Promise<ScanStatsBucket[]> {
    return context.problemReportStore.scansByCountry(context.identity.tenant, since ?? new Date(Date.now() - DEFAULT_SCAN_WINDOW_MS));
  }
}
