import { Client } from "pg";
import { CreateProductDocument, OpenRecallDocument, PreviewRecallDocument, RecallProgressDocument, type RecallScopeInput } from "../../clients/generated/graphql";
import { impactStatement, INDEX_COSTS, type SqlStatement } from "../../subgraphs/serials/recall/recall-impact.repository";
import type { UnitScope } from "../../subgraphs/serials/recall/unit-scope";
import type { Figure } from "../report";
import { fmt, sized, type ScenarioContext } from "../scenario";
import { ALPHA_GTIN, alphaSerial, fillRegistry, lotOf, madeAt, NUMERIC_GTIN, numericSerial, registryOf, type Registry } from "../seed/recall-registry";

const TENANT = "bench-recall";

interface Variant {
  name: string;
  gtin: string;
  scope: RecallScopeInput;
  /** Explicit serials, uploaded as CSV first. */
  csv?: string[];
}

/** Five ways to name the same number of units: a tenth of the registry each. */
function variants(registry: Registry): Variant[] {
  const recalled = Math.floor(registry.size / 10);
  const lotStart = Math.ceil((registry.size * 0.7) / registry.lotSize) * registry.lotSize;
  const windowStart = Math.floor(registry.size * 0.4);
  const listed = Array.from({ length: recalled }, (_, k) => numericSerial(Math.floor(registry.size * 0.05) + 4 * k));
  return [
    { name: "numeric serial range", gtin: NUMERIC_GTIN, scope: { serialRanges: [{ from: numericSerial(0), to: numericSerial(recalled - 1) }] } },
    { name: "alphanumeric serial range", gtin: ALPHA_GTIN, scope: { serialRanges: [{ from: alphaSerial(0), to: alphaSerial(recalled - 1) }] } },
    {
      name: `${recalled / registry.lotSize} lots`,
      gtin: NUMERIC_GTIN,
      scope: { lots: Array.from({ length: recalled / registry.lotSize }, (_, i) => lotOf(registry, lotStart + i * registry.lotSize)) },
    },
    {
      name: "production window",
      gtin: NUMERIC_GTIN,
      scope: { producedFrom: madeAt(registry, windowStart).toISOString(), producedTo: madeAt(registry, windowStart + recalled - 1).toISOString() },
    },
    { name: "explicit list (CSV upload)", gtin: NUMERIC_GTIN, scope: {}, csv: listed },
  ];
}

const seconds = (started: number) => (performance.now() - started) / 1000;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, seconds(started)];
}

const unitScope = (variant: Variant, serialLists: string[] = []): UnitScope => ({
  gtin: variant.gtin,
  serialRanges: variant.scope.serialRanges ?? [],
  lots: variant.scope.lots ?? [],
  producedFrom: variant.scope.producedFrom ? new Date(variant.scope.producedFrom).toISOString() : null,
  producedTo: variant.scope.producedTo ? new Date(variant.scope.producedTo).toISOString() : null,
  serialLists,
});

