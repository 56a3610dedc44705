import "reflect-metadata";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { HubClient, HubClientError } from "../clients/client";
import { GenerateSerialsDocument, JobProgressDocument } from "../clients/generated/graphql";
import { TENANT_PATTERN } from "../lib/auth/identity";
import { signHubToken } from "../lib/auth/token";
import { loadConfig } from "../lib/config/config";

const USAGE = `Usage: npm run serialhub -- generate --gtin <gtin> --count <n> [--lot <lot>] [--commission]
                                   [--out <file.csv>] [--url http://127.0.0.1:4000] [--token <jwt> | --tenant <tenant>]

Issues serials through the hub's API, shows a progress bar for large counts, and writes them as CSV
(gtin, serial, lot, expiry, status, digital_link, element_string). Without --token (or SERIALHUB_TOKEN)
it signs an admin token for --tenant (default demo) with this machine's hub secret.`;

function bar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")}`;
}

const csvField = (value: string | null | undefined): string => (value == null ? "" : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

async function generate(values: Record<string, string | boolean | undefined>): Promise<void> {
  const count = Number(values.count);
  if (!values.gtin || !Number.isInteger(count) || count < 1) {
    throw new Error(`--gtin and a positive whole --count are required.\n${USAGE}`);
  }
  const url = String(values.url ?? "http://127.0.0.1:4000");
  const tenant = String(values.tenant ?? "demo");
  if (!TENANT_PATTERN.test(tenant)) {
    throw new Error("--tenant must be lower-case letters, digits, '-' or '_'.");
  }
  // SERIALHUB_TOKEN is read here, not through lib/config: it is this command's input, not hub configuration.
  const token = String(values.token ?? process.env.SERIALHUB_TOKEN ?? signHubToken(loadConfig(), { sub: "cli", tenant, roles: ["admin"] }));
  const client = new HubClient({ url, token });
  const started = Date.now();
  const { generateSerials } = await client.request(GenerateSerialsDocument, {
    input: { gtin: String(values.gtin), count, lot: (values.lot as string | undefined) ?? null, commission: Boolean(values.commission) },
  });
  const out = String(values.out ?? `serials-${values.gtin}-${new Date().toISOString().replace(/[:.]/g, "-")}.csv`);
  const file = createWriteStream(out);
  if (generateSerials.job) {
    const job = generateSerials.job;
    process.stderr.write(`${bar(0, count)}\r`);
    for await (const event of client.subscribe(JobProgressDocument, { id: job.id })) {
      const progress = event.data?.jobProgress;
      if (event.errors || !progress) {
        throw new Error(`Progress stream failed: ${JSON.stringify(event.errors)}`);
      }
      process.stderr.write(`${bar(progress.done, progress.total)}\r`);
      if (progress.status === "FAILED") {
        throw new Error(`Job ${job.id} failed.`);
      }
      if (progress.status === "DONE") {
        break;
      }
    }
    process.stderr.write("\n");
    const response = await fetch(`${url}/jobs/${job.id}/serials.csv`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok || !response.body) {
      throw new Error(`Could not download the serials: HTTP ${response.status}`);
    }
    await pipeline(Readable.fromWeb(response.body as Parameters<typeof Readable.fromWeb>[0]), file);
  } else {
    file.write("gtin,serial,lot,expiry,status,digital_link,element_string\n");
    for (const unit of generateSerials.serials) {
      file.write(`${[unit.gtin, unit.serial, unit.lot, unit.expiry, unit.status, unit.digitalLink, unit.elementString].map(csvField).join(",")}\n`);
    }
    file.end();
    await once(file, "finish");
  }
  await client.close();
  console.error(`${generateSerials.count.toLocaleString("en")} serials in ${((Date.now() - started) / 1000).toFixed(1)} s, written to ${out}`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      gtin: { type: "string" },
      count: { type: "string" },
      lot: { type: "string" },
      commission: { type: "boolean" },
      out: { type: "string" },
      url: { type: "string" },
      token: { type: "string" },
      tenant: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || positionals[0] !== "generate") {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  await generate(values);
}

main().catch((error: Error) => {
  console.error(error instanceof HubClientError ? `The hub refused: ${error.message}` : error.message);
  process.exit(1);
});
