/** One concise line on stdout per event: `worker: <message>`. */
export function log(message: string): void {
  process.stdout.write(`worker: ${message}\n`);
}

export function logError(message: string): void {
  process.stderr.write(`worker: ${message}\n`);
}
