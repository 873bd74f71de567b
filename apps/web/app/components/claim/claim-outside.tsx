import { formatDay } from "~/lib/dates.ts";
import { ClaimTitle } from "./claim-title.tsx";
import type { ClaimData } from "./types.ts";

type Outside = NonNullable<ClaimData["outside"]>;

const SOURCE_LABEL: Record<Outside["source"], string> = {
  liar: "from the LIAR dataset",
  claimreview: "from its ClaimReview",
};

/**
 * The header of an earlier fact-check by another organisation: who checked it and when, never
 * the desk's workflow, check-worthiness or assignment (it is not the desk's work).
 */
export function OutsideCheckHeader({ claim, outside }: { claim: ClaimData; outside: Outside }) {
  return (
    <header className="stack">
      <p className="muted" data-testid="outside-kicker">
        Earlier fact-check by <strong>{outside.publisher}</strong> · imported{" "}
        {SOURCE_LABEL[outside.source]}
        {claim.claimDate ? ` · said ${formatDay(claim.claimDate)}` : ""}
      </p>
      <ClaimTitle claim={claim} linkSpeaker={false} />
      <p className="notice">
        This is {outside.publisher}'s check, not the desk's: it is not in the review queue, cannot
        be published here, and does not count in the desk's figures. Matching uses it to spot claims
        that were checked before.
      </p>
    </header>
  );
}

/** Their verdict in their words, where it sits on the desk's scale, when and where they published it. */
export function OutsideVerdict({ outside }: { outside: Outside }) {
  return (
    <section className="card stack" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{outside.publisher}'s verdict</h2>
      <dl className="facts">
        <dt>Their verdict</dt>
        <dd>
          {outside.verdict ? (
            <span className="verdict-label">{outside.verdict}</span>
          ) : (
            <span className="muted">not given</span>
          )}
        </dd>
        <dt>On our scale</dt>
        <dd data-testid="desk-verdict">
          {outside.deskVerdict ? (
            <>
              <strong>{outside.deskVerdict.name}</strong>{" "}
              <span className="muted">on the {outside.deskVerdict.scaleName}</span>
            </>
          ) : (
            <span className="muted">no equivalent on our scale</span>
          )}
        </dd>
        <dt>Reviewed</dt>
        <dd>
          {outside.reviewedAt ? (
            formatDay(outside.reviewedAt)
          ) : (
            <span className="muted">
              {outside.source === "liar"
                ? "date not given in the LIAR dataset"
                : "date not given by the publisher"}
            </span>
          )}
        </dd>
        {outside.headline ? (
          <>
            <dt>Headline</dt>
            <dd>{outside.headline}</dd>
          </>
        ) : null}
      </dl>
      {outside.url ? (
        <p>
          <a href={outside.url} rel="noopener noreferrer nofollow" target="_blank">
            Read the original review at {hostOf(outside.url)} →
          </a>
        </p>
      ) : (
        <p className="muted">No link to the original review was given.</p>
      )}
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
