/**
 * A dateline opening a paragraph: "MILWAUKEE —", "WASHINGTON ― ", "MIDWAY ATOLL — ",
 * "FLINT, Mich., Oct. 4 (UPI) — ", "CHARLOTTE - ". It is not part of the first statement.
 * Returns the number of characters to skip (0 when there is none). Anchored and bounded.
 */
const DATELINE =
  /^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]{1,12}){0,2}(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Za-z]{2,12}\))?\s*(?:—|―|–|--|-)\s+(?=\S)/;

/** "Cleveland (AFP) – ", "New York (AFP) – ": a title-case place, only with a wire agency. */
const AGENCY_DATELINE =
  /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][A-Za-z.]{1,12})? \((?:AFP|AP|Reuters|UPI)\)\s*(?:—|―|–|--|-)\s+(?=\S)/;

export function datelineLength(input: string, start: number, end: number): number {
  const head = input.slice(start, Math.min(end, start + 90));
  const m = DATELINE.exec(head) ?? AGENCY_DATELINE.exec(head);
  return m ? m[0].length : 0;
}
