import "reflect-metadata";
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectPath } from "../lib/paths";
import { startBenchHub } from "./bench-hub";
import { fromLegacy, isLegacy, results, table, writeResults, type Figure, type RunSummary } from "./report";
import { sampleRss } from "./rss";
import type { Mode, Scenario } from "./scenario";
import { alerts } from "./scenarios/alerts";
import { gateway } from "./scenarios/gateway";
import { generation } from "./scenarios/generation";
import { ingest } from "./scenarios/ingest";
import { scale } from "./scenarios/scale";
import { verify } from "./scenarios/verify";

export type { BenchResult } from "./report";

/** Issue 6's memory target for the hub process, in every scenario. */
const RSS_GOAL_MB = 1536;

const SCENARIOS: Record<string, Scenario> = { gateway, verify, ingest, alerts, scale, generation };

/** recall comes with the recalls work (issue 8); until `scenarios/recall` exists its row says so. */
function optionalScenario(name: string): Scenario | undefined {
  const path = join(__dirname, "scenarios", `${name}.js`);
  if (!existsSync(path)) {
    return undefined;
  }
  const loaded = createRequire(__filename)(path) as Record<string, unknown>;
  const scenario = loaded[name] ?? loaded.default;
  return typeof scenario === "function" ? (scenario as Scenario) : undefined;
}

const scenarioOf = (name: string): Scenario | undefined => SCENARIOS[name] ?? (name === "recall" ? optionalScenario(name) : undefined);

/** What runs without names: issue 6's table; --full adds the 10M-serial scenarios. */
const DEFAULTS: Record<Mode, string[]> = {
  smoke: ["gateway", "verify", "ingest", "alerts", "scale", "recall"],
  quick: ["gateway", "verify", "ingest", "alerts"],
  default: ["gateway", "verify", "ingest", "alerts"],
  full: ["gateway", "verify", "ingest", "alerts", "recall", "scale"],
};

interface Cli {
  names: string[];
  mode: Mode;
  options: Record<string, string>;
  flags: string[];
}

const VALUE_OPTIONS = new Set(["--serials", "--out", "--seconds", "--connections"]);

function parse(argv: readonly string[]): Cli {
  const names: string[] = [];
  const options: Record<string, string> = {};
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (VALUE_OPTIONS.has(arg)) {
      options[arg.slice(2)] = argv[++i] ?? "";
      flags.push(arg, options[arg.slice(2)]);
    } else if (arg.startsWith("--")) {
      const [name, value] = arg.slice(2).split("=", 2);
      if (value !== undefined) {
        options[name] = value;
      }
      flags.push(arg);
    } else {
      names.push(arg);
    }
  }
  const has = (flag: string) => flags.includes(flag);
  const mode: Mode = has("--smoke") ? "smoke" : has("--quick") ? "quick" : has("--full") ? "full" : "default";
  return { names, mode, options, flags };
}

interface ChildReport {
  figures: Figure[];
  rssMb: number;
}

/** Runs one scenario on a fresh hub in this process (the hub process whose memory is sampled). */
async function scenarioChild(name: string, cli: Cli): Promise<void> {
  const scenario = scenarioOf(name) as Scenario;
  const bench = await startBenchHub();
  const rss = sampleRss();
  try {
    const rows = await scenario({ ...bench, mode: cli.mode, options: cli.options });
    const report: ChildReport = { figures: rows.map((row) => (isLegacy(row) ? fromLegacy(row) : row)), rssMb: rss.stop() };
    await new Promise<void>((resolve) => process.send?.(report, () => resolve()));
  } finally {
    await bench.stop();
  }
}

/** Forks this file for one scenario: a fresh process, so each scenario's memory is its own. */
function runChild(name: string, cli: Cli): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--scenario-child", name, ...cli.flags], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let report: ChildReport | undefined;
    child.once("message", (message: ChildReport) => (report = message));
    child.once("error", reject);
    child.once("exit", (code, signal) => (report ? resolve(report) : reject(new Error(`the scenario process exited (${signal ?? code}) without results`))));
  });
}

