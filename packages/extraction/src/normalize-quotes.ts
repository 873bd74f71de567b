/**
 * Some newsrooms (the New York Times archive among them) write quotation marks as two
 * apostrophes: ''It's anti-reform,'' he said. The scanners see a copy of the text in which each
 * such pair becomes one double mark plus a space (same length, so every offset stays exact):
 * an opening pair → ` "`, a closing pair → `" `. Statement text is still sliced from the input.
 */
export function normalizeDoubleApostrophes(input: string): string {
  if (!input.includes("''")) return input;
  let out = "";
  let last = 0;
  for (let i = input.indexOf("''"); i >= 0; i = input.indexOf("''", i + 2)) {
    if (input[i + 2] === "'") {
      i++;
      continue;
    }
    const prev = input[i - 1];
    const next = input[i + 2];
    const opens =
      (prev === undefined || /[\s([—–-]/.test(prev)) && next !== undefined && !/\s/.test(next);
    out += input.slice(last, i) + (opens ? ' "' : '" ');
    last = i + 2;
  }
  return out + input.slice(last);
}
