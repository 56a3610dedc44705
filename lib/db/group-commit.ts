interface Queue<T> {
  items: T[];
  settle: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * Group commit: one write in flight per key; items that arrive meanwhile wait and go
 * together in the next write. A lone item is written at once (no timer, no added latency);
 * under load, many callers share one transaction. Each caller's promise settles when the
 * write holding its item has committed (or failed), so nothing is acknowledged early.
 */
export class GroupCommit<T> {
  private readonly queues = new Map<string, Queue<T>>();
  private readonly busy = new Set<string>();

  constructor(
    private readonly write: (key: string, items: T[]) => Promise<void>,
    /** Most items in one write. @default 1000 */
    private readonly maxBatch = 1000,
  ) {}

  add(key: string, item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let queue = this.queues.get(key);
      if (!queue) {
        queue = { items: [], settle: [] };
        this.queues.set(key, queue);
      }
      queue.items.push(item);
      queue.settle.push({ resolve, reject });
      if (!this.busy.has(key)) {
        void this.drain(key);
      }
    });
  }

  private async drain(key: string): Promise<void> {
    this.busy.add(key);
    try {
      for (let queue = this.queues.get(key); queue && queue.items.length > 0; queue = this.queues.get(key)) {
        const items = queue.items.splice(0, this.maxBatch);
        const settle = queue.settle.splice(0, items.length);
        if (queue.items.length === 0) {
          this.queues.delete(key);
        }
        try {
          await this.write(key, items);
          settle.forEach(({ resolve }) => resolve());
        } catch (error) {
          settle.forEach(({ reject }) => reject(error));
        }
      }
    } finally {
      this.busy.delete(key);
    }
  }
}
