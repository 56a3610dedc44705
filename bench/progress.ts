/** A progress bar on stderr while seeding; on a non-terminal, one line at the start and one at the end. */
export interface Progress {
  /** Adds `n` done units. */
  tick(n: number): void;
  done(): void;
}

const WIDTH = 28;

export function progress(label: string, total: number): Progress {
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  let done = 0;
  let drawn = 0;
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1);
  const draw = () => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * WIDTH);
    process.stderr.write(
      `\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.floor(share * 100)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${elapsed()} s`,
    );
  };
  if (!tty) {
    process.stderr.write(`${label}: ${total.toLocaleString("en")}…\n`);
  }
  return {
    tick(n) {
      done += n;
      const now = performance.now();
      if (tty && (now - drawn > 100 || done >= total)) {
        drawn = now;
        draw();
      }
    },
    done() {
      if (tty) {
        draw();
        process.stderr.write("\n");
      } else {
        process.stderr.write(`${label}: ${done.toLocaleString("en")} done in ${elapsed()} s\n`);
      }
    },
  };
}
