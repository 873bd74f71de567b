import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { FactCheckView } from "~/components/fact-check/fact-check-view.tsx";
import { PublishConfirm, PublishedPanel } from "~/components/fact-check/publish-panel.tsx";
import { StoryForm } from "~/components/fact-check/story-form.tsx";
import { formatDayTime } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { loadFactCheckEditor, runFactCheckIntent } from "~/services/fact-check-editor.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Fact-check editor: ${data?.claim.text.slice(0, 60) ?? ""} · claimdesk` },
];

/** The fact-check editor (editors): the draft, the preview as published, publish and retract. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSession(request, "editor");
  const caller = await serverCaller(request);
  return loadFactCheckEditor(caller, request, params.id ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  return formAction(request, "editor", async ({ form, intent, caller }) => {
    const note = await runFactCheckIntent(caller, params.id ?? "", intent, form);
    return { intent, ok: note, evidenceId: null };
  });
}

export default function FactCheckEditor() {
  const data = useLoaderData<typeof loader>();
  const busy = useNavigation().state !== "idle";
  const { claim, preview, draft } = data;
  const published = claim.status === "published";
  const fc = preview.factCheck;
  const ready = claim.status === "approved" && preview.problems.length === 0 && fc;
  return (
    <div className="stack">
      <p className="muted">
        <Link to={`/claims/${claim.id}`}>← Back to the claim</Link>
      </p>
      <h1>Fact-check editor</h1>
      <p className="claim-text">
        <q>{claim.text}</q>
      </p>
      {claim.verdict ? (
        <p>
          Verdict: <span className="verdict-label">{claim.verdict.label}</span>{" "}
          <span className="muted">
            by {claim.verdict.author ?? "a former user"}, approved by{" "}
            {claim.verdict.approver ?? "a former user"}
          </span>
        </p>
      ) : null}
      {published && data.publicUrl ? (
        <PublishedPanel
          url={data.publicUrl}
          retracted={Boolean(fc?.retraction)}
          justPublished={data.justPublished}
          busy={busy}
        />
      ) : claim.status !== "approved" ? (
        <p className="notice">
          The fact-check is written around an approved verdict: this claim's verdict is not approved
          yet.
        </p>
      ) : (
        <div className="editor-layout">
          <StoryForm
            draft={draft}
            evidence={claim.evidence}
            verdict={{
              author: claim.verdict?.author ?? null,
              approver: claim.verdict?.approver ?? null,
            }}
            busy={busy}
          />
          {data.confirming && ready && preview.storyUpdatedAt && data.publicUrl && draft ? (
            <PublishConfirm
              claimId={claim.id}
              headline={draft.headline}
              verdict={fc.verdict.label}
              url={data.publicUrl}
              storyUpdatedAt={new Date(preview.storyUpdatedAt).toISOString()}
              busy={busy}
            />
          ) : (
            <section className="card stack" aria-labelledby="publish-heading">
              <h2 id="publish-heading">Publish</h2>
              {preview.problems.length > 0 ? (
                <ul className="error-text" aria-label="Before publishing">
                  {preview.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : (
                <p>
                  The preview below is the saved draft
                  {preview.storyUpdatedAt ? ` of ${formatDayTime(preview.storyUpdatedAt)}` : ""},
                  exactly as it will be published.
                </p>
              )}
              <Form method="get">
                <button type="submit" name="confirm" value="1" disabled={!ready || busy}>
                  Publish…
                </button>
              </Form>
            </section>
          )}
        </div>
      )}
      {fc && draft ? (
        <section className="stack" aria-labelledby="preview-heading">
          <h2 id="preview-heading">
            {published ? "The public page" : "Preview of the public page"}
          </h2>
          <article className="stack fact-check preview-frame" aria-label="Public page preview">
            <FactCheckView fc={fc} />
          </article>
          <details>
            <summary>ClaimReview JSON-LD{fc.retraction ? " (feed item)" : ""}</summary>
            <pre className="json-ld" aria-label="ClaimReview JSON-LD">
              {data.claimReviewJson}
            </pre>
          </details>
        </section>
      ) : null}
    </div>
  );
}
