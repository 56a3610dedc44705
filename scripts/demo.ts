import "reflect-metadata";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { HubClient } from "../clients/client";
import { AnomalyDetectedDocument } from "../clients/generated/graphql";
import { startHub, type RunningHub } from "../hub";
import { signToken } from "../lib/auth/token";
import { ConfigError, loadConfig } from "../lib/config/config";
import { createLogger } from "../lib/log/logger";
import { Deliveries, demoSecrets } from "./demo/deliver";
import { seed } from "./demo/seed";
import { americanFlow, cloneStory, divertedPallet, europeanFlow, guessingClient, recalledLotMoving, type Story, type StoryContext } from "./demo/stories";

const USAGE = `Usage: npm run demo [-- --interval 1500] [--keep]
  Starts the hub with a demo tenant and streams deliveries into it. Data lives in .serialhub-demo
  (or SERIALHUB_HOME) and starts afresh each run unless --keep. Stop with Ctrl-C.`;

/** The special cases, started this many seconds into each cycle, so a newcomer sees them all in the first minute. */
const SPECIALS: [number, (ctx: StoryContext) => Story][] = [
  [8, cloneStory],
  [18, divertedPallet],
  [28, recalledLotMoving],
  [40, guessingClient],
];
const CYCLE_SECONDS = 240;
const TENANT = "demo";

const time = () => new Date().toISOString().slice(11, 19);
const say = (line: string) => console.log(`${time()}  ${line}`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { interval: { type: "string", default: "1500" }, keep: { type: "boolean" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const interval = Math.max(200, Number(values.interval) || 1500);
  let config;
  try {
    // The demo keeps its own data apart from `npm start`'s; the environment still wins.
    config = loadConfig({ SERIALHUB_HOME: ".serialhub-demo", LOG_LEVEL: "warn", ...process.env });
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  if (!values.keep && !config.databaseUrl) {
    rmSync(config.home, { recursive: true, force: true });
  }
  // Set once started; Ctrl-C during the start stops what exists.
  const running: { hub?: RunningHub } = {};
  const clients: HubClient[] = [];
  let stopping = false;
  let loop: Promise<void> = Promise.resolve();
  const shutdown = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    say(`${signal}: stopping the demo`);
    void loop
      .then(() => Promise.all(clients.map((client) => client.close())))
      .then(() => running.hub?.stop())
      .then(
        () => {
          say("Stopped.");
          process.exit(0);
        },
        (error: Error) => {
          console.error(`Stopped with errors: ${error.message}`);
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  say("Starting the hub (embedded PostgreSQL unless DATABASE_URL is set)…");
  const hub = await startHub(config, createLogger(config.logLevel, config.logJson));
  running.hub = hub;
  const token = signToken(config.jwtSecret, { sub: "demo-operator", tenant: TENANT, roles: ["admin"] }, { expiresIn: "7d" });
  const admin = new HubClient({ url: hub.url, token });
  const anonymous = new HubClient({ url: hub.url });
  clients.push(admin, anonymous);
  const secrets = demoSecrets();
  const { pool, recallOpened } = await seed(admin, secrets, say);
  if (stopping) {
    return;
  }
  console.log(
    [
      "",
      "serialhub demo is running",
      `  Dashboard        ${hub.url}/dashboard#token=${token}`,
      `  Token (admin)    ${token}`,
      `  GraphQL          ${hub.url}/graphql`,
      `  Verification     ${hub.url}/01/{gtin}/21/{serial}?8030=… (the Phone lines below print some; SERIALHUB_HOST=0.0.0.0 for phones)`,
      "  Stop with Ctrl-C.",
      "",
    ].join("\n"),
  );
  const ctx: StoryContext = { url: hub.url, send: new Deliveries(hub.url, TENANT, secrets), pool, anonymous, recallOpened, say };
  const feed = admin.subscribe(AnomalyDetectedDocument, {});
  void (async () => {
    for await (const event of feed) {
      const anomaly = event.data?.anomalyDetected;
      if (anomaly) {
        say(`ANOMALY ${anomaly.severity} ${anomaly.kind} · ${anomaly.serial.product?.name ?? anomaly.serial.gtin} ${anomaly.serial.serial}${anomaly.country ? ` · ${anomaly.country}` : ""}`);
      }
    }
  })().catch(() => undefined);

  loop = (async () => {
    const started = Date.now();
    const active: Story[] = [];
    const begun = new Set<string>();
    let normal = 0;
    let turn = 0;
    while (!stopping) {
      const seconds = (Date.now() - started) / 1000;
      const cycle = Math.floor(seconds / CYCLE_SECONDS);
      for (const [at, story] of SPECIALS) {
        const key = `${cycle}:${story.name}`;
        if (seconds % CYCLE_SECONDS >= at && !begun.has(key)) {
          begun.add(key);
          active.push(story(ctx));
        }
      }
      // Ordinary trade fills the rest: three stories move at a time.
      while (active.length < 3) {
        active.push((normal += 1) % 2 === 0 ? americanFlow(ctx) : europeanFlow(ctx));
      }
      const index = turn % active.length;
      turn += 1;
      try {
        const step = await active[index].next();
        if (step.done) {
          active.splice(index, 1);
        }
      } catch (error) {
        say(`A story failed and was dropped: ${(error as Error).message}`);
        active.splice(index, 1);
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  })();
}

main().catch((error: Error) => {
  console.error(`The demo failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
