// Lower-case handles and hashtags run their words together ("@tedcruz", "#capestorm"): split them
// into the archive's own words, so that "tedcruz" finds "Ted Cruz". The vocabulary is the
// archive's (no word list is shipped); nothing is split that the archive knows as one word.

/** Shortest piece of a split (shorter ones make "ab"+"out" splits of anything). */
const MIN_PIECE = 3;
/** Most pieces a split may have. */
const MAX_PIECES = 4;

/**
 * The fewest known words (each of MIN_PIECE+ letters, or a run of digits) that spell `word`,
 * ties broken by the rarest piece being the most common; null when the archive knows `word`
 * or no such split exists. `count` is how many claims hold a word (0: unknown).
 */
export function segmentWord(word: string, count: (piece: string) => number): string[] | null {
  if (word.length < 2 * MIN_PIECE || !/^[a-z0-9]+$/.test(word) || count(word) > 0) return null;
  const n = word.length;
  // best[i]: the best split of word.slice(0, i): pieces, then the smallest piece count (higher wins)
  const best: ({ pieces: number; weakest: number; from: number } | null)[] = new Array(n + 1).fill(
    null,
  );
  best[0] = { pieces: 0, weakest: Number.POSITIVE_INFINITY, from: -1 };
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before || before.pieces >= MAX_PIECES) continue;
      const piece = word.slice(start, end);
      const digits = /^\d+$/.test(piece);
      if (!digits && (piece.length < MIN_PIECE || /\d/.test(piece))) continue;
      const c = digits ? Number.POSITIVE_INFINITY : count(piece);
      if (c === 0) continue;
      const option = {
        pieces: before.pieces + 1,
        weakest: Math.min(before.weakest, c),
        from: start,
      };
      const current = best[end];
      if (
        !current ||
        option.pieces < current.pieces ||
        (option.pieces === current.pieces && option.weakest > current.weakest)
      )
        best[end] = option;
    }
  }
  const last = best[n];
  if (!last || last.pieces < 2) return null;
  const pieces: string[] = [];
  for (let end = n; end > 0; ) {
    const step = best[end] as { from: number };
    pieces.unshift(word.slice(step.from, end));
    end = step.from;
  }
  return pieces;
}

/**
 * The statement with its lower-case handles and hashtags split into the archive's words
 * ("@tedcruz" -> "@ted_cruz", which cleanup reads as "ted cruz"). A tweet's signature handle,
 * in brackets, is left as it is, and so is a word `known` to the archive in another form.
 */
export function segmentHandles(
  text: string,
  count: (piece: string) => number,
  known: (word: string) => boolean = () => false,
): string {
  if (!/[@#]/.test(text)) return text;
  return text.replace(
    /(^|[^(\w])([@#])([a-z0-9]+)\b/g,
    (all, before: string, mark: string, word: string) => {
      const pieces = known(word) ? null : segmentWord(word, count);
      return pieces ? `${before}${mark}${pieces.join("_")}` : all;
    },
  );
}
