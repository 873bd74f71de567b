import type { createCaller } from "@claimdesk/api";
import { redirect } from "@remix-run/node";
import { formString } from "./form.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** "/claims/abc", "https://desk…/claims/abc?x" or "abc" → "abc" (what the merge form accepts). */
export function claimIdFrom(value: string): string {
  const trimmed = value.trim();
  const match = trimmed.match(/\/claims\/([^/?#\s]+)/);
  return (match ? match[1]! : trimmed).slice(0, 64);
}

/** The merge confirmation the claim page shows for `?mergeInto=…` (null without it). */
export async function loadMergePreview(caller: Caller, claimId: string, request: Request) {
  const target = new URL(request.url).searchParams.get("mergeInto");
  if (!target?.trim()) return null;
  try {
    return await caller.claim.mergePreview({ sourceId: claimId, targetId: claimIdFrom(target) });
  } catch (error) {
    const message = (error as { code?: string; message?: string }).message;
    if ((error as { code?: string }).code === "INTERNAL_SERVER_ERROR") throw error;
    return { error: message ?? "That claim cannot be found." };
  }
}

/** Form values "a, b; c" → ["a", "b", "c"]. */
const tagList = (value: string) =>
  value
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * The claim page's editing intents (reword, tags, merge, split). Returns the success note, or
 * null for an intent that is not one of these; a merge redirects to the surviving claim.
 */
export async function runClaimEditIntent(
  caller: Caller,
  claimId: string,
  intent: string,
  form: FormData,
): Promise<string | null> {
  switch (intent) {
    case "retry-snapshot": {
      const { queued } = await caller.evidence.retrySnapshot({
        evidenceId: formString(form, "evidenceId"),
      });
      return queued
        ? "The snapshot is being taken again; reload in a moment."
        : "The snapshot is marked to be taken; the worker is not reachable from here.";
    }
    case "reword":
      await caller.claim.reword({ claimId, text: formString(form, "text") });
      return "Reworded. The first wording is kept in the history.";
    case "add-tags": {
      const { added } = await caller.claim.setTags({
        claimId,
        add: tagList(formString(form, "tags")),
      });
      return added.length > 0 ? `Tagged: ${added.join(", ")}.` : "Those tags were already there.";
    }
    case "remove-tag": {
      const { removed } = await caller.claim.setTags({
        claimId,
        remove: [formString(form, "tag")],
      });
      return removed.length > 0 ? `Tag “${removed[0]}” removed.` : "That tag was not there.";
    }
    case "merge": {
      const targetId = claimIdFrom(formString(form, "targetId"));
      await caller.claim.merge({ sourceId: claimId, targetId });
      throw redirect(`/claims/${targetId}?merged=${encodeURIComponent(claimId)}`);
    }
    case "split": {
      const parts = [1, 2, 3, 4]
        .map((n) => ({
          n,
          text: formString(form, `part-${n}`).trim(),
          statementIds: [] as string[],
          evidenceIds: [] as string[],
        }))
        .filter((p) => p.n === 1 || p.text);
      for (const [key, value] of form.entries()) {
        const [kind, id] = key.split(":");
        const part = parts.find((p) => String(p.n) === value);
        if (!id || !part) continue;
        if (kind === "statement") part.statementIds.push(id);
        if (kind === "evidence") part.evidenceIds.push(id);
      }
      const { created } = await caller.claim.split({
        claimId,
        parts: parts.map(({ text, statementIds, evidenceIds }) => ({
          text,
          statementIds,
          evidenceIds,
        })),
      });
      return `Split: ${created.length + 1} claims now. The new ${created.length === 1 ? "one is" : "ones are"} linked under “Wording and merges”.`;
    }
    default:
      return null;
  }
}
