import type { BenchHub } from "./bench-hub";
import type { BenchResult, Figure } from "./report";

/** smoke: tiny sizes, only that it runs (tests); quick: a short run; default: issue 6's run; full: plus the 10M scale. */
export type Mode = "smoke" | "quick" | "default" | "full";

export interface ScenarioContext extends BenchHub {
  mode: Mode;
  /** `--name value` options of the command line (e.g. `--serials 10000000`). */
  options: Record<string, string>;
}

/** A scenario seeds what it needs on a fresh hub, drives load from other processes, and returns its rows. */
export type Scenario = (context: ScenarioContext) => Promise<(Figure | BenchResult)[]>;

/** The size a mode asks for; `full` falls back to `default`. */
export function sized<T>(mode: Mode, sizes: { smoke: T; quick: T; default: T; full?: T }): T {
  return mode === "full" ? (sizes.full ?? sizes.default) : sizes[mode];
}

export const fmt = (n: number): string => n.toLocaleString("en");
