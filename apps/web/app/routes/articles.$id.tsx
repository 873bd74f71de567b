import { canBeClaim, statementKindLabel } from "@claimdesk/db/statement-kinds";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useRevalidator,
  useSearchParams,
} from "@remix-run/react";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { z } from "zod";
import { ArticleBody } from "~/components/article-body.tsx";
import { CsrfField } from "~/components/csrf-field.tsx";
import { Pagination } from "~/components/pagination.tsx";
import { SpeakerLink } from "~/components/speaker-link.tsx";
import { StatusBadge, statusLabel } from "~/components/status-badge.tsx";
import { checkworthinessWords } from "~/lib/checkworthiness.ts";
import { formatDay } from "~/lib/dates.ts";
import { serverCaller } from "~/services/caller.server.ts";
import { formString } from "~/services/form.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";
import { useTRPC } from "~/trpc.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? "Article"} · claimdesk` },
];

const ZPage = z.coerce.number().int().min(1).max(1_000_000);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSession(request);
  const raw = new URL(request.url).searchParams.get("page");
  const page = raw === null ? { success: true as const, data: 1 } : ZPage.safeParse(raw);
  if (!page.success)
    throw new Response("page: must be a whole number from 1 (the article's page).", {
      status: 400,
      statusText: "Bad Request",
    });
  const caller = await serverCaller(request);
  try {
    return await caller.article.get({ id: params.id ?? "", page: page.data });
  } catch (error) {
    if ((error as { code?: string }).code === "NOT_FOUND")
      throw new Response("This article does not exist (or was removed).", {
        status: 404,
        statusText: "Not Found",
      });
    throw error;
  }
}

export async function action({ request }: ActionFunctionArgs) {
  return formAction(
    request,
    "reviewer",
    async ({ form, caller }) => {
      const { claimId } = await caller.claim.openForStatement({
        statementId: formString(form, "statementId"),
      });
      return redirect(`/claims/${claimId}`);
    },
    { intent: "open-claim" },
  );
}

const PENDING = new Set(["queued", "fetching", "extracting"]);

/** Polls the article's progress while the worker processes it, then reloads the page data. */
function Progress({ id, initial }: { id: string; initial: { status: string; progress: number } }) {
  const trpc = useTRPC();
  const revalidator = useRevalidator();
  const query = useQuery({ ...trpc.article.status.queryOptions({ id }), refetchInterval: 1000 });
  const status = query.data?.status ?? initial.status;
  const progress = query.data?.progress ?? initial.progress;
  useEffect(() => {
    if (query.data && !PENDING.has(query.data.status)) revalidator.revalidate();
  }, [query.data, revalidator]);
  return (
    <div className="card stack" role="status" aria-live="polite">
      <p>
        <StatusBadge status={status} /> The worker is processing this article…
      </p>
      <progress max={100} value={progress} aria-label="Processing progress">
        {progress}%
      </progress>
      <noscript>
        <p>Reload the page to see the progress.</p>
      </noscript>
    </div>
  );
}

export default function ArticlePage() {
  const article = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const openFormId = "open-claim";
  return (
    <article className="stack">
      <p>
        <Link to="/articles">← Articles</Link>
      </p>
      <h1>{article.title}</h1>
      <p className="muted">
        <StatusBadge status={article.status} />
        {article.outlet ? ` · ${article.outlet}` : ""}
        {article.byline ? ` · ${article.byline}` : ""} ·{" "}
        {formatDay(article.publishedAt ?? article.createdAt)}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener" target="_blank">
              source
            </a>
          </>
        ) : null}
      </p>
      {params.get("duplicate") ? (
        <p className="notice" role="status">
          This article was already in claimdesk, so it was not added twice.
        </p>
      ) : null}
      {PENDING.has(article.status) ? <Progress id={article.id} initial={article} /> : null}
      {article.status === "failed" ? (
        <div className="card error-card" role="alert">
          <h2>Processing failed</h2>
          <p>{article.error ?? "The worker could not process this article."}</p>
        </div>
      ) : null}
      {article.extractionNote ? (
        <p className="notice" role="note">
          {article.extractionNote}
        </p>
      ) : null}
      {data?.error ? (
        <p role="alert" className="error-text">
          {data.error}
        </p>
      ) : null}
      <Form method="post" id={openFormId} hidden>
        <CsrfField />
      </Form>
      <div className="article-layout">
        <section className="card" aria-label="Article text">
          {article.page.count > 1 ? (
            <p className="muted small-text">
              Page {article.page.number} of {article.page.count} (the links are below the text):
              characters {(article.page.start + 1).toLocaleString("en")}–
              {article.page.end.toLocaleString("en")} of{" "}
              {article.page.bodyLength.toLocaleString("en")}
            </p>
          ) : null}
          {article.body ? (
            <ArticleBody
              body={article.body}
              offset={article.page.start}
              statements={article.statements}
              headings={article.headings}
              openFormId={openFormId}
            />
          ) : (
            <p className="muted">No text yet.</p>
          )}
        </section>
        <aside className="card stack" aria-labelledby="statements-heading">
          <h2 id="statements-heading">
            Statements (
            {article.page.count > 1
              ? `${article.page.statementCount.toLocaleString("en")} on this page, ${article.statementCount.toLocaleString("en")} in all`
              : article.statementCount}
            )
          </h2>
          {article.page.statementCount > article.statements.length ? (
            <p className="muted small-text">
              The first {article.statements.length} of this page's statements are listed.
            </p>
          ) : null}
          {article.statements.length === 0 ? (
            <p className="muted">
              {article.statementCount > 0
                ? "No statements on this page."
                : article.status === "ready"
                  ? "No statements were found in this article."
                  : "Statements appear once extraction finishes."}
            </p>
          ) : (
            <ul className="list statement-list">
              {article.statements.map((s) => (
                <li key={s.id}>
                  <q>{s.text}</q>
                  {s.repeatOf ? (
                    <p className="small-text">
                      <span className="badge badge-warn">Repeat of a checked claim</span>{" "}
                      <Link to={`/claims/${s.repeatOf.claimId}`}>{s.repeatOf.text}</Link>
                      {s.repeatOf.publisher ? ` (${s.repeatOf.publisher})` : ""}
                      {s.repeatOf.url ? (
                        <>
                          {" · "}
                          <a href={s.repeatOf.url} rel="noreferrer">
                            the fact-check
                          </a>
                        </>
                      ) : null}
                    </p>
                  ) : null}
                  <div className="muted">
                    <SpeakerLink name={s.speaker} /> · {statementKindLabel(s.kind)} ·{" "}
                    <span title={checkworthinessWords(s.checkworthiness).title}>
                      check-worthiness {checkworthinessWords(s.checkworthiness).text}
                    </span>
                  </div>
                  {!canBeClaim(s.kind) ? (
                    <p className="small-text muted">A reported question: recorded, not a claim.</p>
                  ) : s.claimId ? (
                    <Link to={`/claims/${s.claimId}`}>
                      Open claim{s.claimStatus ? ` (${statusLabel(s.claimStatus)})` : ""}
                    </Link>
                  ) : (
                    <button
                      type="submit"
                      form={openFormId}
                      name="statementId"
                      value={s.id}
                      className="secondary small"
                    >
                      Make a claim
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
      <Pagination page={article.page.number} pageCount={article.page.count} search={params} />
    </article>
  );
}
