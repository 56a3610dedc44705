import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

/** A target from issue 6, on a figure's value or on its ratio to the baseline. */
export interface Goal {
  on: "value" | "ratio";
  op: ">=" | "<=" | "<";
  target: number;
}

/** One row of the table: a measured value, what it is compared with, and the target. */
export interface Figure {
  scenario: string;
  figure: string;
  /** null when the figure could not be measured; `reason` says why. */
  value: number | null;
  unit: string;
  /** The same measure of the baseline, in the same run on the same machine. */
  baseline?: number | null;
  baselineUnit?: string;
  /** value / baseline, unless the scenario says otherwise (then `figure` names it). */
  ratio?: number | null;
  goal?: Goal;
  /** Keys of `latest.json` that carry this row's numbers. */
  keys?: { value?: string; baseline?: string; ratio?: string };
  reason?: string;
}

/** The row shape scenarios returned before the table had baselines and goals (still accepted). */
export interface BenchResult {
  scenario: string;
  variant: string;
  seconds: number;
  rate: number;
  unit: string;
  /** When set, `rate` (or `seconds` for a unit of "s") goes to latest.json under this key. */
  key?: string;
}

export const isLegacy = (row: Figure | BenchResult): row is BenchResult => "variant" in row && "rate" in row;

/** Issue 6's targets for figures that scenarios report by key alone. */
const KEY_GOALS: Record<string, Goal> = {
  alert_p99_ms: { on: "value", op: "<=", target: 100 },
  recall_1m_of_10m_seconds: { on: "value", op: "<=", target: 3 },
};

export function fromLegacy(row: BenchResult): Figure {
  const bySeconds = row.unit === "s";
  return {
    scenario: row.scenario,
    figure: bySeconds ? row.variant : `${row.variant} (${row.seconds.toFixed(1)} s)`,
    value: bySeconds ? row.seconds : row.rate,
    unit: row.unit,
    goal: row.key ? KEY_GOALS[row.key] : undefined,
    keys: row.key ? { value: row.key } : undefined,
  };
}

/** Every key issue 6 asks of latest.json, with the option that produces it. */
export const RESULT_KEYS: Record<string, string> = {
  gateway_vs_direct: "gateway",
  gateway_rps: "gateway",
  direct_rps: "gateway",
  verify_vs_bare: "verify",
  ingest_vs_copy: "ingest",
  ingest_events_per_s: "ingest",
  copy_rows_per_s: "ingest",
  erp_doc_10k_seconds: "ingest",
  alert_p50_ms: "alerts",
  alert_p99_ms: "alerts",
  hub_rss_mb: "every scenario",
  recall_1m_of_10m_seconds: "recall",
  verify_10m_vs_100k: "scale",
};

export function goalMet(figure: Figure): boolean | undefined {
  const { goal } = figure;
  const measured = goal?.on === "ratio" ? figure.ratio : figure.value;
  if (!goal || measured == null || Number.isNaN(measured)) {
    return undefined;
  }
  return goal.op === ">=" ? measured >= goal.target : goal.op === "<=" ? measured <= goal.target : measured < goal.target;
}

const OPS = { ">=": "≥", "<=": "≤", "<": "<" };

function number(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function cells(figure: Figure): string[] {
  const met = goalMet(figure);
  const goal = figure.goal
    ? `${figure.goal.on === "ratio" ? "ratio " : ""}${OPS[figure.goal.op]} ${number(figure.goal.target)}${figure.goal.on === "value" ? ` ${figure.unit}` : ""}` +
      (met === undefined ? "" : met ? " ✓" : " ✗")
    : "";
  return [
    figure.scenario,
    figure.figure,
    figure.value == null ? `not available${figure.reason ? `: ${figure.reason}` : ""}` : `${number(figure.value)} ${figure.unit}`,
    figure.baseline == null ? "" : `${number(figure.baseline)} ${figure.baselineUnit ?? figure.unit}`,
    figure.ratio == null ? "" : number(figure.ratio),
    goal,
  ];
}

/** The table every run prints: scenario, figure, value, baseline, ratio, goal. */
export function table(figures: readonly Figure[]): string {
  const header = ["scenario", "figure", "value", "baseline", "ratio", "goal"];
  const rows = figures.map(cells);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

export interface RunSummary {
  mode: string;
  scenarios: Record<string, { seconds: number; hubRssMb: number | null; error?: string }>;
  seconds: number;
}

function commit(): string | null {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() !== "";
    return dirty ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

/**
 * latest.json: every key of issue 6 (a number, or null beside a `<key>_reason`), then the
 * whole table. history.jsonl gets the keys of each run, one line per run.
 */
export function results(figures: readonly Figure[], summary: RunSummary, ran: readonly string[]): Record<string, unknown> {
  const keyed: Record<string, unknown> = {};
  const reasons: Record<string, string> = {};
  for (const figure of figures) {
    for (const [field, key] of Object.entries(figure.keys ?? {}) as [keyof NonNullable<Figure["keys"]>, string][]) {
      const value = figure[field];
      if (value != null && !Number.isNaN(value)) {
        keyed[key] = Number(value.toFixed(4));
      } else if (!(key in keyed)) {
        reasons[key] = figure.reason ?? "not measured";
      }
    }
  }
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    mode: summary.mode,
    commit: commit(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version },
    seconds: Number(summary.seconds.toFixed(1)),
  };
  for (const [key, scenario] of Object.entries(RESULT_KEYS)) {
    if (key in keyed) {
      out[key] = keyed[key];
    } else {
      out[key] = null;
      const notRun = scenario !== "every scenario" && !ran.includes(scenario);
      out[`${key}_reason`] = reasons[key] ?? (notRun ? `the ${scenario} scenario was not run${scenario === "recall" || scenario === "scale" ? " (it runs with --full)" : ""}` : "not measured");
    }
  }
  for (const key of Object.keys(keyed)) {
    if (!(key in out)) {
      out[key] = keyed[key];
    }
  }
  out.scenarios = summary.scenarios;
  out.figures = figures;
  return out;
}

export function writeResults(dir: string, record: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "latest.json"), `${JSON.stringify(record, null, 2)}\n`);
  const { figures: _figures, ...line } = record;
  appendFileSync(join(dir, "history.jsonl"), `${JSON.stringify(line)}\n`);
}
