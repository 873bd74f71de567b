import type { SentenceSpan } from "./semicolons.ts";

/** ", Mr. Park said, adding that " between a frame's content and the strict pass's statement. */
const SOURCE_CUE_THEN_SECOND_CUE =
  /^[,\s]+[^,;:“”"()]{1,80}?\b(?:said|says|say|told|wrote|writes|added|adds|argued|argues|explained|noted|insisted)\b[^,;:“”"()]{0,40},\s*(?:adding|saying|noting|explaining|arguing|insisting|continuing|acknowledging)\s+(?:that\s+)?$/;

/**
 * "The plant will close in May, Mr. Park said, adding that the staff would move": the strict
 * pass reports the "adding that …" clause, the inverted frame the clause before the
 * attribution. A frame in a sentence the strict pass reported from counts when it ends before
 * the only strict statement of the sentence and just a source, its verb and a second -ing cue
 * lie between them.
 */
export function beforeSecondCue(
  input: string,
  f: SentenceSpan,
  reported: readonly SentenceSpan[],
): boolean {
  const same = reported.filter((r) => r.sentenceIndex === f.sentenceIndex);
  if (same.length !== 1) return false;
  const r = same[0] as SentenceSpan;
  return r.start >= f.end && SOURCE_CUE_THEN_SECOND_CUE.test(input.slice(f.end, r.start));
}
