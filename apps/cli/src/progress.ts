/** A text progress bar on stderr (redrawn in place on a terminal, one line per 10% otherwise). */
export function createProgressBar(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
) {
  const started = Date.now();
  let lastDecile = -1;
  let done = 0;
  const render = () => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? Math.round(done / elapsed) : 0;
    const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${(ratio * 100).toFixed(0)}% ${rate}/s`;
    if (stream.isTTY) {
      stream.write(`\r${line}`);
    } else {
      const decile = Math.floor(ratio * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${line}\n`);
      }
    }
  };
  return {
    tick(n = 1) {
      done += n;
      render();
    },
    set(value: number) {
      done = value;
      render();
    },
    finish() {
      done = Math.max(done, total);
      render();
      if (stream.isTTY) stream.write("\n");
    },
  };
}
