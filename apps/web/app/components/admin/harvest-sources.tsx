import type { SerializeFrom } from "@remix-run/node";
import { Form, useNavigation } from "@remix-run/react";
import { RowAction, RunState } from "~/components/admin/row-controls.tsx";
import { CsrfField } from "~/components/csrf-field.tsx";
import { TableScroll } from "~/components/table-scroll.tsx";
import { formatDayTime } from "~/lib/dates.ts";

export interface HarvestSourceData {
  id: string;
  kind: "sitemap" | "feed" | "pages";
  url: string;
  name: string | null;
  pageCount: number | null;
  enabled: boolean;
  lastRunAt: Date | string | null;
  nextRunAt: Date | string | null;
  errorCount: number;
  lastError: string | null;
  lastRunSummary: string | null;
  pagesSeen: number;
  pagesImported: number;
  pagesFailed: number;
  reviewsFound: number;
  lastPageError: { url: string; error: string } | null;
}

/** What the page's action answered, for the harvest forms (intents `harvest-*`). */
export type HarvestFeedback =
  | SerializeFrom<{ intent: string; sourceId?: string; ok?: string; error?: string }>
  | undefined;

const KIND_LABEL = { sitemap: "Sitemap", feed: "RSS/Atom feed", pages: "Page list" } as const;

/**
 * Deleting asks first (a disclosure with a box to tick): the source and its page list go, the
 * checks already imported from it stay.
 */
function DeleteSource({ source, title }: { source: HarvestSourceData; title: string }) {
  return (
    <details className="delete-source">
      <summary>Delete…</summary>
      <Form method="post" className="stack">
        <CsrfField />
        <input type="hidden" name="sourceId" value={source.id} />
        <p className="small-text">
          {title} is no longer harvested and its list of {source.pagesSeen} page
          {source.pagesSeen === 1 ? "" : "s"} is forgotten. The {source.reviewsFound} check
          {source.reviewsFound === 1 ? "" : "s"} already imported from it stay, as earlier checks by
          their publisher. To follow it again, add it again.
        </p>
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> Delete {title} for good
        </label>
        <button type="submit" name="intent" value="harvest-delete" className="danger">
          Delete {title}
        </button>
      </Form>
    </details>
  );
}

function SourceRow({ source, feedback }: { source: HarvestSourceData; feedback: HarvestFeedback }) {
  const title = source.name ?? source.url;
  const mine = feedback && feedback.sourceId === source.id && feedback.intent !== "harvest-add";
  return (
    <tr>
      <td>
        <div>{source.name ?? new URL(source.url).hostname}</div>
        <div className="small-text muted">
          {KIND_LABEL[source.kind]}
          {source.pageCount !== null ? ` · ${source.pageCount} pages` : ""}
        </div>
        <a href={source.url} rel="noreferrer noopener" target="_blank" className="small-text">
          {source.url}
        </a>
      </td>
      <td>
        <RunState
          enabled={source.enabled}
          lastError={source.lastError}
          errorCount={source.errorCount}
          lastRunAt={source.lastRunAt}
          notRunYet="not harvested yet"
        />
        {source.lastRunSummary ? (
          <p className="small-text">Last run: {source.lastRunSummary}</p>
        ) : null}
        {source.lastPageError ? (
          <p className="small-text">
            A failing page:{" "}
            {source.lastPageError.error.includes(source.lastPageError.url)
              ? source.lastPageError.error
              : `${source.lastPageError.url}: ${source.lastPageError.error}`}
          </p>
        ) : null}
        {mine && feedback.error ? (
          <p className="error-text" role="alert">
            {feedback.error}
          </p>
        ) : null}
        {mine && feedback.ok ? <p role="status">{feedback.ok}</p> : null}
      </td>
      <td>{source.pagesSeen}</td>
      <td>{source.pagesImported}</td>
      <td>{source.pagesFailed}</td>
      <td>{source.lastRunAt ? formatDayTime(source.lastRunAt) : "never"}</td>
      <td>
        {!source.enabled
          ? "paused"
          : source.nextRunAt
            ? formatDayTime(source.nextRunAt)
            : "due now"}
      </td>
      <td>
        <div className="row">
          <RowAction
            field="sourceId"
            id={source.id}
            intent="harvest-run"
            label="Harvest now"
            name={`Harvest ${title} now`}
            disabled={!source.enabled}
          />
          <RowAction
            field="sourceId"
            id={source.id}
            intent={source.enabled ? "harvest-pause" : "harvest-resume"}
            label={source.enabled ? "Pause" : "Resume"}
            name={`${source.enabled ? "Pause" : "Resume"} ${title}`}
          />
        </div>
        <DeleteSource source={source} title={title} />
      </td>
    </tr>
  );
}

