import { statementKindLabel } from "@claimdesk/db/statement-kinds";
import { Link } from "@remix-run/react";
import { SpeakerLink } from "~/components/speaker-link.tsx";
import { formatDay } from "~/lib/dates.ts";
import type { ClaimPageData } from "./types.ts";

const day = (d: string | Date | null) => formatDay(d);

/** Where the claim was said: each statement in its article, with its context. */
export function ClaimAppearances({ claim }: { claim: ClaimPageData["claim"] }) {
  return (
    <section className="card stack" aria-labelledby="appearances-heading">
      <h2 id="appearances-heading">Appearances ({claim.appearances.length})</h2>
      {claim.appearances.length === 0 ? <p className="muted">Not found in any article.</p> : null}
      <ul className="list">
        {claim.appearances.map((a) => (
          <li key={a.statementId}>
            <p className="context">
              {a.before}
              <mark>{a.quote}</mark>
              {a.after}
            </p>
            <p className="muted small-text">
              <SpeakerLink name={a.speaker} /> ({statementKindLabel(a.kind)}) in{" "}
              <Link to={`/articles/${a.article.id}`}>{a.article.title}</Link>
              {a.article.outlet ? `, ${a.article.outlet}` : ""},{" "}
              {a.article.publishedAt
                ? day(a.article.publishedAt)
                : `publication date unknown (added ${day(a.article.date)})`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Earlier checked claims that look like this one. */
export function ClaimMatches({ matches }: { matches: ClaimPageData["matches"] }) {
  return (
    <section className="card stack" aria-labelledby="matches-heading">
      <h2 id="matches-heading">Likely matches among checked claims</h2>
      {!matches.available ? <p className="muted">Search is unavailable right now.</p> : null}
      {matches.available && matches.items.length === 0 ? (
        <p className="muted">No earlier checked claim looks like this one.</p>
      ) : null}
      <ul className="list">
        {matches.items.map((m) => (
          <li key={m.claimId}>
            {m.level !== "related" ? (
              <span className={m.level === "same" ? "badge badge-warn" : "badge"}>
                {m.level === "same" ? "Same claim" : "Likely the same claim"}
              </span>
            ) : null}{" "}
            <Link to={`/claims/${m.claimId}`}>{m.text}</Link>
            <div className="muted small-text">
              {m.verdict ? <strong>{m.verdict}</strong> : null}
              {m.rating && m.rating !== m.verdict ? (
                <>
                  {m.verdict ? " · " : ""}rated <strong>“{m.rating}”</strong>
                </>
              ) : null}
              {m.publisher ? ` by ${m.publisher}` : ""}
              {m.speaker ? ` · ${m.speaker}` : ""}
              {m.date ? ` · ${day(m.date)}` : ""}
              {m.url ? (
                <>
                  {" · "}
                  <a href={m.url} rel="noreferrer">
                    the fact-check
                  </a>
                </>
              ) : null}
              {` · match ${Math.round(m.score * 100)} %: ${m.reason}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
