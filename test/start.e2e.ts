import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateProductDocument, ProductDocument } from "../clients/generated/graphql";
import { HubClient } from "../clients/client";
import { signToken } from "../lib/auth/token";
import { PROJECT_ROOT } from "../lib/paths";
import { startHubProcess } from "../lib/testing/hub-process";
import { freePortBlock } from "../lib/testing/ports";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) {
      throw new Error(`the hub exited early:\n${output()}`);
    }
    const ok = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (ok) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the hub did not become healthy:\n${output()}`);
}


/** `npm start` as a user runs it: the compiled hub on an embedded PostgreSQL in its own folder. */
describe("the hub process", () => {
  let home: string;

  beforeAll(() => {
    execFileSync(process.execPath, [join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT });
    home = mkdtempSync(join(tmpdir(), "serialhub-start-"));
  });

  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it("starts on an embedded PostgreSQL, stops in order on SIGTERM and SIGINT, and keeps its data", async () => {
    const port = await freePortBlock();
    const url = `http://127.0.0.1:${port}`;
    const secret = randomBytes(32).toString("hex");
    const env = { PORT: String(port), SERIALHUB_HOME: home, SERIALHUB_JWT_SECRET: secret, LOG_LEVEL: "info" };
    const client = new HubClient({ url, token: signToken(secret, { sub: "test", tenant: "demo", roles: ["admin"] }) });

    const first = startHubProcess(env);
    await waitForHealth(url, first.child, first.output);
    expect(first.output()).toContain(`${url}/graphql`);
    const postgresPid = Number(readFileSync(join(home, "pgdata", "postmaster.pid"), "utf8").split("\n")[0]);
    expect(alive(postgresPid)).toBe(true);
    await client.request(CreateProductDocument, {
      input: { gtin: "10614141073464", name: "Kept", brand: "Demo", markets: ["DE"], warrantyMonths: 6 },
    });

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(alive(postgresPid)).toBe(false);
    expect(existsSync(join(home, "pgdata", "postmaster.pid"))).toBe(false);
    // The gateway stopped before the database: no service logged a lost connection.
    expect(first.output()).not.toMatch(/terminating connection|Connection terminated/);

    const second = startHubProcess(env);
    await waitForHealth(url, second.child, second.output);
    expect((await client.request(ProductDocument, { gtin: "10614141073464" })).product?.name).toBe("Kept");
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    await client.close();
  }, 120_000);
});
