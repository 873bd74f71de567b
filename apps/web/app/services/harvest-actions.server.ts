import type { serverCaller } from "./caller.server.ts";
import { formString } from "./form.server.ts";

type Caller = Awaited<ReturnType<typeof serverCaller>>;

/** The admin feeds page's ClaimReview-source actions (intents `harvest-*`); null for other intents. */
export async function runHarvestIntent(caller: Caller, intent: string, form: FormData) {
  const sourceId = formString(form, "sourceId");
  if (intent === "harvest-add") {
    const kind = formString(form, "kind");
    const source = await caller.harvest.add({
      kind: kind as "sitemap" | "feed" | "pages",
      url: formString(form, "url"),
      name: formString(form, "name"),
    });
    return {
      intent,
      sourceId: source.id,
      ok:
        kind === "pages"
          ? `Following ${source.pageCount} page${source.pageCount === 1 ? "" : "s"} for ClaimReview. The worker reads them shortly.`
          : `Following ${source.url} for ClaimReview. The worker reads it shortly.`,
    };
  }
  if (intent === "harvest-pause" || intent === "harvest-resume") {
    await caller.harvest.setEnabled({ id: sourceId, enabled: intent === "harvest-resume" });
    return {
      intent,
      sourceId,
      ok: intent === "harvest-pause" ? "Paused: not harvested until resumed." : "Resumed.",
    };
  }
  if (intent === "harvest-delete") {
    if (formString(form, "confirm") !== "yes")
      return { intent, sourceId, error: "Tick the box to confirm, then delete." };
    const gone = await caller.harvest.delete({ id: sourceId, confirm: true });
    return {
      intent,
      sourceId: "",
      ok: `Deleted ${gone.name ?? gone.url}: it is no longer harvested. The ${gone.reviews} check${gone.reviews === 1 ? "" : "s"} imported from it stay${gone.reviews === 1 ? "s" : ""}.`,
    };
  }
  if (intent === "harvest-run") {
    const { jobId } = await caller.harvest.run({ id: sourceId });
    return {
      intent,
      sourceId,
      ok: jobId
        ? "Harvest queued: reload in a moment for its result."
        : "A harvest of this source is already queued.",
    };
  }
  return null;
}
