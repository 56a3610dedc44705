import { createServer, type AddressInfo } from "node:net";

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

/** A PORT whose whole block (front door, services, embedded PostgreSQL) is free. */
export async function freePortBlock(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = 20000 + Math.floor(Math.random() * 30000);
    if ((await Promise.all([0, 1, 2, 3, 4, 10, 32].map((offset) => portFree(base + offset)))).every(Boolean)) {
      return base;
    }
  }
  throw new Error("No free port block.");
}
