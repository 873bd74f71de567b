import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import {
  CorrectionForm,
  CorrectionHistory,
  PendingCorrection,
  pendingCorrectionOf,
} from "~/components/claim-correction.tsx";
import { CsrfField } from "~/components/csrf-field.tsx";
import { StatusBadge } from "~/components/status-badge.tsx";
import { formatDay, formatDayTime } from "~/lib/dates.ts";
import { serverCaller } from "~/server/caller.server.ts";
import { runClaimIntent } from "~/server/claim-actions.server.ts";
import { formError, formString } from "~/server/form.server.ts";
import { requireSession } from "~/server/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Claim: ${data?.claim.text.slice(0, 60) ?? ""} · claimdesk` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const caller = await serverCaller(request);
  const id = params.id ?? "";
  const claim = await caller.claim.get({ id }).catch((error: { code?: string }) => {
    if (error.code === "NOT_FOUND")
      throw new Response("This claim does not exist.", { status: 404, statusText: "Not Found" });
    throw error;
  });
  const [scale, matches] = await Promise.all([
    caller.rating.scale({}),
    caller.claim.likelyMatches({ id, limit: 5 }),
  ]);
  return {
    claim,
    scale,
    matches,
    me: session.user,
    correctionScale: claim.status === "published" ? await correctionScaleOf(caller, claim) : null,
  };
}

type Caller = Awaited<ReturnType<typeof serverCaller>>;

/**
 * The verdict labels a correction may use: those of the scale the published verdict was given
 * on (the default scale when it cannot be found).
 */
async function correctionScaleOf(
  caller: Caller,
  claim: Awaited<ReturnType<Caller["claim"]["get"]>>,
) {
  const published = claim.ratings.find((r) => r.status === "approved");
  const { items } = await caller.scale.list({});
  const scale =
    items.find((s) => s.labels.some((l) => l.id === published?.label.id)) ??
    items.find((s) => s.isDefault) ??
    items[0];
  if (!scale) return null;
  return {
    name: scale.name,
    labels: scale.labels
      .filter((l) => l.isVerdict)
      .map((l) => ({ id: l.id, name: l.name, description: l.description })),
  };
}

