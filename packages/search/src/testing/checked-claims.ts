import type { CheckedClaim } from "../matching/types.ts";

/** A published fact-check for the claim matcher's tests: these fields, the rest defaulted. */
export function checkedClaim(
  id: string,
  text: string,
  extra: Partial<CheckedClaim> = {},
): CheckedClaim {
  return {
    id,
    text,
    headline: null,
    speaker: null,
    verdict: "False",
    rating: "False",
    publisher: "PolitiFact",
    date: "2019-01-01",
    url: `https://factcheck.example.org/${id}`,
    externalId: id,
    origin: "liar",
    ...extra,
  };
}
