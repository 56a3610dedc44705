import "reflect-metadata";
import { startBenchHub, type BenchHub } from "./bench-hub";
import { alerts } from "./scenarios/alerts";
import { generation } from "./scenarios/generation";
import { ingest } from "./scenarios/ingest";

export interface BenchResult {
  scenario: string;
  variant: string;
  seconds: number;
  rate: number;
  unit: string;
}

const SCENARIOS: Record<string, (bench: BenchHub) => Promise<BenchResult[]>> = { generation, ingest, alerts };

function table(results: BenchResult[]): string {
  const rows = results.map((r) => [r.scenario, r.variant, r.seconds.toFixed(1), `${Math.round(r.rate).toLocaleString("en")} ${r.unit}`]);
  const header = ["scenario", "variant", "seconds", "rate"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** `npm run bench [-- scenario…]`: runs the named scenarios (all by default) on a fresh hub each. */
async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const chosen = names.length > 0 ? names : Object.keys(SCENARIOS);
  const results: BenchResult[] = [];
  for (const name of chosen) {
    const scenario = SCENARIOS[name];
    if (!scenario) {
      throw new Error(`Unknown scenario "${name}". Known: ${Object.keys(SCENARIOS).join(", ")}.`);
    }
    const bench = await startBenchHub();
    try {
      results.push(...(await scenario(bench)));
    } finally {
      await bench.stop();
    }
  }
  console.log(table(results));
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