/** Rows for issue 6's scenarios that this run leaves out, so the table always shows every goal. */
function placeholders(ran: readonly string[], mode: Mode): Figure[] {
  const rows: Figure[] = [];
  if (!ran.includes("recall") && mode !== "full") {
    rows.push({
      scenario: "recall",
      figure: "1,000,000-serial recall in a 10,000,000-serial registry",
      value: null,
      unit: "s",
      goal: { on: "value", op: "<=", target: 3 },
      reason: "runs with --full",
      keys: { value: "recall_1m_of_10m_seconds" },
    });
  }
  if (!ran.includes("scale") && mode !== "full") {
    rows.push({
      scenario: "scale",
      figure: "verify latency at 10M vs 100k serials",
      value: null,
      unit: "ms",
      goal: { on: "ratio", op: "<=", target: 1.5 },
      reason: "runs with --full",
      keys: { ratio: "verify_10m_vs_100k" },
    });
  }
  return rows;
}

/** `npm run bench [-- scenario…] [--quick|--full|--smoke] [--serials N] [--out DIR]` */
async function main(): Promise<void> {
  const cli = parse(process.argv.slice(2));
  const chosen = cli.names.length > 0 ? cli.names : DEFAULTS[cli.mode];
  const known = [...Object.keys(SCENARIOS), "recall"];
  const unknown = chosen.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown scenario${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}. Known: ${known.join(", ")}.`);
  }
  const started = performance.now();
  const figures: Figure[] = [];
  const summary: RunSummary = { mode: cli.mode, scenarios: {}, seconds: 0 };
  for (const name of chosen) {
    const scenarioStarted = performance.now();
    console.log(`\n== ${name} (${cli.mode})`);
    if (!scenarioOf(name)) {
      figures.push({
        scenario: name,
        figure: "1,000,000-serial recall in a 10,000,000-serial registry",
        value: null,
        unit: "s",
        goal: { on: "value", op: "<=", target: 3 },
        reason: "bench/scenarios/recall.ts is not there yet (issue 8)",
        keys: { value: "recall_1m_of_10m_seconds" },
      });
      summary.scenarios[name] = { seconds: 0, hubRssMb: null, error: "not available" };
      continue;
    }
    try {
      const report = await runChild(name, cli);
      figures.push(...report.figures, {
        scenario: name,
        figure: "hub RSS, peak (gateway and every service, one process)",
        value: report.rssMb,
        unit: "MB",
        goal: { on: "value", op: "<", target: RSS_GOAL_MB },
      });
      summary.scenarios[name] = { seconds: (performance.now() - scenarioStarted) / 1000, hubRssMb: Math.round(report.rssMb) };
    } catch (error) {
      const message = (error as Error).message;
      figures.push({ scenario: name, figure: "scenario failed", value: null, unit: "", reason: message });
      summary.scenarios[name] = { seconds: (performance.now() - scenarioStarted) / 1000, hubRssMb: null, error: message };
    }
    console.log(`== ${name}: ${summary.scenarios[name].seconds.toFixed(0)} s`);
  }
  const peaks = Object.values(summary.scenarios).flatMap((s) => (s.hubRssMb == null ? [] : [s.hubRssMb]));
  figures.push(...placeholders(chosen, cli.mode), {
    scenario: "all",
    figure: "hub RSS, peak over every scenario",
    value: peaks.length > 0 ? Math.max(...peaks) : null,
    unit: "MB",
    goal: { on: "value", op: "<", target: RSS_GOAL_MB },
    keys: { value: "hub_rss_mb" },
    reason: peaks.length > 0 ? undefined : "no scenario finished",
  });
  summary.seconds = (performance.now() - started) / 1000;
  const record = results(figures, summary, chosen);
  const out = cli.options.out ?? projectPath("bench", "results");
  writeResults(out, record);
  console.log(`\n${table(figures)}\n\n${cli.mode} run: ${chosen.join(", ")} in ${summary.seconds.toFixed(0)} s; results in ${join(out, "latest.json")}`);
  if (Object.values(summary.scenarios).some((s) => s.error && s.error !== "not available")) {
    process.exitCode = 1;
  }
}

if (require.main === module) {
  const [first, name] = process.argv.slice(2);
  const run =
    first === "--scenario-child"
      ? scenarioChild(name, parse(process.argv.slice(4))).then(() => process.exit(0))
      : main();
  run.catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
