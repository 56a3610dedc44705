import { fork, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "pg";

/**
 * The verify baseline: a bare `node:http` + `pg` endpoint in its own process doing the one
 * indexed lookup verify needs (the unit by tenant, GTIN and serial on the primary key), with
 * a prepared statement and a pool as large as one hub service's. No GraphQL, no auth, no
 * scan record: the floor for answering "is this unit known, and in what state?".
 */
export interface BareLookupOptions {
  databaseUrl: string;
  /** Whose each GTIN is (the hub finds it from the products service and caches it likewise). */
  tenants: Record<string, string>;
  poolSize: number;
}

const DIGITAL_LINK = /\/01\/(\d{14})\/21\/([^/?#]+)/;

function serve(options: BareLookupOptions): Promise<string> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const { code } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { code: string };
      const match = DIGITAL_LINK.exec(code);
      const tenant = match ? options.tenants[match[1]] : undefined;
      if (!match || !tenant) {
        res.writeHead(200, { "content-type": "application/json" }).end('{"verified":false}');
        return;
      }
      pool
        .query({
          name: "bare-lookup",
          text: "SELECT status, lot, expiry FROM serials.serials WHERE tenant_id = $1 AND gtin = $2 AND serial = $3",
          values: [tenant, match[1], decodeURIComponent(match[2])],
        })
        .then(
          ({ rows }) => {
            const unit = rows[0] as { status: string } | undefined;
            res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ verified: unit !== undefined, status: unit?.status ?? null }));
          },
          (error: Error) => res.writeHead(500).end(error.message),
        );
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/verify`)));
}

if (require.main === module && process.argv[2] === "bare-lookup-child") {
  process.once("message", (options: BareLookupOptions) => {
    void serve(options).then((url) => process.send?.({ url }));
  });
  process.on("disconnect", () => process.exit(0));
}

export interface BareLookup {
  url: string;
  stop(): void;
}

/** Starts the baseline endpoint in a child process. */
export function startBareLookup(options: BareLookupOptions): Promise<BareLookup> {
  const child: ChildProcess = fork(__filename, ["bare-lookup-child"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", ({ url }: { url: string }) => resolve({ url, stop: () => child.kill() }));
    child.once("exit", (code) => reject(new Error(`The bare lookup endpoint exited with ${code}`)));
    child.send(options);
  });
}
