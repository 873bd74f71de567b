import { listPublishedFactChecks } from "@claimdesk/core/publishing";
import {
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDay } from "~/lib/dates.ts";
import { webEnv } from "../services/env.server.ts";
import { passPublicPageHeaders, publicPageHeaders } from "../services/public-cache.server.ts";
import { webServices } from "../services/services.server.ts";

export const PAGE_SIZE = 20;

/** Public list of published fact-checks, newest first (no sign-in). */
export async function loader({ request }: LoaderFunctionArgs) {
  const env = webEnv();
  const cursor = new URL(request.url).searchParams.get("cursor");
  try {
    const page = await listPublishedFactChecks(webServices().db, { cursor, limit: PAGE_SIZE });
    return data(
      {
        orgName: env.CLAIMDESK_ORG_NAME,
        nextCursor: page.nextCursor,
        items: page.items.map((f) => ({
          slug: f.slug,
          claim: f.claim,
          speaker: f.speaker?.name ?? null,
          label: f.verdict.label,
          labelSlug: f.verdict.labelSlug,
          publishedAt: f.publishedAt,
          corrected: f.corrections.length > 0,
        })),
      },
      { headers: publicPageHeaders(request, "public, max-age=60, stale-while-revalidate=300") },
    );
  } catch {
    throw new Response("That page of fact-checks does not exist: start from the first page.", {
      status: 400,
    });
  }
}

export const headers: HeadersFunction = passPublicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Fact-checks · ${data?.orgName ?? "claimdesk"}` },
];

export default function FactChecks() {
  const { items, nextCursor, orgName } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>Fact-checks by {orgName}</h1>
      <p className="muted">
        Also available as a machine-readable <a href="/api/claimreview">ClaimReview feed</a>.
      </p>
      {items.length === 0 ? (
        <div className="card">
          <p>No fact-checks have been published yet.</p>
        </div>
      ) : (
        <ul className="list card" aria-label="Published fact-checks">
          {items.map((f) => (
            <li key={f.slug}>
              <Link to={`/fact-checks/${f.slug}`}>
                <strong>{f.claim}</strong>
              </Link>
              <div className="muted">
                <span className={`verdict-label verdict-${f.labelSlug}`}>{f.label}</span>
                {f.speaker ? ` · ${f.speaker}` : ""} · {formatDay(f.publishedAt)}
                {f.corrected ? " · corrected" : ""}
              </div>
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? (
        <Link
          className="button secondary"
          to={`/fact-checks?cursor=${encodeURIComponent(nextCursor)}`}
        >
          Older fact-checks
        </Link>
      ) : null}
    </div>
  );
}
