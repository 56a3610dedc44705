import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * FF3-1 encryption off the event loop: a batch of 20,000 serials takes about 0.4 s of CPU,
 * which would stall every other request of the service. The worker is plain JavaScript
 * (eval), so it runs the same from compiled code and under jest.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const FF3Cipher = require(workerData.ff3Path);
parentPort.on("message", ({ id, key, tweak, radix, plains }) => {
  try {
    const cipher = new FF3Cipher(key, tweak, radix);
    parentPort.postMessage({ id, result: plains.map((plain) => cipher.encrypt(plain)) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});`;

interface Pending {
  resolve(result: string[]): void;
  reject(error: Error): void;
}

export class Ff3Pool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private turn = 0;

  constructor(private readonly size = Math.max(1, Math.min(2, availableParallelism()))) {}

  private worker(): Worker {
    if (this.workers.length < this.size) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ff3Path: require.resolve("ff3/lib/FF3Cipher") } });
      worker.on("message", ({ id, result, error }: { id: number; result?: string[]; error?: string }) => {
        const pending = this.pending.get(id);
        this.pending.delete(id);
        if (error) {
          pending?.reject(new Error(error));
        } else {
          pending?.resolve(result as string[]);
        }
      });
      worker.unref();
      this.workers.push(worker);
    }
    this.turn = (this.turn + 1) % this.workers.length;
    return this.workers[this.turn];
  }

  /** Encrypts radix-digit strings (0-9a-z) with FF3-1 under `key` and `tweak`. */
  encrypt(key: string, tweak: string, radix: number, plains: string[]): Promise<string[]> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker().postMessage({ id, key, tweak, radix, plains });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers.length = 0;
  }
}
