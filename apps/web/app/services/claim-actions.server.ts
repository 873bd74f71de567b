import type { createCaller } from "@claimdesk/api";
import { runClaimEditIntent } from "./claim-editing.server.ts";
import { formString } from "./form.server.ts";

type Caller = ReturnType<typeof createCaller>;
const stance = (v: string) =>
  (["supports", "refutes", "context"].includes(v) ? v : "context") as
    | "supports"
    | "refutes"
    | "context";

/** The claim page's form intents (the one dispatcher), each one procedure call. Returns a success note. */
export async function runClaimIntent(
  caller: Caller,
  claimId: string,
  intent: string,
  form: FormData,
): Promise<string> {
  const evidence = () => ({
    url: formString(form, "url"),
    title: formString(form, "title"),
    excerpt: formString(form, "excerpt"),
    stance: stance(formString(form, "stance")),
  });
  switch (intent) {
    case "assign-me":
      await caller.claim.assign({ claimId, assigneeId: "me" });
      return "The claim is assigned to you.";
    case "unassign":
      await caller.claim.assign({ claimId, assigneeId: null });
      return "You gave the claim back to the queue.";
    case "research":
      await caller.claim.research({ claimId });
      return "The claim is in research.";
    case "add-evidence":
      await caller.evidence.add({ claimId, ...evidence() });
      return "Evidence added.";
    case "update-evidence":
      await caller.evidence.update({ evidenceId: formString(form, "evidenceId"), ...evidence() });
      return "Evidence updated.";
    case "remove-evidence":
      await caller.evidence.setRemoved({
        evidenceId: formString(form, "evidenceId"),
        removed: true,
      });
      return "Evidence removed.";
    case "restore-evidence":
      await caller.evidence.setRemoved({
        evidenceId: formString(form, "evidenceId"),
        removed: false,
      });
      return "Evidence restored.";
    case "rate":
      await caller.rating.rate({
        claimId,
        labelId: formString(form, "labelId"),
        rationale: formString(form, "rationale"),
      });
      return (await hasLiveEvidence(caller, claimId))
        ? "Verdict saved. A second person must approve it."
        : "Verdict saved. A second person must approve it. Warning: this claim has no evidence yet: add the sources the verdict rests on.";
    case "send-back": {
      const { notified } = await caller.claim.sendBack({ claimId, note: formString(form, "note") });
      return notified > 0
        ? "Sent back to research. The reviewer has your note."
        : "Sent back to research.";
    }
    case "approve":
      await caller.rating.approve({ ratingId: formString(form, "ratingId") });
      return "Verdict approved.";
    case "publish":
      await caller.publishing.publish({ claimId });
      return "Published.";
    // Corrections of a published verdict (the publishing router).
    case "correct":
      await caller.publishing.correct({
        claimId,
        labelId: formString(form, "labelId"),
        rationale: formString(form, "rationale"),
        correctionNote: formString(form, "correctionNote"),
      });
      return "Correction proposed. A second editor must approve it before readers see it.";
    case "approve-correction": {
      const r = await caller.publishing.approveCorrection({
        ratingId: formString(form, "ratingId"),
      });
      return r.slug
        ? `Correction approved: /fact-checks/${r.slug} now shows the corrected verdict.`
        : "Correction approved.";
    }
    case "withdraw-correction":
      await caller.publishing.withdrawCorrection({ ratingId: formString(form, "ratingId") });
      return "Correction withdrawn; the published verdict stands.";
    // Right of reply (the reply router).
    case "add-contact":
      await caller.reply.add({ claimId, ...contactFields(form) });
      return "Contact logged.";
    case "update-contact":
      await caller.reply.update({
        contactId: formString(form, "contactId"),
        ...contactFields(form),
      });
      return "Contact entry saved.";
    default: {
      const note = await runClaimEditIntent(caller, claimId, intent, form);
      if (note !== null) return note;
      throw new Response(`Unknown action "${intent}".`, { status: 400 });
    }
  }
}

/** A right-of-reply entry as the claim page's form posts it. */
function contactFields(form: FormData) {
  return {
    contactedBy: formString(form, "contactedBy"),
    contactee: formString(form, "contactee"),
    method: formString(form, "method"),
    contactedAt: formString(form, "contactedAt"),
    reply: formString(form, "reply"),
    repliedAt: formString(form, "repliedAt"),
    showPublicly: form.get("showPublicly") === "on",
  };
}

/** Whether the claim has evidence that was not removed (a verdict without any gets a warning). */
async function hasLiveEvidence(caller: Caller, claimId: string): Promise<boolean> {
  const claim = await caller.claim.get({ id: claimId });
  return claim.evidence.some((e) => !e.deletedAt);
}
