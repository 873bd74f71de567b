import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { ClaimAppearances, ClaimMatches } from "~/components/claim/claim-appearances.tsx";
import { ClaimContacts } from "~/components/claim/claim-contacts.tsx";
import { ClaimEditing } from "~/components/claim/claim-editing.tsx";
import { ClaimEvidence } from "~/components/claim/claim-evidence.tsx";
import { ClaimHeader } from "~/components/claim/claim-header.tsx";
import { ClaimHistory } from "~/components/claim/claim-history.tsx";
import { OutsideCheckHeader, OutsideVerdict } from "~/components/claim/claim-outside.tsx";
import { ClaimVerdict } from "~/components/claim/claim-verdict.tsx";
import { serverCaller } from "~/services/caller.server.ts";
import { runClaimIntent } from "~/services/claim-actions.server.ts";
import { loadMergePreview } from "~/services/claim-editing.server.ts";
import { formString } from "~/services/form.server.ts";
import { formAction } from "~/services/form-action.server.ts";
import { requireSession } from "~/services/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Claim: ${data?.claim.text.slice(0, 60) ?? ""} · claimdesk` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const caller = await serverCaller(request);
  const id = params.id ?? "";
  const claim = await caller.claim.get({ id }).catch(async (error: { code?: string }) => {
    if (error.code !== "NOT_FOUND") throw error;
    // A merged claim's address leads to the claim it was merged into.
    const { mergedInto } = await caller.claim.resolve({ id });
    if (mergedInto) throw redirect(`/claims/${mergedInto}?merged=${encodeURIComponent(id)}`);
    throw new Response("This claim does not exist.", { status: 404, statusText: "Not Found" });
  });
  const [{ items: scales }, matches, { items: contacts }, mergePreview] = await Promise.all([
    caller.scale.list({}),
    caller.claim.likelyMatches({ id, limit: 5 }),
    caller.reply.list({ claimId: id }),
    loadMergePreview(caller, id, request),
  ]);
  // scale.list always holds the default scale (it is created on first use), listed first.
  const scale = scales.find((s) => s.isDefault) ?? scales[0]!;
  return {
    claim,
    scale,
    matches,
    contacts,
    mergePreview,
    me: session.user,
    correctionScale:
      claim.status === "published" && !claim.outside ? correctionScaleOf(scales, claim) : null,
  };
}

type Caller = Awaited<ReturnType<typeof serverCaller>>;
type Scale = Awaited<ReturnType<Caller["scale"]["list"]>>["items"][number];

/**
 * The verdict labels a correction may use: those of the scale the published verdict was given
 * on (the default scale when it cannot be found).
 */
function correctionScaleOf(scales: Scale[], claim: Awaited<ReturnType<Caller["claim"]["get"]>>) {
  const published = claim.ratings.find((r) => r.status === "approved");
  const scale =
    scales.find((s) => s.labels.some((l) => l.id === published?.label.id)) ??
    scales.find((s) => s.isDefault) ??
    scales[0];
  if (!scale) return null;
  return {
    name: scale.name,
    labels: scale.labels
      .filter((l) => l.isVerdict)
      .map((l) => ({ id: l.id, name: l.name, description: l.description })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return formAction(request, "reviewer", async ({ form, intent, caller }) => {
    const note = await runClaimIntent(caller, params.id ?? "", intent, form);
    return { intent, ok: note, evidenceId: formString(form, "evidenceId") || null };
  });
}

export default function ClaimPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  // Removing or restoring evidence takes away the button that was pressed: keep keyboard focus
  // on the item, on the button that undoes it, instead of dropping it to the top of the page.
  // The action's answer arrives before the reloaded claim, so wait until the page is idle.
  const focusedFor = useRef<unknown>(null);
  useEffect(() => {
    if (busy || !actionData || focusedFor.current === actionData) return;
    focusedFor.current = actionData;
    if (!("ok" in actionData)) return;
    // After saving a verdict, keyboard and screen-reader users land on the success message.
    if (actionData.intent === "rate") {
      document.querySelector<HTMLElement>('[data-feedback="rate"]')?.focus();
      return;
    }
    if (!actionData.evidenceId) return;
    const next =
      actionData.intent === "remove-evidence"
        ? `restore-${actionData.evidenceId}`
        : actionData.intent === "restore-evidence"
          ? `remove-${actionData.evidenceId}`
          : null;
    if (next) document.getElementById(next)?.focus();
  }, [actionData, busy]);
  const outside = data.claim.outside;
  if (outside)
    return (
      <div className="stack">
        <OutsideCheckHeader claim={data.claim} outside={outside} />
        <div className="claim-layout">
          <div className="stack">
            <OutsideVerdict outside={outside} />
            <ClaimAppearances claim={data.claim} />
          </div>
          <div className="stack">
            <ClaimMatches matches={data.matches} />
            <ClaimHistory claim={data.claim} />
          </div>
        </div>
      </div>
    );
  return (
    <div className="stack">
      <ClaimHeader claim={data.claim} me={data.me} busy={busy} />
      <ClaimEditing claim={data.claim} mergePreview={data.mergePreview} busy={busy} />
      <div className="claim-layout">
        <div className="stack">
          <ClaimVerdict data={data} busy={busy} />
          <ClaimEvidence claim={data.claim} busy={busy} />
          <ClaimContacts data={data} busy={busy} />
        </div>
        <div className="stack">
          <ClaimAppearances claim={data.claim} />
          <ClaimMatches matches={data.matches} />
          <ClaimHistory claim={data.claim} />
        </div>
      </div>
    </div>
  );
}
