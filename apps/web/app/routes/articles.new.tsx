import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { ArticleDetailsFields } from "~/components/article-submit/article-details-fields.tsx";
import { CsrfField } from "~/components/csrf-field.tsx";
import { readArticleSubmission } from "~/services/article-submission.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Submit an article · claimdesk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  return formAction(
    request,
    "reviewer",
    async ({ form, intent, caller }) => {
      const submission = await readArticleSubmission(form);
      if ("error" in submission) return { intent, error: submission.error };
      const result = await caller.article.submit(submission);
      return redirect(`/articles/${result.articleId}${result.duplicate ? "?duplicate=1" : ""}`);
    },
    { intent: "submit" },
  );
}

export default function NewArticle() {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <div className="stack">
      <p>
        <Link to="/articles">← Articles</Link>
      </p>
      <h1>Submit an article</h1>
      <p className="muted">
        The worker fetches or reads it, finds the statements in it and links them to claims.
      </p>
      <Form
        method="post"
        encType="multipart/form-data"
        className="card stack"
        aria-describedby={data?.error ? "submit-error" : undefined}
      >
        <CsrfField />
        <div>
          <label htmlFor="text">Paste the article text</label>
          <p className="muted hint" id="text-hint">
            Without a headline below, the first line is the title and the rest is the body.
          </p>
          <textarea id="text" name="text" rows={14} aria-describedby="text-hint" />
        </div>
        <div>
          <label htmlFor="file">or upload a file</label>
          <p className="muted hint" id="file-hint">
            A .txt or .html file up to 5 MB; HTML is reduced to its readable text.
          </p>
          <input
            id="file"
            name="file"
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            aria-describedby="file-hint"
          />
        </div>
        <ArticleDetailsFields />
        <p className="muted">or</p>
        <div>
          <label htmlFor="url">Fetch it from a URL</label>
          <input id="url" name="url" type="url" placeholder="https://…" />
        </div>
        {data?.error ? (
          <p id="submit-error" role="alert" className="error-text">
            {data.error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? "Submitting…" : "Submit for extraction"}
        </button>
      </Form>
    </div>
  );
}