/** Corrections of a published verdict (publishing router); other intents are the claim's own. */
async function runCorrectionIntent(
  caller: Caller,
  claimId: string,
  intent: string,
  form: FormData,
): Promise<string | null> {
  switch (intent) {
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
    default:
      return null;
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireSession(request);
  const form = await request.formData();
  const intent = formString(form, "intent");
  const caller = await serverCaller(request, { csrfToken: formString(form, "_csrf") });
  try {
    const note =
      (await runCorrectionIntent(caller, params.id ?? "", intent, form)) ??
      (await runClaimIntent(caller, params.id ?? "", intent, form));
    return { intent, ok: note, evidenceId: formString(form, "evidenceId") || null };
  } catch (error) {
    if (error instanceof Response) throw error;
    return formError(error, intent);
  }
}

function Feedback({ intent }: { intent: string | string[] }) {
  const data = useActionData<typeof action>();
  const intents = Array.isArray(intent) ? intent : [intent];
  if (!data || !intents.includes(data.intent)) return null;
  if ("error" in data) {
    return (
      <p role="alert" className="error-text">
        {data.error}
      </p>
    );
  }
  return (
    <p role="status" className="ok-text">
      {data.ok}
    </p>
  );
}

const STEPS = ["new", "in_research", "rated", "approved", "published"] as const;
const STEP_LABEL = {
  new: "New",
  in_research: "Research",
  rated: "Rated",
  approved: "Approved",
  published: "Published",
};
const day = (d: string | Date | null) => formatDay(d);

function EvidenceFields({
  prefix,
  initial,
}: {
  prefix: string;
  initial?: { url: string; title: string; excerpt: string; stance: string };
}) {
  return (
    <>
      <div>
        <label htmlFor={`${prefix}-url`}>Source URL</label>
        <input
          id={`${prefix}-url`}
          name="url"
          type="url"
          required
          defaultValue={initial?.url}
          placeholder="https://…"
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-title`}>Title</label>
        <input
          id={`${prefix}-title`}
          name="title"
          type="text"
          required
          defaultValue={initial?.title}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-excerpt`}>Excerpt</label>
        <textarea
          id={`${prefix}-excerpt`}
          name="excerpt"
          rows={3}
          defaultValue={initial?.excerpt}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-stance`}>Stance</label>
        <select id={`${prefix}-stance`} name="stance" defaultValue={initial?.stance ?? "supports"}>
          <option value="supports">Supports the claim</option>
          <option value="refutes">Refutes the claim</option>
          <option value="context">Context</option>
        </select>
      </div>
    </>
  );
}

export default function ClaimPage() {
  const { claim, scale, matches, me, correctionScale } = useLoaderData<typeof loader>();
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
    if (!("ok" in actionData) || !actionData.evidenceId) return;
    const next =
      actionData.intent === "remove-evidence"
        ? `restore-${actionData.evidenceId}`
        : actionData.intent === "restore-evidence"
          ? `remove-${actionData.evidenceId}`
          : null;
    if (next) document.getElementById(next)?.focus();
  }, [actionData, busy]);
  const isEditor = me.role === "editor" || me.role === "admin";
  // A correction waiting for approval is the newest rating, but the published verdict stands
  // until a second editor approves it.
  const pendingCorrection = pendingCorrectionOf(claim.ratings);
  const current =
    claim.ratings.find((r) =>
      pendingCorrection ? r.id === pendingCorrection.supersedesId : r.id === claim.currentRating,
    ) ?? null;
  const live = claim.evidence.filter((e) => !e.deletedAt);
  const removed = claim.evidence.filter((e) => e.deletedAt);
  const published = claim.status === "published";
  const stepIndex = STEPS.indexOf(claim.status);
  return (
    <div className="stack">
      <header className="stack">
        <p className="muted">
          Claim · <StatusBadge status={claim.status} /> · check-worthiness{" "}
          {claim.checkworthiness.toFixed(2)}
          {claim.claimDate ? ` · said ${day(claim.claimDate)}` : ""}
        </p>
        <h1 className="claim-text">
          <q>{claim.text}</q>
        </h1>
        <p>
          {claim.speaker ? (
            <>
              <strong>{claim.speaker.name}</strong>
              {claim.speaker.role ? `, ${claim.speaker.role}` : ""}
            </>
          ) : (
            <span className="muted">Speaker unknown</span>
          )}
        </p>
        <ol className="stepper" aria-label="Workflow">
          {STEPS.map((s, i) => (
            <li
              key={s}
              className={i < stepIndex ? "done" : i === stepIndex ? "current" : ""}
              aria-current={i === stepIndex ? "step" : undefined}
            >
              {STEP_LABEL[s]}
            </li>
          ))}
        </ol>
        <div className="row">
          <span>
            Assigned to:{" "}
            <strong>
              {claim.assignee
                ? claim.assignee.id === me.id
                  ? "you"
                  : claim.assignee.name
                : "nobody"}
            </strong>
          </span>
          {!published && claim.assignee?.id !== me.id ? (
            <Form method="post">
              <CsrfField />
              <button
                type="submit"
                name="intent"
                value="assign-me"
                className="secondary small"
                disabled={busy}
              >
                Assign to me
              </button>
            </Form>
          ) : null}
          {!published && claim.assignee?.id === me.id ? (
            <Form method="post">
              <CsrfField />
              <button
                type="submit"
                name="intent"
                value="unassign"
                className="secondary small"
                disabled={busy}
              >
                Unassign
              </button>
            </Form>
          ) : null}
          {claim.status === "new" ? (
            <Form method="post">
              <CsrfField />
              <button
                type="submit"
                name="intent"
                value="research"
                className="secondary small"
                disabled={busy}
              >
                Start research
              </button>
            </Form>
          ) : null}
          {published && claim.slug ? (
            <Link to={`/fact-checks/${claim.slug}`}>Public fact-check →</Link>
          ) : null}
        </div>
        <Feedback intent={["assign-me", "unassign", "research"]} />
      </header>

      <div className="claim-layout">
        <div className="stack">
          <section className="card stack" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">Verdict</h2>
            {current ? (
              <div className="verdict stack">
                <p>
                  <span className="verdict-label">{current.label.name}</span>{" "}
                  <StatusBadge status={current.status} />
                </p>
                <p className="rationale">{current.rationale}</p>
                <p className="muted">
                  Rated by {current.author?.name ?? "a former user"} on {day(current.createdAt)}
                  {current.approver
                    ? ` · approved by ${current.approver.name} on ${day(current.approvedAt)}`
                    : ""}
                </p>
                {current.status === "draft" ? (
                  isEditor && current.author?.id !== me.id ? (
                    <Form method="post">
                      <CsrfField />
                      <input type="hidden" name="ratingId" value={current.id} />
                      <button type="submit" name="intent" value="approve" disabled={busy}>
                        Approve verdict
                      </button>
                    </Form>
                  ) : (
                    <p className="notice" data-testid="approval-note">
                      {current.author?.id === me.id
                        ? "Two-person rule: you wrote this verdict, so another editor must approve it."
                        : "Waiting for an editor to approve this verdict."}
                    </p>
                  )
                ) : null}
                {claim.status === "approved" && isEditor ? (
                  <Form method="post">
                    <CsrfField />
                    <button type="submit" name="intent" value="publish" disabled={busy}>
                      Publish fact-check
                    </button>
                  </Form>
                ) : null}
                <Feedback intent={["approve", "publish"]} />
              </div>
            ) : (
              <p className="muted">Not rated yet.</p>
            )}
            {!published ? (
              <details open={!current}>
                <summary>{current ? "Change the verdict" : "Rate this claim"}</summary>
                <Form method="post" className="stack">
                  <CsrfField />
                  <fieldset>
                    <legend>Verdict on the {scale.name} scale</legend>
                    <div className="label-grid">
                      {scale.labels.map((l) => (
                        <label key={l.id} className="radio-card">
                          <input type="radio" name="labelId" value={l.id} required /> {l.name}
                          {l.description ? (
                            <span className="muted small-text"> — {l.description}</span>
                          ) : null}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  <div>
                    <label htmlFor="rationale">Rationale</label>
                    <textarea id="rationale" name="rationale" rows={5} required minLength={10} />
                  </div>
                  <button type="submit" name="intent" value="rate" disabled={busy}>
                    Save verdict
                  </button>
                  <Feedback intent="rate" />
                </Form>
              </details>
            ) : pendingCorrection ? (
              <PendingCorrection
                correction={pendingCorrection}
                replaces={current}
                meId={me.id}
                isEditor={isEditor}
                busy={busy}
                feedback={<Feedback intent={["approve-correction", "withdraw-correction"]} />}
              />
            ) : isEditor && correctionScale ? (
              <>
                <CorrectionForm
                  key={claim.ratings.length}
                  labels={correctionScale.labels}
                  scaleName={correctionScale.name}
                  currentLabelId={current?.label.id ?? null}
                  busy={busy}
                  feedback={<Feedback intent="correct" />}
                />
                <Feedback intent={["approve-correction", "withdraw-correction"]} />
              </>
            ) : (
              <p className="muted">
                Published verdicts are changed with a correction, which editors propose and a second
                editor approves.
              </p>
            )}
          </section>

          <section className="card stack" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence ({live.length})</h2>
            <Feedback intent={["remove-evidence", "restore-evidence", "update-evidence"]} />
            {live.length === 0 ? (
              <p className="muted">No evidence yet. Add the sources you checked.</p>
            ) : null}
            <ul className="list" aria-label="Evidence">
              {live.map((e) => (
                <li key={e.id} className="stack evidence-item">
                  <div>
                    <span className={`stance stance-${e.stance}`}>{e.stance}</span>{" "}
                    <a href={e.url} target="_blank" rel="noreferrer noopener">
                      {e.title}
                    </a>
                  </div>
                  {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
                  <p className="muted small-text">
                    Added by {e.addedBy ?? "a former user"} on {day(e.createdAt)}
                  </p>
                  {!published ? (
                    <div className="row">
                      <details>
                        <summary>Edit</summary>
                        <Form method="post" className="stack">
                          <CsrfField />
                          <input type="hidden" name="evidenceId" value={e.id} />
                          <EvidenceFields prefix={`ev-${e.id}`} initial={e} />
                          <button
                            type="submit"
                            name="intent"
                            value="update-evidence"
                            disabled={busy}
                          >
                            Save changes
                          </button>
                        </Form>
                      </details>
                      <Form method="post">
                        <CsrfField />
                        <input type="hidden" name="evidenceId" value={e.id} />
                        <button
                          id={`remove-${e.id}`}
                          type="submit"
                          name="intent"
                          value="remove-evidence"
                          className="secondary small danger"
                          disabled={busy}
                        >
                          Remove
                        </button>
                      </Form>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            {removed.length > 0 ? (
              <div className="removed">
                <h3>Removed</h3>
                <ul className="list">
                  {removed.map((e) => (
                    <li key={e.id} className="row">
                      <s>{e.title}</s>
                      {!published ? (
                        <Form method="post">
                          <CsrfField />
                          <input type="hidden" name="evidenceId" value={e.id} />
                          <button
                            id={`restore-${e.id}`}
                            type="submit"
                            name="intent"
                            value="restore-evidence"
                            className="secondary small"
                            disabled={busy}
                          >
                            Undo removal
                          </button>
                        </Form>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {!published ? (
              <details>
                <summary>Add evidence</summary>
                <Form method="post" className="stack" key={claim.evidence.length}>
                  <CsrfField />
                  <EvidenceFields prefix="new-evidence" />
                  <button type="submit" name="intent" value="add-evidence" disabled={busy}>
                    Add evidence
                  </button>
                  <Feedback intent="add-evidence" />
                </Form>
              </details>
            ) : null}
          </section>
        </div>

        <div className="stack">
          <section className="card stack" aria-labelledby="appearances-heading">
            <h2 id="appearances-heading">Appearances ({claim.appearances.length})</h2>
            {claim.appearances.length === 0 ? (
              <p className="muted">Not found in any article.</p>
            ) : null}
            <ul className="list">
              {claim.appearances.map((a) => (
                <li key={a.statementId}>
                  <p className="context">
                    {a.before}
                    <mark>{a.quote}</mark>
                    {a.after}
                  </p>
                  <p className="muted small-text">
                    {a.speaker ?? "Unknown speaker"} ({a.kind.replace("_", " ")}) in{" "}
                    <Link to={`/articles/${a.article.id}`}>{a.article.title}</Link>
                    {a.article.outlet ? `, ${a.article.outlet}` : ""}, {day(a.article.date)}
                  </p>
                </li>
              ))}
            </ul>
          </section>

          <section className="card stack" aria-labelledby="matches-heading">
            <h2 id="matches-heading">Likely matches among checked claims</h2>
            {!matches.available ? <p className="muted">Search is unavailable right now.</p> : null}
            {matches.available && matches.items.length === 0 ? (
              <p className="muted">No earlier checked claim looks like this one.</p>
            ) : null}
            <ul className="list">
              {matches.items.map((m) => (
                <li key={m.claimId}>
                  {m.level !== "related" ? (
                    <span className={m.level === "same" ? "badge badge-warn" : "badge"}>
                      {m.level === "same" ? "Same claim" : "Likely the same claim"}
                    </span>
                  ) : null}{" "}
                  <Link to={`/claims/${m.claimId}`}>{m.text}</Link>
                  <div className="muted small-text">
                    {m.verdict ? <strong>{m.verdict}</strong> : null}
                    {m.rating && m.rating !== m.verdict ? (
                      <>
                        {m.verdict ? " · " : ""}rated <strong>“{m.rating}”</strong>
                      </>
                    ) : null}
                    {m.publisher ? ` by ${m.publisher}` : ""}
                    {m.speaker ? ` · ${m.speaker}` : ""}
                    {m.date ? ` · ${day(m.date)}` : ""}
                    {m.url ? (
                      <>
                        {" · "}
                        <a href={m.url} rel="noreferrer">
                          the fact-check
                        </a>
                      </>
                    ) : null}
                    {` · match ${Math.round(m.score * 100)} %: ${m.reason}`}
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section className="card stack" aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            {claim.ratings.length > 0 ? (
              <>
                <h3>Verdicts</h3>
                <ol className="list">
                  {claim.ratings.map((r) => (
                    <li key={r.id}>
                      <strong>{r.label.name}</strong> <StatusBadge status={r.status} /> by{" "}
                      {r.author?.name ?? "a former user"}, {day(r.createdAt)}
                      {r.approver ? `, approved by ${r.approver.name}` : ""}
                      {r.correctionNote ? (
                        <p className="notice">
                          {r.status === "draft"
                            ? "Proposed correction"
                            : r.approvedAt
                              ? "Correction"
                              : "Withdrawn correction"}
                          : {r.correctionNote}
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
            <CorrectionHistory ratings={claim.ratings} slug={claim.slug} />
            {published && claim.slug ? (
              <p>
                <Link to={`/fact-checks/${claim.slug}`}>
                  Public fact-check: /fact-checks/{claim.slug} →
                </Link>
              </p>
            ) : null}
            <h3>Audit trail</h3>
            <ol className="list audit">
              {claim.audit.map((a) => (
                <li key={a.id}>
                  <code>{a.action}</code> by {a.actor ?? "system"} · {formatDayTime(a.createdAt)}
                </li>
              ))}
              {claim.audit.length === 0 ? <li className="muted">Nothing recorded yet.</li> : null}
            </ol>
          </section>
        </div>
      </div>
    </div>
  );
}
