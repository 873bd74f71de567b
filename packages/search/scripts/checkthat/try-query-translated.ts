// Issue 21 experiment: the other direction of claim_translated: the idf share of the statement's
// words missing from the claim that stand for one of the claim's words (same table, same folds).
//   pnpm --filter @claimdesk/search exec tsx scripts/checkthat/try-query-translated.ts
import { crossValidate } from "./cross-validate.ts";

console.log(
  crossValidate(
    "+ query_translated",
    (_tweet, query, entry, matcher) => {
      let missing = 0;
      let explained = 0;
      for (const stem of new Set(query.stems)) {
        if (entry.stems.has(stem)) continue;
        const idf = matcher.index.idf(stem);
        missing += idf;
        let best = 0;
        const row = matcher.translations.bestFrom([stem]);
        for (const [target, p] of row) if (p > best && entry.stems.has(target)) best = p;
        explained += idf * best;
      }
      return [missing > 0 ? explained / missing : 0];
    },
    { dev: true },
  ),
);
