import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDayTime } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Snapshot: ${data?.snapshot.title.slice(0, 60) ?? ""} · claimdesk` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSession(request);
  const caller = await serverCaller(request);
  const snapshot = await caller.evidence
    .snapshot({ evidenceId: params.id ?? "" })
    .catch((error: { code?: string }) => {
      if (error.code === "NOT_FOUND")
        throw new Response("This evidence does not exist.", { status: 404 });
      throw error;
    });
  return { snapshot };
}

/** The readable text the worker kept of an evidence source, with where and when it came from. */
export default function EvidenceSnapshotPage() {
  const { snapshot: s } = useLoaderData<typeof loader>();
  return (
    <div className="stack snapshot-page">
      <p>
        <Link to={`/claims/${s.claim.id}`}>← Claim: {s.claim.text.slice(0, 80)}</Link>
      </p>
      <h1>{s.snapshotTitle ?? s.title}</h1>
      <dl className="snapshot-facts">
        <dt>Source</dt>
        <dd>
          <a href={s.url} target="_blank" rel="noreferrer noopener">
            {s.url}
          </a>
        </dd>
        <dt>Domain</dt>
        <dd>{s.domain ?? "—"}</dd>
        <dt>Fetched</dt>
        <dd>{s.fetchedAt ? formatDayTime(s.fetchedAt) : "not yet"}</dd>
        <dt>Content hash (SHA-256)</dt>
        <dd>
          <code className="hash">{s.contentHash ?? "—"}</code>
        </dd>
      </dl>
      {s.status === "stored" && s.text ? (
        <article className="card snapshot-text" aria-label="Snapshot text">
          {s.text.split(/\n{2,}/).map((paragraph, i) => (
            <p key={`${i}:${paragraph.slice(0, 24)}`}>{paragraph}</p>
          ))}
        </article>
      ) : (
        <p role="status" className="notice">
          {s.status === "failed"
            ? `No snapshot: ${s.error}. Try again from the claim page.`
            : "The snapshot is being taken; reload in a moment."}
        </p>
      )}
    </div>
  );
}