/** Plans as the service runs the statements: in a transaction with its cost settings. */
async function explain(db: Client, title: string, statement: SqlStatement, analyse: boolean): Promise<void> {
  await db.query("BEGIN");
  await db.query(INDEX_COSTS);
  const { rows } = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (${analyse ? "ANALYZE, BUFFERS, " : ""}COSTS OFF) ${statement.text}`, statement.params);
  await db.query("ROLLBACK");
  console.log(`\n-- plan: ${title}${analyse ? " (EXPLAIN ANALYZE)" : " (EXPLAIN)"}\n${rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
}

/**
 * `npm run bench -- recall [--serials N]` (issue 8): opening recalls over a tenth of an
 * N-serial registry (COPY-filled, with events), five ways: numeric range, alphanumeric range,
 * lots, production window, explicit list uploaded as CSV. For each: preview, open (scope
 * stored, affected count) and progress, through the gateway; then the query plans. `--serials 10000000` is issue 8's run (1,000,000 of 10,000,000).
 */
export async function recall(context: ScenarioContext): Promise<Figure[]> {
  const size = Number(context.options.serials ?? sized(context.mode, { smoke: 20_000, quick: 200_000, default: 1_000_000, full: 10_000_000 }));
  const registry = registryOf(TENANT, size);
  const admin = context.client(TENANT, "admin");
  const coordinator = context.client(TENANT, "recall_coordinator");
  for (const [gtin, name] of [[NUMERIC_GTIN, "Recall pump"], [ALPHA_GTIN, "Recall valve"]]) {
    await admin.request(CreateProductDocument, { input: { gtin, name, brand: "Bench", markets: ["DE"], warrantyMonths: 12 } });
  }
  console.log(`recall: filling a registry of ${fmt(size)} serials with their events`);
  const fillSeconds = await fillRegistry(context.hub.databaseUrl, registry);
  console.log(`recall: registry filled in ${fillSeconds.toFixed(1)} s`);

  const figures: Figure[] = [];
  const scenario = `recall (${fmt(Math.floor(size / 10))} of ${fmt(size)} serials)`;
  const opened: { variant: Variant; id: string; lists: string[] }[] = [];
  for (const variant of variants(registry)) {
    const scope = { ...variant.scope };
    const csv = variant.csv;
    if (csv) {
      const [list, uploadSeconds] = await timed(async () => {
        const response = await fetch(`${context.hub.url}/recalls/serial-lists?gtin=${variant.gtin}`, {
          method: "POST",
          headers: { authorization: `Bearer ${context.token(TENANT, "recall_coordinator")}`, "content-type": "text/csv" },
          body: `serial\n${csv.join("\n")}\n`,
        });
        if (response.status !== 201) {
          throw new Error(`Upload refused (${response.status}): ${await response.text()}`);
        }
        return (await response.json()) as { id: string; count: number };
      });
      figures.push({ scenario, figure: `${variant.name}: upload ${fmt(list.count)} serials`, value: uploadSeconds, unit: "s" });
      scope.serialLists = [list.id];
    }
    const input = { gtin: variant.gtin, scope, reason: `Bench: ${variant.name}.`, instructions: "Return it." };
    const [{ previewRecall }, previewSeconds] = await timed(() => coordinator.request(PreviewRecallDocument, { input }));
    const [{ openRecall }, openSeconds] = await timed(() => coordinator.request(OpenRecallDocument, { input }));
    const [{ recallProgress }, progressSeconds] = await timed(() => coordinator.request(RecallProgressDocument, { id: openRecall.id }));
    const counts = [previewRecall.affectedCount, openRecall.affectedCount, recallProgress.affectedCount];
    if (new Set(counts).size !== 1 || counts[0] !== Math.floor(size / 10)) {
      throw new Error(`${variant.name}: preview, open and progress counted ${counts.join(", ")}, expected ${fmt(Math.floor(size / 10))}`);
    }
    console.log(
      `recall: ${variant.name}: preview ${previewSeconds.toFixed(2)} s, open ${openSeconds.toFixed(2)} s, progress ${progressSeconds.toFixed(2)} s ` +
        `(${fmt(counts[0])} units; in channel ${fmt(recallProgress.inChannel)}, sold ${fmt(recallProgress.sold)}, not yet shipped ${fmt(recallProgress.notYetShipped)})`,
    );
    // The first variant is issue 8's figure: a numeric range of 1,000,000 in 10,000,000.
    const main = opened.length === 0;
    figures.push(
      { scenario, figure: `${variant.name}: preview`, value: previewSeconds, unit: "s" },
      {
        scenario,
        figure: `${variant.name}: open (scope, affected count)`,
        value: openSeconds,
        unit: "s",
        ...(main && size === 10_000_000 ? { goal: { on: "value" as const, op: "<=" as const, target: 3 }, keys: { value: "recall_1m_of_10m_seconds" } } : {}),
      },
      { scenario, figure: `${variant.name}: progress`, value: progressSeconds, unit: "s" },
    );
    opened.push({ variant, id: openRecall.id, lists: (scope.serialLists ?? []).map(String) });
  }

  const db = new Client({ connectionString: context.hub.databaseUrl });
  await db.connect();
  try {
    for (const { variant } of opened.filter(({ variant }) => !variant.csv)) {
      await explain(db, `preview, ${variant.name}`, impactStatement(TENANT, unitScope(variant)), true);
    }
    const listed = opened.find(({ variant }) => variant.csv);
    if (listed) {
      await explain(db, "preview, explicit list (uploaded)", impactStatement(TENANT, unitScope(listed.variant, listed.lists)), true);
      // A list and a range together: the listed serials are taken out of the range's units by an anti-join.
      const union = { ...unitScope(opened[0].variant, listed.lists), gtin: listed.variant.gtin };
      await explain(db, "preview, numeric range and explicit list together", impactStatement(TENANT, union), true);
    }
    await explain(db, `open and progress, ${opened[0].variant.name} (the preview's statement)`, impactStatement(TENANT, unitScope(opened[0].variant)), true);
  } finally {
    await db.end();
  }
  return figures;
}
