import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../lib/paths";
import { TEST_SERVER_ENV } from "../lib/testing/test-database";
import { RESULT_KEYS } from "./report";

/** Runs the compiled harness as `npm run bench` does; resolves with its exit code and output. */
function runBench(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, "dist/bench/run.js"), ...args], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

/**
 * Every scenario of the benchmark at a tiny size (`--smoke`), each on a scratch database of
 * the test server: that it runs and reports every key. It asserts no timing.
 */
describe("npm run bench -- --smoke", () => {
  let out: string;

  beforeAll(() => {
    execFileSync(process.execPath, [join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT });
    out = mkdtempSync(join(tmpdir(), "serialhub-bench-smoke-"));
  });

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it("runs each scenario and writes every key of latest.json", async () => {
    const { code, output } = await runBench(["--smoke", "--out", out], { DATABASE_URL: process.env[TEST_SERVER_ENV] ?? "" });
    expect({ code, tail: code === 0 ? "" : output.slice(-4000) }).toEqual({ code: 0, tail: "" });
    expect(output).toContain("| scenario");

    const latest = JSON.parse(readFileSync(join(out, "latest.json"), "utf8")) as Record<string, unknown>;
    for (const key of Object.keys(RESULT_KEYS)) {
      expect([key, typeof latest[key] === "number" || (latest[key] === null && typeof latest[`${key}_reason`] === "string")]).toEqual([key, true]);
    }
    const scenarios = latest.scenarios as Record<string, { error?: string; hubRssMb: number | null }>;
    expect(Object.keys(scenarios).sort()).toEqual(["alerts", "gateway", "ingest", "recall", "scale", "verify"]);
    for (const [name, scenario] of Object.entries(scenarios)) {
      // recall reports "not available" until bench/scenarios/recall.ts exists.
      expect([name, scenario.error === undefined || scenario.error === "not available"]).toEqual([name, true]);
    }
    for (const key of ["gateway_vs_direct", "verify_vs_bare", "ingest_vs_copy", "hub_rss_mb"]) {
      expect([key, typeof latest[key]]).toEqual([key, "number"]);
    }
    expect(readFileSync(join(out, "history.jsonl"), "utf8").trim().split("\n")).toHaveLength(1);
  }, 900_000);
});
