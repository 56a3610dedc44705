import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The repository root, found from here whether running from source (jest) or from dist/. */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`No package.json above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(__dirname);

export const projectPath = (...segments: string[]): string => resolve(PROJECT_ROOT, ...segments);
