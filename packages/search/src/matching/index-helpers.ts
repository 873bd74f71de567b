// Small pure helpers of the matcher's index: word runs, stem bigrams, the best scores of a set.

export function bigramsOf(stems: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < stems.length; i++) out.push(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

/** Length of the longest run of consecutive words of `a` found consecutively in `b`. */
export function longestRun(a: Int32Array, b: Int32Array): number {
  let best = 0;
  const previous = new Int32Array(b.length + 1);
  const current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1] as number;
    for (let j = 1; j <= b.length; j++) {
      const v = word >= 0 && word === b[j - 1] ? (previous[j - 1] as number) + 1 : 0;
      current[j] = v;
      if (v > best) best = v;
    }
    previous.set(current);
  }
  return best;
}

/** The `limit` documents with the highest score, best first (ties: lower doc number). */
// (ties at the cut are rare with real-valued BM25 scores; the re-ranker orders what is kept)
export function topByScore(docs: number[], scores: Float64Array, limit: number): number[] {
  if (docs.length <= limit * 4) {
    return docs
      .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
      .slice(0, limit);
  }
  // a threshold from a sample keeps the sort small for very common stems
  let threshold = -Infinity;
  const heap: number[] = [];
  for (const doc of docs) {
    const s = scores[doc] as number;
    if (s <= threshold && heap.length >= limit * 4) continue;
    heap.push(doc);
    if (heap.length >= limit * 8) {
      heap.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
      heap.length = limit * 4;
      threshold = scores[heap[heap.length - 1] as number] as number;
    }
  }
  return heap
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
    .slice(0, limit);
}
