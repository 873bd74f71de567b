import type { Token } from "./tokenize.ts";

/**
 * The verb whose subject a verb of saying shares when it hangs on a longer chain: "He went on to
 * say …", "She made a point of saying …", "The town released a statement Wednesday saying …",
 * "The governor began by saying …". Gives the index of the governing verb ("went", "made",
 * "released", "began"), or -1. Shapes from PolNeAR train misses (issue 15, session 30).
 */
const GO_ON = new Set(["went", "goes", "go", "going", "gone"]);
const WRITINGS = new Set([
  "statement",
  "letter",
  "memo",
  "release",
  "video",
  "post",
  "tweet",
  "message",
  "email",
]);
const ISSUED = new Set(["released", "issued", "sent", "posted", "put", "published", "wrote"]);
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday today yesterday night morning evening afternoon later earlier out".split(
    " ",
  ),
);

export function chainHead(tokens: readonly Token[], v: number): number {
  const at = (k: number) => (tokens[k] as Token | undefined)?.lower ?? "";
  const plain = (k: number) => {
    const t = tokens[k] as Token | undefined;
    return !!t && t.word && !t.inQuote;
  };
  const verb = at(v);
  if (!plain(v)) return -1;
  // "went on to say", "went on to explain"
  if (at(v - 1) === "to" && at(v - 2) === "on" && GO_ON.has(at(v - 3)) && plain(v - 3))
    return v - 3;
  if (!verb.endsWith("ing")) return -1;
  // "made a point of saying"
  if (
    at(v - 1) === "of" &&
    at(v - 2) === "point" &&
    at(v - 3) === "a" &&
    /^(made|makes|make)$/.test(at(v - 4))
  )
    return v - 4;
  // "began by saying"
  if (at(v - 1) === "by" && /^(began|begins|started|starts|opened|opens)$/.test(at(v - 2)))
    return v - 2;
  // "released a statement (on) Wednesday saying": no comma before the participle.
  let k = v - 1;
  while (
    k > v - 4 &&
    (TIME_WORDS.has(at(k)) || at(k) === "on" || at(k) === "late" || at(k) === "early")
  )
    k--;
  // "sent out a text message to supporters saying": who it went to sits before the participle.
  if (at(k - 1) === "to" && plain(k) && /s$/.test(at(k)) && !tokens[k]?.cap) k -= 2;
  if (!WRITINGS.has(at(k)) || !plain(k)) return -1;
  k--;
  // One modifier before the writing: "a text message", "a fundraising email".
  if (
    plain(k) &&
    !tokens[k]?.cap &&
    !/^(a|an|the)$/.test(at(k)) &&
    !ISSUED.has(at(k)) &&
    at(k) !== "out"
  )
    k--;
  if (/^(a|an|the)$/.test(at(k))) k--;
  if (at(k) === "out" && ISSUED.has(at(k - 1))) k--;
  return ISSUED.has(at(k)) && plain(k) ? k : -1;
}
