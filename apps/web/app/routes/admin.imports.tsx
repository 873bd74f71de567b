import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  useActionData,
  useLoaderData,
  useNavigation,
  useRevalidator,
} from "@remix-run/react";
import { useEffect } from "react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { formatDayTime } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { formString } from "~/services/form.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Imports · claimdesk" }];

/** Admin only: checked here and again by the imports procedures. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "admin");
  const caller = await serverCaller(request);
  return caller.imports.list();
}

export async function action({ request }: ActionFunctionArgs) {
  return formAction(
    request,
    "admin",
    async ({ form, intent, caller }) => {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0)
        return { intent, error: "File: choose a LIAR .tsv or ClaimReview .json file." };
      await caller.imports.upload({
        kind: formString(form, "kind") as "liar" | "claimreview",
        fileName: file.name || "upload",
        content: await file.text(),
      });
      return { intent, ok: `${file.name} is queued for import; progress shows below.` };
    },
    { intent: "upload" },
  );
}

export default function AdminImports() {
  const { runs } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const busy = runs.some((r) => r.status === "queued" || r.status === "running");
  // While an import runs, its progress is read again every second.
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, 1000);
    return () => clearInterval(timer);
  }, [busy, revalidator]);
  const uploading = navigation.state === "submitting";
  return (
    <div className="stack">
      <h1>Imports</h1>
      <p className="muted">
        Earlier fact-checks by other organisations, from a file: the LIAR dataset (.tsv, rated on
        PolitiFact's scale) or ClaimReview JSON (one review, an array, a JSON-LD @graph or the
        desk's own feed format). Up to 10 MB; larger files go through{" "}
        <code>claimdesk import liar</code> or <code>claimdesk claimreview import</code>. Importing
        the same file again changes nothing.
      </p>
      <section className="card stack" aria-labelledby="upload-h">
        <h2 id="upload-h">Upload a file</h2>
        <Form method="post" encType="multipart/form-data" className="stack">
          <CsrfField />
          <fieldset>
            <legend>Format</legend>
            <label className="radio-card">
              <input type="radio" name="kind" value="claimreview" defaultChecked /> ClaimReview JSON
            </label>
            <label className="radio-card">
              <input type="radio" name="kind" value="liar" /> LIAR dataset (.tsv)
            </label>
          </fieldset>
          <div>
            <label htmlFor="import-file">File</label>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".json,.jsonld,.tsv,.txt"
              required
            />
          </div>
          {data && "error" in data ? (
            <p className="error-text" role="alert">
              {data.error}
            </p>
          ) : null}
          {data && "ok" in data ? <p role="status">{data.ok}</p> : null}
          <button type="submit" disabled={uploading}>
            {uploading ? "Uploading…" : "Import"}
          </button>
        </Form>
      </section>
      <section className="card stack" aria-labelledby="runs-h">
        <h2 id="runs-h">Recent imports</h2>
        {runs.length === 0 ? <p>No imports yet.</p> : null}
        <ol className="list">
          {runs.map((run) => (
            <li key={run.id} className="stack" aria-label={`Import of ${run.fileName}`}>
              <div>
                <strong>{run.fileName}</strong>{" "}
                <span className="muted">
                  ({run.kind === "liar" ? "LIAR" : "ClaimReview"}) · {formatDayTime(run.createdAt)}
                </span>
              </div>
              {run.status === "queued" || run.status === "running" ? (
                <div>
                  <progress
                    max={100}
                    value={run.progress}
                    aria-label={`Progress of ${run.fileName}`}
                  />{" "}
                  {run.status === "queued"
                    ? "waiting for the worker"
                    : `${run.done} of ${run.total} items`}
                </div>
              ) : null}
              {run.status === "failed" ? (
                <p className="error-text">The import stopped: {run.failure ?? "unknown error"}</p>
              ) : null}
              {run.status === "done" ? (
                <p data-testid="import-summary">
                  imported {run.imported}, updated {run.updated}, skipped {run.skipped}, errors{" "}
                  {run.errorCount}
                </p>
              ) : null}
              {run.errors.length > 0 ? (
                <details>
                  <summary>
                    {run.errorCount} item{run.errorCount === 1 ? "" : "s"} not imported
                  </summary>
                  <ul className="list">
                    {run.errors.map((e) => (
                      <li key={`${e.item}-${e.message}`}>
                        <code>{e.item}</code>: {e.message}
                      </li>
                    ))}
                  </ul>
                  {run.errorCount > run.errors.length ? (
                    <p className="muted">The first {run.errors.length} are listed.</p>
                  ) : null}
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
