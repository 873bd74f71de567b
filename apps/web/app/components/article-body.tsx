import { canBeClaim, statementKindLabel } from "@claimdesk/db/statement-kinds";
import { Link } from "@remix-run/react";

export interface BodyStatement {
  id: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  claimId: string | null;
}

export interface BodyRange {
  start: number;
  end: number;
}

const isBreak = (c: string) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

/**
 * One statement in place. The statement's own words are the control (a link to its claim, or a
 * button that opens one, posted with the page's form, so it works without JavaScript); who said
 * it and what the control does are a tip beside the words, shown on hover and keyboard focus and
 * read out as the control's description, never printed inside the sentence.
 */
function StatementMark({
  s,
  text,
  openFormId,
}: {
  s: BodyStatement;
  text: string;
  openFormId: string;
}) {
  const who = `${s.speaker ?? "Unknown speaker"}, ${statementKindLabel(s.kind, true)}`;
  const tipId = `tip-${s.id}`;
  const claimable = canBeClaim(s.kind);
  // A reported question is recorded (who asked what), never a claim: no control to make one.
  const tip = `${who} · ${!claimable ? "not a claim" : s.claimId ? "open the claim" : "make a claim"}`;
  return (
    <mark className={`statement kind-${s.kind}`} data-statement-id={s.id}>
      {!claimable ? (
        // focusable so the tip shows on keyboard focus, as on the other statements
        <span tabIndex={0} aria-describedby={tipId} className="statement-text">
          {text}
        </span>
      ) : s.claimId ? (
        <Link to={`/claims/${s.claimId}`} aria-describedby={tipId} className="statement-text">
          {text}
        </Link>
      ) : (
        <button
          type="submit"
          form={openFormId}
          name="statementId"
          value={s.id}
          className="statement-text link-button"
          aria-describedby={tipId}
        >
          {text}
        </button>
      )}
      <span role="tooltip" id={tipId} className="statement-tip">
        {tip}
      </span>
    </mark>
  );
}

/**
 * A page of the article text (`body` is the article from `offset` on) with each statement
 * highlighted in place (statement offsets are into the whole article) and heading lines as
 * headings. Overlapping statements after the first are left unmarked.
 */
export function ArticleBody({
  body,
  offset = 0,
  statements,
  headings = [],
  openFormId,
}: {
  body: string;
  offset?: number;
  statements: BodyStatement[];
  headings?: BodyRange[];
  openFormId: string;
}) {
  const end = offset + body.length;
  const marks = [...statements]
    .filter((s) => s.start >= offset && s.end <= end)
    .sort((a, b) => a.start - b.start);
  const heads = [...headings]
    .filter((h) => h.start >= offset && h.end <= end)
    .sort((a, b) => a.start - b.start);
  const nodes: React.ReactNode[] = [];
  let run: React.ReactNode[] = [];
  const flush = (key: string) => {
    if (run.length) nodes.push(<span key={key}>{run}</span>);
    run = [];
  };
  let at = offset;
  let m = 0;
  /** Text and statements from `at` up to `until`. */
  const inline = (until: number) => {
    while (m < marks.length && marks[m]!.start < until) {
      const s = marks[m++]!;
      if (s.start < at) continue;
      if (s.start > at) run.push(body.slice(at - offset, s.start - offset));
      run.push(
        <StatementMark
          key={s.id}
          s={s}
          text={body.slice(s.start - offset, s.end - offset)}
          openFormId={openFormId}
        />,
      );
      at = s.end;
    }
    if (until > at) run.push(body.slice(at - offset, until - offset));
    at = Math.max(at, until);
  };
  for (const h of heads) {
    if (h.start < at) continue;
    inline(h.start);
    flush(`t-${h.start}`);
    // The heading's own line break is the block's edge, not text.
    let after = h.end;
    if (after < end && isBreak(body[after - offset] ?? "")) after++;
    nodes.push(
      <h2 key={`h-${h.start}`} className="article-heading">
        {body.slice(h.start - offset, h.end - offset).replace(/^#+\s*/, "")}
      </h2>,
    );
    at = after;
  }
  inline(end);
  flush("t-end");
  return <div className="article-body">{nodes}</div>;
}
