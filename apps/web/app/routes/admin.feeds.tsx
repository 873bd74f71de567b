import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { HarvestSources } from "~/components/admin/harvest-sources.tsx";
import { RowAction, RunState } from "~/components/admin/row-controls.tsx";
import { TableScroll } from "~/components/table-scroll.tsx";
import { formatDayTime } from "~/lib/dates.ts";
import { CsrfField } from "../components/csrf-field.tsx";
import { serverCaller } from "../services/caller.server.ts";
import { formString } from "../services/form.server.ts";
import { formAction } from "../services/form-action.server.ts";
import { runHarvestIntent } from "../services/harvest-actions.server.ts";
import { requireSession } from "../services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Feeds · claimdesk" }];

/** Admin only: checked here and again by every feed procedure. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "admin");
  const caller = await serverCaller(request);
  const [{ feeds }, { sources }] = await Promise.all([caller.feed.list(), caller.harvest.list()]);
  return { feeds, sources };
}

export async function action({ request }: ActionFunctionArgs) {
  return formAction(
    request,
    "admin",
    async ({ form, intent, caller }) => {
      const feedId = formString(form, "feedId");
      const harvest = await runHarvestIntent(caller, intent, form);
      if (harvest) return { ...harvest, feedId: "" };
      if (intent === "add") {
        const feed = await caller.feed.add({
          url: formString(form, "url"),
          title: formString(form, "title"),
        });
        return {
          intent,
          feedId: feed.id,
          ok: `Following ${feed.url}. The worker polls it shortly.`,
        };
      }
      if (intent === "pause" || intent === "resume") {
        await caller.feed.setEnabled({ id: feedId, enabled: intent === "resume" });
        return {
          intent,
          feedId,
          ok: intent === "pause" ? "Paused: no new items until resumed." : "Resumed.",
        };
      }
      if (intent === "poll") {
        const { jobId } = await caller.feed.poll({ id: feedId });
        return {
          intent,
          feedId,
          ok: jobId
            ? "Poll queued: reload in a moment for its result."
            : "A poll of this feed is already queued.",
        };
      }
      return { intent, feedId, error: "Unknown action: reload the page and try again." };
    },
    {
      errorFields: (form) => ({
        feedId: formString(form, "feedId"),
        sourceId: formString(form, "sourceId"),
      }),
    },
  );
}

type Feed = Awaited<ReturnType<typeof loader>>["feeds"][number];

function FeedRow({ feed }: { feed: Feed }) {
  const data = useActionData<typeof action>();
  const mine = data && data.feedId === feed.id && data.intent !== "add";
  return (
    <tr>
      <td>
        <div>{feed.title ?? feed.outlet ?? "Untitled feed"}</div>
        <a href={feed.url} rel="noreferrer noopener" target="_blank" className="small-text">
          {feed.url}
        </a>
      </td>
      <td>
        <RunState
          enabled={feed.enabled}
          lastError={feed.lastError}
          errorCount={feed.errorCount}
          lastRunAt={feed.lastPolledAt}
          notRunYet="not polled yet"
        />
        {mine && "error" in data ? (
          <p className="error-text" role="alert">
            {data.error}
          </p>
        ) : null}
        {mine && "ok" in data ? <p role="status">{data.ok}</p> : null}
      </td>
      <td>{feed.items}</td>
      <td>{feed.lastItemAt ? formatDayTime(feed.lastItemAt) : "—"}</td>
      <td>{feed.lastPolledAt ? formatDayTime(feed.lastPolledAt) : "never"}</td>
      <td>
        <div className="row">
          <RowAction
            field="feedId"
            id={feed.id}
            intent="poll"
            label="Poll now"
            name={`Poll ${feed.title ?? feed.url} now`}
            disabled={!feed.enabled}
          />
          <RowAction
            field="feedId"
            id={feed.id}
            intent={feed.enabled ? "pause" : "resume"}
            label={feed.enabled ? "Pause" : "Resume"}
            name={`${feed.enabled ? "Pause" : "Resume"} ${feed.title ?? feed.url}`}
          />
        </div>
      </td>
    </tr>
  );
}

export default function AdminFeeds() {
  const { feeds, sources } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const adding = navigation.state === "submitting" && navigation.formData?.get("intent") === "add";
  return (
    <div className="stack">
      <h1>Feeds</h1>
      <p className="muted">
        RSS and Atom feeds the worker follows. New items are fetched, stored and run through
        extraction like a submitted URL. Feeds are polled on the worker's schedule; a feed that
        keeps failing is polled less often until it works again or is resumed.
      </p>
      <section className="card stack" aria-labelledby="feeds-h">
        <h2 id="feeds-h">Followed feeds</h2>
        {feeds.length === 0 ? (
          <p>No feeds yet. Add the address of an RSS or Atom feed below to start following it.</p>
        ) : (
          <TableScroll label="Followed feeds">
            <table>
              <thead>
                <tr>
                  <th scope="col">Feed</th>
                  <th scope="col">State</th>
                  <th scope="col">Items</th>
                  <th scope="col">Last new item</th>
                  <th scope="col">Last polled</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {feeds.map((feed) => (
                  <FeedRow key={feed.id} feed={feed} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="card stack" aria-labelledby="add-feed-h">
        <h2 id="add-feed-h">Follow a feed</h2>
        <Form method="post" className="stack">
          <CsrfField />
          <input type="hidden" name="intent" value="add" />
          <div>
            <label htmlFor="feed-url">Feed address (URL)</label>
            <input
              id="feed-url"
              name="url"
              type="url"
              required
              maxLength={2000}
              placeholder="https://news.example.org/politics/rss"
            />
          </div>
          <div>
            <label htmlFor="feed-title">Name (optional)</label>
            <input id="feed-title" name="title" type="text" maxLength={200} />
          </div>
          {data?.intent === "add" && "error" in data ? (
            <p className="error-text" role="alert">
              {data.error}
            </p>
          ) : null}
          {data?.intent === "add" && "ok" in data ? <p role="status">{data.ok}</p> : null}
          <button type="submit" disabled={adding}>
            {adding ? "Adding…" : "Follow feed"}
          </button>
        </Form>
      </section>
      <HarvestSources sources={sources} feedback={data} />
    </div>
  );
}
