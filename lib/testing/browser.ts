import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectPath } from "../paths";

/** Where browser tests put their screenshots (git-ignored). */
export const SCREENSHOT_DIR = projectPath("test-output", "screenshots");

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
  if (!path) {
    throw new Error("No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const SOURCES = ["web/client", "web/vite.config.mjs", "clients/generated/graphql.ts", "lib/canonical-json.ts"].map((path) => projectPath(path));

/**
 * Builds the front end (vite) when dist/static is missing or older than its sources. Test files
 * run in parallel: a lock directory keeps two builds from emptying each other's output.
 */
export async function ensureWebBuilt(): Promise<void> {
  const built = projectPath("dist", "static", "dashboard.html");
  const lock = projectPath("dist", ".web-build-lock");
  const fresh = () => existsSync(built) && statSync(built).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
  mkdirSync(projectPath("dist"), { recursive: true });
  for (let waited = 0; !fresh(); waited += 250) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 120_000) {
        throw new Error(`Another web build holds ${lock}; remove it if no build is running.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!fresh()) {
        execFileSync(process.execPath, [projectPath("node_modules", "vite", "bin", "vite.js"), "build", "--config", projectPath("web", "vite.config.mjs")], { stdio: "pipe" });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
