interface Flushable {
  write(chunk: string, callback: () => void): boolean;
}

/**
 * Exits with `code` once every stream has taken all that was written to it. process.exit()
 * right away drops what is still queued for a pipe: `claimdesk match big.txt | jq` lost the
 * last few hundred lines when the reader was slower than the CLI.
 */
export function exitWhenFlushed(
  code: number,
  streams: Flushable[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (c) => process.exit(c),
): void {
  process.exitCode = code;
  let open = streams.length;
  if (open === 0) {
    exit(code);
    return;
  }
  const done = () => {
    open -= 1;
    if (open === 0) exit(code);
  };
  // an empty write's callback runs after every earlier write has been handed to the system
  for (const stream of streams) stream.write("", done);
}
