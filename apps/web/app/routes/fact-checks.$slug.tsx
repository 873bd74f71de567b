import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@claimdesk/api/text";
import {
  buildClaimReview,
  getPublishedFactCheck,
  resolvePublisherSite,
  serializeJsonLd,
} from "@claimdesk/core/publishing";
import { getDb } from "@claimdesk/db";
import {
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { webEnv } from "../server/env.server.ts";
import { passPublicPageHeaders, publicPageHeaders } from "../server/public-cache.server.ts";

/** Public fact-check page: no sign-in; only published claims exist here (404 otherwise). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const env = webEnv();
  const slug = params.slug ?? "";
  if (!isStorableText(slug))
    throw new Response(`The address ${UNSTORABLE_TEXT_MESSAGE}.`, { status: 400 });
  const factCheck = await getPublishedFactCheck(getDb(), slug);
  if (!factCheck) {
    throw new Response("There is no published fact-check at this address.", { status: 404 });
  }
  const site = resolvePublisherSite(request, env);
  const claimReview = buildClaimReview(factCheck, site);
  return data(
    {
      factCheck,
      orgName: site.orgName,
      url: String(claimReview.url),
      jsonLd: serializeJsonLd(claimReview),
    },
    {
      headers: publicPageHeaders(request, "public, max-age=300, stale-while-revalidate=600", {
        hostDerived: !env.PUBLIC_ORIGIN,
      }),
    },
  );
}

export const headers: HeadersFunction = passPublicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `Fact-check: ${data.factCheck.claim.slice(0, 90)} · ${data.orgName}` },
        {
          name: "description",
          content: `${data.factCheck.verdict.label}. ${data.factCheck.verdict.rationale.slice(0, 200)}`,
        },
        { tagName: "link", rel: "canonical", href: data.url },
      ]
    : [{ title: "Fact-check not found" }];

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

export default function FactCheckPage() {
  const { factCheck: fc, jsonLd, orgName } = useLoaderData<typeof loader>();
  return (
    <article className="stack fact-check">
      {/* JSON-LD is serialised with <, > and & escaped, so user text cannot end the script. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <p className="muted">
        <Link to="/fact-checks">Fact-checks</Link> · {orgName}
      </p>
      <h1>
        <span className="muted">Claim: </span>
        {fc.claim}
      </h1>
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
          {fc.history.length > 0 ? (
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
      {fc.evidence.length > 0 ? (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence and sources</h2>
          <ul className="list">
            {fc.evidence.map((e) => (
              <li key={e.url + e.title}>
                <a href={e.url} rel="nofollow noopener noreferrer">
                  {e.title}
                </a>{" "}
                <span className="badge">{STANCE[e.stance] ?? e.stance}</span>
                {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