/**
 * Fact-checkers whose ClaimReview the worker harvests: each source's state, and the form to
 * follow a sitemap, a feed or a list of pages.
 */
export function HarvestSources({
  sources,
  feedback,
}: {
  sources: HarvestSourceData[];
  feedback: HarvestFeedback;
}) {
  const navigation = useNavigation();
  const adding =
    navigation.state === "submitting" && navigation.formData?.get("intent") === "harvest-add";
  const addFeedback = feedback?.intent === "harvest-add" ? feedback : undefined;
  // a deleted source has no row left to say so
  const deleted = feedback?.intent === "harvest-delete" && feedback.ok ? feedback.ok : null;
  return (
    <>
      <section className="card stack" aria-labelledby="harvest-h">
        <h2 id="harvest-h">ClaimReview sources</h2>
        <p className="muted">
          Other fact-checkers' checks, read from the ClaimReview markup of their pages. They appear
          as their checks (never the desk's) and help matching find claims checked before. Pages are
          read again daily, so a changed verdict is kept as history; failures are retried less and
          less often.
        </p>
        {deleted ? <p role="status">{deleted}</p> : null}
        {sources.length === 0 ? (
          <p>No ClaimReview sources yet. Add a fact-checker's sitemap, feed or pages below.</p>
        ) : (
          <TableScroll label="ClaimReview sources">
            <table>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">State</th>
                  <th scope="col">Pages seen</th>
                  <th scope="col">Imported from</th>
                  <th scope="col">Failing</th>
                  <th scope="col">Last run</th>
                  <th scope="col">Next run</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sources.map((source) => (
                  <SourceRow key={source.id} source={source} feedback={feedback} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="card stack" aria-labelledby="add-harvest-h">
        <h2 id="add-harvest-h">Follow a fact-checker's ClaimReview</h2>
        <Form method="post" className="stack">
          <CsrfField />
          <input type="hidden" name="intent" value="harvest-add" />
          <fieldset>
            <legend>What to follow</legend>
            <label className="radio-card">
              <input type="radio" name="kind" value="sitemap" defaultChecked /> A sitemap or sitemap
              index
            </label>
            <label className="radio-card">
              <input type="radio" name="kind" value="feed" /> An RSS or Atom feed
            </label>
            <label className="radio-card">
              <input type="radio" name="kind" value="pages" /> A list of pages
            </label>
          </fieldset>
          <div>
            <label htmlFor="harvest-url">Address (URL), or one page address per line</label>
            <textarea
              id="harvest-url"
              name="url"
              rows={3}
              required
              maxLength={200_000}
              placeholder="https://factchecker.example/sitemap.xml"
            />
          </div>
          <div>
            <label htmlFor="harvest-name">Fact-checker's name (optional)</label>
            <input id="harvest-name" name="name" type="text" maxLength={200} />
          </div>
          {addFeedback?.error ? (
            <p className="error-text" role="alert">
              {addFeedback.error}
            </p>
          ) : null}
          {addFeedback?.ok ? <p role="status">{addFeedback.ok}</p> : null}
          <button type="submit" disabled={adding}>
            {adding ? "Adding…" : "Follow for ClaimReview"}
          </button>
        </Form>
      </section>
    </>
  );
}
