import type { FactCheck } from "@claimdesk/core/publishing";
import { CONTACT_METHOD_LABEL } from "@claimdesk/core/reply/labels";
import type { SerializeFrom } from "@remix-run/node";
import { Fragment } from "react";
import { StoryBody } from "./story-body.tsx";

/** A fact-check as a loader hands it over (dates as strings). */
export type FactCheckData = SerializeFrom<FactCheck>;

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const formatDate = (d: Date | string) => dateFormat.format(new Date(d));

/** Plain text with bare http(s) links made clickable; everything else is rendered as text. */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} rel="nofollow noopener noreferrer">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

const STANCE: Record<string, string> = {
  supports: "Supports the claim",
  refutes: "Refutes the claim",
  context: "Context",
};

/**
 * The public fact-check: the page at /fact-checks/<slug> and the editor's preview render this
 * same component from the same data, so the preview is the page. A retracted fact-check shows
 * the retraction notice instead of the verdict and the article.
 */
export function FactCheckView({ fc }: { fc: FactCheckData }) {
  const story = fc.retraction ? null : fc.story;
  return (
    <>
      {story ? <h1 className="story-headline">{story.headline}</h1> : null}
      {story ? (
        <p className="story-summary">
          <strong>{story.summary}</strong>
        </p>
      ) : null}
      {story ? (
        <p className="muted byline">
          {story.byline.length > 0 ? `By ${story.byline.join(" and ")} · ` : ""}
          Published {formatDate(fc.publishedAt)}
        </p>
      ) : null}
      {story ? (
        <h2 className="claim-reviewed">
          <span className="muted">Claim: </span>
          {fc.claim}
        </h2>
      ) : (
        <h1>
          <span className="muted">Claim: </span>
          {fc.claim}
        </h1>
      )}
      <p>
        {fc.speaker ? (
          <>
            Said by <strong>{fc.speaker.name}</strong>
            {fc.speaker.role ? `, ${fc.speaker.role}` : ""}
          </>
        ) : (
          "Speaker unknown"
        )}
        {fc.claimDate ? ` on ${formatDate(fc.claimDate)}` : ""}
      </p>
      {fc.retraction ? (
        <section className="card retraction" aria-labelledby="retraction-heading">
          <h2 id="retraction-heading">This fact-check has been retracted</h2>
          <p>
            <LinkedText text={fc.retraction.note} />
          </p>
          <p className="muted">
            Retracted {formatDate(fc.retraction.retractedAt)} · first published{" "}
            {formatDate(fc.publishedAt)}
          </p>
        </section>
      ) : (
        <section className="card verdict" aria-labelledby="verdict-heading">
          <h2 id="verdict-heading">
            Our verdict:{" "}
            <span className={`verdict-label verdict-${fc.verdict.labelSlug}`}>
              {fc.verdict.label}
            </span>
          </h2>
          <p className="muted">
            {fc.verdict.ratingValue} on a scale from {fc.verdict.worstRating} to{" "}
            {fc.verdict.bestRating} ({fc.verdict.scaleName})
          </p>
          <p className="rationale">
            <LinkedText text={fc.verdict.rationale} />
          </p>
          <p className="muted">
            Published {formatDate(fc.publishedAt)}
            {fc.modifiedAt ? ` · Updated ${formatDate(fc.modifiedAt)}` : ""}
          </p>
        </section>
      )}
      {story ? (
        <section aria-label="The fact-check">
          <StoryBody blocks={story.blocks} evidenceCount={fc.evidence.length} />
        </section>
      ) : null}
      {fc.corrections.length > 0 ? (
        <section className="card correction" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {fc.corrections.map((c) => (
              <li key={`${c.datePublished}`}>
                <strong>{formatDate(c.datePublished)}:</strong> {c.note} (verdict changed from “
                {c.from}” to “{c.to}”)
              </li>
            ))}
          </ul>
          {fc.history.length > 0 && !fc.retraction ? (
            <details>
              <summary>Earlier verdicts</summary>
              <ul>
                {fc.history.map((h) => (
                  <li key={h.ratingId}>
                    <strong>{h.label}</strong> ({formatDate(h.approvedAt)}): {h.rationale}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}
      {fc.replies.length > 0 && !fc.retraction ? (
        <section aria-labelledby="reply-heading">
          <h2 id="reply-heading">Right of reply</h2>
          <ul className="list">
            {fc.replies.map((r) => (
              <li key={`${r.contactedAt}-${r.contactee}`}>
                We contacted {r.contactee} by {CONTACT_METHOD_LABEL[r.method]} on{" "}
                {formatDate(r.contactedAt)}.{" "}
                {r.reply ? (
                  <>
                    Their reply{r.repliedAt ? ` (${formatDate(r.repliedAt)})` : ""}:
                    <blockquote>{r.reply}</blockquote>
                  </>
                ) : (
                  "They did not reply."
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {fc.appearances.length > 0 ? (
        <section aria-labelledby="appearances-heading">
          <h2 id="appearances-heading">Where it was said</h2>
          <ul className="list">
            {fc.appearances.map((a) => (
              <li key={a.articleId}>
                {a.url ? (
                  <a href={a.url} rel="nofollow noopener noreferrer">
                    {a.headline}
                  </a>
                ) : (
                  a.headline
                )}
                <div className="muted">
                  {[a.publisher, a.author, a.datePublished ? formatDate(a.datePublished) : null]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
                <blockquote>{a.quote}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {fc.evidence.length > 0 && !fc.retraction ? (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence and sources</h2>
          <ol className="list evidence-sources">
            {fc.evidence.map((e) => (
              <li key={e.n} id={`evidence-${e.n}`}>
                <a href={e.url} rel="nofollow noopener noreferrer">
                  {e.title}
                </a>{" "}
                <span className="badge">{STANCE[e.stance] ?? e.stance}</span>
                {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
