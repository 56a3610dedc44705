import { readFileSync } from "node:fs";

/** The kernel's high-water mark of this process's resident set (Linux), in bytes. */
function highWaterMark(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSampler {
  /** Peak resident set in MB: the largest sample, or the kernel's high-water mark if higher. */
  stop(): number;
}

/**
 * Samples the resident set of this process (the hub: gateway and every service run in it)
 * every `everyMs` while a scenario runs. The load generators are other processes.
 */
export function sampleRss(everyMs = 250): RssSampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss(), highWaterMark() ?? 0);
      return peak / 2 ** 20;
    },
  };
}
