import type { Block, Inline } from "@claimdesk/core/publishing";
import { Fragment } from "react";

/** One line of the body: text, emphasis, https links and [n] citations linking to evidence n. */
function Inlines({ inlines, evidenceCount }: { inlines: Inline[]; evidenceCount: number }) {
  return (
    <>
      {inlines.map((i, k) => {
        switch (i.type) {
          case "strong":
            return <strong key={k}>{i.text}</strong>;
          case "em":
            return <em key={k}>{i.text}</em>;
          case "link":
            return (
              <a key={k} href={i.href} rel="nofollow noopener noreferrer">
                {i.text}
              </a>
            );
          case "cite":
            return i.n >= 1 && i.n <= evidenceCount ? (
              <sup key={k} className="citation">
                <a href={`#evidence-${i.n}`} aria-label={`source ${i.n}`}>
                  [{i.n}]
                </a>
              </sup>
            ) : (
              <Fragment key={k}>[{i.n}]</Fragment>
            );
          default:
            return <Fragment key={k}>{i.text}</Fragment>;
        }
      })}
    </>
  );
}

/** The fact-check's body, parsed in core (never HTML): React elements only. */
export function StoryBody({ blocks, evidenceCount }: { blocks: Block[]; evidenceCount: number }) {
  return (
    <div className="story-body">
      {blocks.map((b, k) =>
        b.type === "heading" ? (
          <h3 key={k}>
            <Inlines inlines={b.inlines} evidenceCount={evidenceCount} />
          </h3>
        ) : b.type === "quote" ? (
          <blockquote key={k}>
            <Inlines inlines={b.inlines} evidenceCount={evidenceCount} />
          </blockquote>
        ) : b.type === "list" ? (
          <ul key={k}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Inlines inlines={item} evidenceCount={evidenceCount} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={k}>
            <Inlines inlines={b.inlines} evidenceCount={evidenceCount} />
          </p>
        ),
      )}
    </div>
  );
}
