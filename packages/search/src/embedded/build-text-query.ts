// Turns a user's query into the pieces the embedded backend's SQL needs: plain words, and the
// tsquery strings for strict (every word), relaxed (all but one word) and ranking (any word)
// matching. Words are reduced to [a-z0-9] so the strings are always valid tsquery syntax.

/** PostgreSQL's english stop words (to_tsvector drops them; so do we). */
const STOP_WORDS = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself " +
    "she her hers herself it its itself they them their theirs themselves what which who whom " +
    "this that these those am is are was were be been being have has had having do does did " +
    "doing a an the and but if or because as until while of at by for with about against " +
    "between into through during before after above below to from up down in out on off over " +
    "under again further then once here there when where why how all any both each few more " +
    "most other some such no nor not only own same so than too very s t can will just don " +
    "should now"
  ).split(" "),
);

const MAX_WORDS = 32;

export interface QueryWord {
  word: string;
  /** indexed words close to a misspelt `word` (filled in from the vocabulary) */
  alternatives: string[];
  /** match as a prefix (the last word of a query typed without a trailing space) */
  prefix: boolean;
}

/** Lower-cased, accents folded ("Café" -> "cafe"). */
export function foldQuery(q: string): string {
  return q
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Lower-cased words of a query, accents folded, at most 32; stop words removed. */
export function tokenizeQuery(q: string): QueryWord[] {
  const folded = foldQuery(q);
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  const endsInWord = /[a-z0-9]$/.test(folded);
  const unique: QueryWord[] = [];
  const seen = new Set<string>();
  for (const word of words.slice(0, MAX_WORDS)) {
    if (seen.has(word)) continue;
    seen.add(word);
    unique.push({ word, alternatives: [], prefix: false });
  }
  const last = unique.at(-1);
  // Prefix matching only for a last word long enough not to expand to half the vocabulary.
  if (last && endsInWord && last.word.length >= 3 && words.at(-1) === last.word) last.prefix = true;
  return unique;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

function group(word: QueryWord): string {
  const head = word.prefix ? `${word.word}:*` : word.word;
  if (word.alternatives.length === 0) return head;
  return `(${[head, ...word.alternatives].join(" | ")})`;
}

/** Every word must match (a misspelt word through one of its alternatives). */
export function strictTsQuery(words: QueryWord[]): string {
  return words.map(group).join(" & ");
}

/** All words but one must match: finds a query with a typo that is itself a real word. */
export function relaxedTsQuery(words: QueryWord[]): string {
  if (words.length < 3) return anyTsQuery(words);
  const clauses = words.map((_, skip) =>
    words
      .filter((__, i) => i !== skip)
      .map(group)
      .join(" & "),
  );
  return clauses.map((c) => `(${c})`).join(" | ");
}

/** Any word: used for ranking and highlighting, never for candidate generation at scale. */
export function anyTsQuery(words: QueryWord[]): string {
  return words.map(group).join(" | ");
}

/** Words worth a vocabulary look-up for typos: long enough for trigrams to mean something. */
export function wordsToCorrect(words: QueryWord[]): string[] {
  return words.filter((w) => w.word.length >= 3 && !/^\d+$/.test(w.word)).map((w) => w.word);
}

/**
 * The query words with the corrections found for misspelt ones (word -> indexed words close to
 * it): a word corrected to a stop word ("tht" -> "that") is dropped like the stop word itself;
 * at most 6 corrections per word. Both embedded engines finish their typo correction here.
 */
export function applyCorrections(
  words: QueryWord[],
  alternatives: Map<string, string[]>,
): QueryWord[] {
  const kept: QueryWord[] = [];
  for (const word of words) {
    const alts = alternatives.get(word.word);
    if (alts?.some(isStopWord)) continue;
    kept.push(
      alts
        ? { ...word, alternatives: alts.filter((a) => /^[a-z0-9]+$/.test(a)).slice(0, 6) }
        : word,
    );
  }
  return kept;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every string one edit away from `word` (delete, transpose, replace, insert): the candidates
 * a single typo could have come from. Looked up in the indexed vocabulary by equality, which
 * is exact and cheap, unlike trigram similarity on short words.
 */
export function editsOf(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out];
}

/**
 * The words that select candidates: at most `max`, the longest (a cheap stand-in for the
 * rarest), in query order. Long queries stay fast; every word still counts for ranking.
 */
export function pickMatchWords(words: QueryWord[], max = 10): QueryWord[] {
  if (words.length <= max) return words;
  const keep = new Set(
    [...words]
      .map((w, i) => ({ w, i }))
      .sort((a, b) => b.w.word.length - a.w.word.length || a.i - b.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return words.filter((_, i) => keep.has(i));
}
