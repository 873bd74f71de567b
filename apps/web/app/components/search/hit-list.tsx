import { HighlightedText } from "~/components/highlighted-text.tsx";
import { SpeakerLink } from "~/components/speaker-link.tsx";
import { StatusBadge } from "~/components/status-badge.tsx";
import { LIST_ITEM_ATTRIBUTE } from "~/lib/use-list-keys.ts";
import type { PageHit } from "./page-view.ts";

export type { PageHit } from "./page-view.ts";

export const TYPE_LABEL: Record<string, string> = {
  claim: "Claim",
  statement: "Statement",
  article: "Article",
};

/** Marks a hit's link for the j / k keys. */
const LIST_ITEM = { [LIST_ITEM_ATTRIBUTE]: "" };

/**
 * The search results. Its links are plain anchors (the page navigates them in the app with one
 * handler, lib/client-navigation.ts), not a Remix <Link> each: decision 023.
 */
export function HitList({ hits }: { hits: PageHit[] }) {
  // Adjacent pieces of text are written as one string: React separates text nodes in its
  // server markup with a comment each, which the browser then parses (decision 023).
  return (
    <ol className="list card hits">
      {hits.map((hit) => (
        <li key={hit.key} className="hit">
          <div className="muted small-text">
            <span className="type-tag">{TYPE_LABEL[hit.type]}</span>
            {hit.speaker ? (
              <span className="speaker">
                {" · "}
                <SpeakerLink name={hit.speaker} plain />
              </span>
            ) : null}
            {hit.meta}
          </div>
          <a href={hit.href} className="hit-text" {...LIST_ITEM}>
            <HighlightedText text={hit.shown} />
          </a>
          {hit.variants.length > 0 ? (
            <div className="small-text variants">
              {"Also worded as: "}
              {hit.variants.map((v, i) => (
                <span key={v.statementId}>
                  {i > 0 ? "; " : null}
                  <a href={`/articles/${v.articleId}`} title={v.articleTitle}>
                    {`“${v.text}”`}
                  </a>
                </span>
              ))}
            </div>
          ) : null}
          {hit.appearances.length > 0 ? (
            <div className="small-text variants">
              {"Said in: "}
              {hit.appearances.map((a, i) => (
                <span key={a.statementId}>
                  {i > 0 ? "; " : null}
                  <a href={`/articles/${a.articleId}`} title={`“${a.text}”`}>
                    {a.articleTitle}
                  </a>
                </span>
              ))}
              {hit.moreAppearances > 0 ? ` and ${hit.moreAppearances} more` : null}
            </div>
          ) : null}
          {hit.body ? (
            <p className="small-text">
              <HighlightedText text={hit.body} />
            </p>
          ) : null}
          <div>
            {hit.verdict ? <span className="verdict-chip">{hit.verdict}</span> : null}{" "}
            {hit.status ? <StatusBadge status={hit.status} /> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
