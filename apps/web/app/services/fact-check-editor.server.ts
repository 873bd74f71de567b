import { buildClaimReview, resolvePublisherSite } from "@claimdesk/core/publishing";
import { redirect } from "@remix-run/node";
import type { serverCaller } from "./caller.server.ts";
import { webEnv } from "./env.server.ts";
import { formString } from "./form.server.ts";

type Caller = Awaited<ReturnType<typeof serverCaller>>;

/** What the fact-check editor shows: the claim, the saved draft, the preview and its JSON-LD. */
export async function loadFactCheckEditor(caller: Caller, request: Request, claimId: string) {
  const claim = await caller.claim.get({ id: claimId }).catch((error: { code?: string }) => {
    if (error.code === "NOT_FOUND")
      throw new Response("This claim does not exist.", { status: 404 });
    throw error;
  });
  const [draft, preview] = await Promise.all([
    caller.publishing.draft({ claimId }),
    caller.publishing.preview({ claimId }),
  ]);
  const site = resolvePublisherSite(request, webEnv());
  const claimReview = preview.factCheck ? buildClaimReview(preview.factCheck, site) : null;
  const search = new URL(request.url).searchParams;
  const current = claim.ratings.find((r) => r.status === "approved") ?? null;
  return {
    claim: {
      id: claim.id,
      text: claim.text,
      status: claim.status,
      slug: claim.slug,
      evidence: claim.evidence
        .filter((e) => !e.deletedAt)
        .map((e, i) => ({ n: i + 1, id: e.id, title: e.title, url: e.url, stance: e.stance })),
      verdict: current
        ? {
            label: current.label.name,
            rationale: current.rationale,
            author: current.author?.name ?? null,
            approver: current.approver?.name ?? null,
          }
        : null,
    },
    draft,
    preview,
    claimReviewJson: claimReview ? JSON.stringify(claimReview, null, 2) : null,
    publicUrl: claimReview ? String(claimReview.url) : null,
    confirming: search.get("confirm") === "1",
    justPublished: search.get("published") === "1",
  };
}

/** The editor's form intents, each one procedure call. Returns a success note. */
export async function runFactCheckIntent(
  caller: Caller,
  claimId: string,
  intent: string,
  form: FormData,
): Promise<string> {
  switch (intent) {
    case "save-draft":
      await caller.publishing.saveDraft({
        claimId,
        headline: formString(form, "headline"),
        summary: formString(form, "summary"),
        body: formString(form, "body"),
        byline: formString(form, "byline") as "both",
      });
      return "Draft saved. The preview below shows it as readers will see it.";
    case "publish": {
      const version = formString(form, "storyUpdatedAt");
      await caller.publishing.publish({
        claimId,
        storyUpdatedAt: version ? new Date(version) : null,
      });
      throw redirect(`/claims/${claimId}/fact-check?published=1`);
    }
    case "retract":
      await caller.publishing.retract({ claimId, note: formString(form, "note") });
      return "Retracted. The public page now shows your note instead of the verdict.";
    default:
      throw new Response(`Unknown action "${intent}".`, { status: 400 });
  }
}
