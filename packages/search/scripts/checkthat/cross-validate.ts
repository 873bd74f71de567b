// Measures a re-ranking idea before it ships: the matcher's candidates and features for every
// CheckThat! train tweet, plus the idea's extra features, a pairwise logistic regression as
// train-reranker fits it, 5-fold cross-validation on train (by tweet), then dev once.
//
//   pnpm --filter @claimdesk/search exec tsx scripts/checkthat/cross-validate.ts [--dev]
//       the shipped features alone
//   import { crossValidate } from "./cross-validate.ts" and pass `extra` to try more features
//       (decision 009 lists what was tried this way)
import { parseArgs } from "node:util";
import type { AnalyzedText } from "../../src/matching/analyze-text.ts";
import { ClaimMatcher } from "../../src/matching/claim-matcher.ts";
import type { IndexedClaim } from "../../src/matching/match-index.ts";
import {
  shippedTranslations,
  type WordTranslations,
} from "../../src/matching/word-translations.ts";
import {
  checkedClaimsOf,
  readTweets,
  readVerifiedClaims,
  scoreRankings,
  type Tweet,
} from "./read-checkthat.ts";
import { trainLogistic } from "./train-logistic.ts";
import { buildTranslations, FOLDS, foldOf } from "./train-translations.ts";

/** More features of one candidate (the index is the matcher's, for idf). */
export type ExtraFeatures = (
  tweet: Tweet,
  query: AnalyzedText,
  entry: IndexedClaim,
  matcher: ClaimMatcher,
) => number[];

export interface List {
  tweet: Tweet;
  ids: string[];
  x: number[][];
  quoted: number[];
}

/** Same weight as the matcher's QUOTED_BONUS: a claim quoting the statement goes first. */
export const QUOTED_BONUS = 8;

let shared: ClaimMatcher | null = null;
const matcherOf = () => {
  shared ??= new ClaimMatcher(checkedClaimsOf(readVerifiedClaims()));
  return shared;
};

/**
 * The tweets' candidates and features. `tableFor(i)` is the translation table for tweet i, one
 * that did not learn from its pair (claim_translated); the shipped one when not given.
 */
export function lists(
  split: "train" | "dev",
  extra: ExtraFeatures | null,
  tableFor?: (i: number) => WordTranslations,
  only?: (i: number) => boolean,
): List[] {
  const matcher = matcherOf();
  return readTweets(split).flatMap((tweet, i) => {
    if (only && !only(i)) return [];
    matcher.translations = tableFor ? tableFor(i) : shippedTranslations();
    const { query, ranked } = matcher.rankCandidates(tweet.text);
    return [
      {
        tweet,
        ids: ranked.map((r) => r.candidate.entry.claim.id),
        quoted: ranked.map((r) => r.quoted),
        x: ranked.map((r) => [
          ...r.features.values,
          ...(extra ? extra(tweet, query, r.candidate.entry, matcher) : []),
        ]),
      },
    ];
  });
}

export function fit(ls: List[], l2: number): number[] {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const q of ls) {
    q.ids.forEach((id, i) => {
      if (!q.tweet.relevant.has(id)) return;
      const xi = q.x[i] as number[];
      q.ids.forEach((other, j) => {
        if (q.tweet.relevant.has(other)) return;
        const xj = q.x[j] as number[];
        const d = xi.map((v, k) => v - (xj[k] as number));
        rows.push(
          d,
          d.map((v) => -v),
        );
        labels.push(1, 0);
      });
    });
  }
  return trainLogistic(rows, labels, { epochs: 1500, l2 }).weights;
}

export function evaluate(ls: List[], weights: number[]) {
  const rankings = new Map<string, string[]>();
  for (const q of ls) {
    const scored = q.x.map((x, i) => ({
      id: q.ids[i] as string,
      s:
        x.reduce((z, v, k) => z + v * (weights[k] as number), 0) +
        QUOTED_BONUS * (q.quoted[i] as number),
    }));
    scored.sort((a, b) => b.s - a.s);
    rankings.set(
      q.tweet.id,
      scored.map((r) => r.id),
    );
  }
  return scoreRankings(
    ls.map((q) => q.tweet),
    rankings,
  );
}

/** Train CV MAP@5, in-sample train and (with `dev`) dev scores of the features plus `extra`. */
export function crossValidate(
  name: string,
  extra: ExtraFeatures | null,
  options: { dev?: boolean; l2?: number } = {},
): string {
  const l2 = options.l2 ?? 1e-4;
  const { without } = foldTables();
  const train = lists("train", extra, (i) => without(foldOf(i)));
  let cv = 0;
  let heldCount = 0;
  for (let f = 0; f < FOLDS; f++) {
    // inside the fold too, no tweet's feature comes from a table that saw its pair
    const inFold = lists(
      "train",
      extra,
      (i) => without(f, foldOf(i)),
      (i) => foldOf(i) !== f,
    );
    const weights = fit(inFold, l2);
    const held = train.filter((_, i) => foldOf(i) === f);
    cv += evaluate(held, weights).map * held.length;
    heldCount += held.length;
  }
  return finish(name, train, cv, heldCount, l2, extra, options);
}

/** Translation tables learned without some folds, built once each. */
export function foldTables() {
  const matcher = matcherOf();
  const tables = new Map<string, WordTranslations>();
  const without = (...folds: number[]) => {
    const key = [...new Set(folds)].sort().join(",");
    let t = tables.get(key);
    if (!t) {
      t = buildTranslations(matcher, { withoutFolds: folds });
      tables.set(key, t);
    }
    return t;
  };
  return { without };
}

function finish(
  name: string,
  train: List[],
  cv: number,
  heldCount: number,
  l2: number,
  extra: ExtraFeatures | null,
  options: { dev?: boolean },
): string {
  if (heldCount !== train.length) throw new Error("folds do not cover train");
  const weights = fit(train, l2);
  const s = evaluate(train, weights);
  const f3 = (v: number) => v.toFixed(3);
  let line = `${name}: train CV MAP@5 ${(cv / train.length).toFixed(4)}; train ${f3(s.map)} / ${f3(s.r1)} / ${f3(s.rk)}`;
  if (options.dev) {
    const d = evaluate(lists("dev", extra), weights);
    line += `; dev ${f3(d.map)} / ${f3(d.r1)} / ${f3(d.rk)}`;
  }
  return line;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dev: { type: "boolean" } } });
  console.log(crossValidate("shipped features", null, { dev: values.dev }));
}
