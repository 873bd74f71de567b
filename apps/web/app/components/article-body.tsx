import { Link } from "@remix-run/react";

export interface BodyStatement {
  id: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  claimId: string | null;
}

const KIND: Record<string, string> = {
  direct_quote: "quote",
  reported: "reported",
  mixed: "mixed",
  assertion: "assertion",
};

/**
 * The article text with each statement highlighted in place (offsets into the body). A
 * highlight links to its claim, or is a button that opens one (posted with the page's form).
 * Overlapping statements after the first are left unmarked.
 */
export function ArticleBody({
  body,
  statements,
  openFormId,
}: {
  body: string;
  statements: BodyStatement[];
  openFormId: string;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of [...statements].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > body.length) continue;
    if (s.start > at) parts.push(body.slice(at, s.start));
    const who = `${s.speaker ?? "Unknown speaker"}, ${KIND[s.kind] ?? s.kind}`;
    const text = body.slice(s.start, s.end);
    const buttonId = `open-${s.id}`;
    parts.push(
      <mark key={s.id} className={`statement kind-${s.kind}`} data-statement-id={s.id}>
        {s.claimId ? (
          <Link to={`/claims/${s.claimId}`} title={`${who}: open the claim`}>
            {text}
          </Link>
        ) : (
          // The text is a mouse target; the labelled button after it is the keyboard and no-JS one.
          <span
            className="statement-text"
            onClick={() => document.getElementById(buttonId)?.click()}
          >
            {text}
          </span>
        )}{" "}
        {s.claimId ? (
          <span className="statement-meta">[{who}]</span>
        ) : (
          <button
            id={buttonId}
            type="submit"
            form={openFormId}
            name="statementId"
            value={s.id}
            className="statement-meta link-button"
            title="Make a claim from this statement"
          >
            [{who} · make a claim]
          </button>
        )}
      </mark>,
    );
    at = s.end;
  }
  if (at < body.length) parts.push(body.slice(at));
  return <div className="article-body">{parts}</div>;
}
