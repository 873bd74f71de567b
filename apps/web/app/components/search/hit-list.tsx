import { HighlightedText } from "~/components/highlighted-text.tsx";
import { SpeakerLink } from "~/components/speaker-link.tsx";
import { StatusBadge } from "~/components/status-badge.tsx";
import { formatDay } from "~/lib/dates.ts";
import { LIST_ITEM_ATTRIBUTE } from "~/lib/use-list-keys.ts";

export const TYPE_LABEL: Record<string, string> = {
  claim: "Claim",
  statement: "Statement",
  article: "Article",
};

/** A hit as the search page's loader sends it (routes/search.tsx: toPage). */
export type PageHit = {
  type: string;
  id: string;
  claimId: string | null;
  articleId: string | null;
  speaker: string | null;
  kind: string | null;
  outlet: string | null;
  date: string | null;
  shown: string;
  body: string | null;
  verdict: string | null;
  status: string | null;
  variants: { statementId: string; articleId: string; articleTitle: string; text: string }[];
  appearances: { statementId: string; articleId: string; articleTitle: string; text: string }[];
  appearanceCount: number;
};

function hitHref(hit: {
  type: string;
  id: string;
  claimId: string | null;
  articleId: string | null;
}) {
  if (hit.type === "claim") return `/claims/${hit.id}`;
  if (hit.type === "article") return `/articles/${hit.id}`;
  return hit.claimId ? `/claims/${hit.claimId}` : `/articles/${hit.articleId}`;
}

/**
 * The search results. Its links are plain anchors (the page navigates them in the app with one
 * handler, lib/client-navigation.ts), not a Remix <Link> each: decision 023.
 */
export function HitList({ hits }: { hits: PageHit[] }) {
  return (
    <ol className="list card hits">
      {hits.map((hit) => (
        <li key={`${hit.type}-${hit.id}`} className="hit">
          <div className="muted small-text">
            <span className="type-tag">{TYPE_LABEL[hit.type]}</span>
            {hit.speaker ? (
              <span className="speaker">
                {" · "}
                <SpeakerLink name={hit.speaker} plain />
              </span>
            ) : null}
            {hit.kind ? ` · ${hit.kind.replace("_", " ")}` : ""}
            {hit.outlet ? ` · ${hit.outlet}` : ""}
            {hit.date ? ` · ${formatDay(hit.date)}` : ""}
          </div>
          <a href={hitHref(hit)} className="hit-text" {...{ [LIST_ITEM_ATTRIBUTE]: "" }}>
            <HighlightedText text={hit.shown} />
          </a>
          {hit.variants.length > 0 ? (
            <div className="small-text variants">
              Also worded as:{" "}
              {hit.variants.map((v, i) => (
                <span key={v.statementId}>
                  {i > 0 ? "; " : ""}
                  <a href={`/articles/${v.articleId}`} title={v.articleTitle}>
                    “{v.text}”
                  </a>
                </span>
              ))}
            </div>
          ) : null}
          {hit.appearances.length > 0 ? (
            <div className="small-text variants">
              Said in:{" "}
              {hit.appearances.map((a, i) => (
                <span key={a.statementId}>
                  {i > 0 ? "; " : ""}
                  <a href={`/articles/${a.articleId}`} title={`“${a.text}”`}>
                    {a.articleTitle}
                  </a>
                </span>
              ))}
              {hit.appearanceCount > hit.appearances.length
                ? ` and ${hit.appearanceCount - hit.appearances.length} more`
                : ""}
            </div>
          ) : null}
          {hit.type === "article" && hit.body ? (
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
