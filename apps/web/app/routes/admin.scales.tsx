import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfField } from "../components/csrf-field.tsx";
import { TableScroll } from "../components/table-scroll.tsx";
import { serverCaller } from "../services/caller.server.ts";
import { formString } from "../services/form.server.ts";
import { formAction } from "../services/form-action.server.ts";
import { requireSession } from "../services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Rating scales · claimdesk" }];

const BLANK_ROWS = 3;

/** Admin only: checked here and again by every scale procedure. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "admin");
  const caller = await serverCaller(request);
  return caller.scale.list({});
}

/** Label rows as posted: labels.<i>.<field>; rows without a name are ignored; order by position. */
function labelsFromForm(form: FormData) {
  const rows: {
    position: number;
    id?: string;
    name: string;
    ratingValue: number;
    isVerdict: boolean;
    description: string | null;
  }[] = [];
  for (let i = 0; i < 40; i++) {
    const name = formString(form, `labels.${i}.name`).trim();
    if (!name) continue;
    const id = formString(form, `labels.${i}.id`);
    const position = Number(formString(form, `labels.${i}.position`) || i);
    rows.push({
      position: Number.isFinite(position) ? position : i,
      ...(id ? { id } : {}),
      name,
      ratingValue: Number(formString(form, `labels.${i}.ratingValue`)),
      isVerdict: form.get(`labels.${i}.isVerdict`) === "on",
      description: formString(form, `labels.${i}.description`).trim() || null,
    });
  }
  return rows.sort((a, b) => a.position - b.position).map(({ position: _p, ...label }) => label);
}

export async function action({ request }: ActionFunctionArgs) {
  return formAction(
    request,
    "admin",
    async ({ form, intent, caller }) => {
      const scaleId = formString(form, "scaleId");
      if (intent === "setDefault") {
        await caller.scale.setDefault({ scaleId });
        return { intent, scaleId, ok: "Default scale changed." };
      }
      const scale = {
        name: formString(form, "name"),
        description: formString(form, "description").trim() || null,
        labels: labelsFromForm(form),
      };
      if (intent === "update") {
        await caller.scale.update({ scaleId, scale });
        return { intent, scaleId, ok: "Scale saved." };
      }
      await caller.scale.create(scale);
      return { intent: "create", scaleId: "", ok: "Scale created." };
    },
    { errorFields: (form) => ({ scaleId: formString(form, "scaleId") }) },
  );
}

type Scale = Awaited<ReturnType<typeof loader>>["items"][number];

function ScaleForm({ scale }: { scale?: Scale }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const formId = scale ? scale.id : "new";
  const mine = data && (scale ? data.scaleId === scale.id : data.intent === "create");
  const rows = [
    ...(scale?.labels ?? []),
    ...Array.from({ length: scale ? BLANK_ROWS : 6 }, () => null),
  ];
  return (
    <Form method="post" className="stack" aria-label={scale ? `Edit ${scale.name}` : "New scale"}>
      <CsrfField />
      <input type="hidden" name="intent" value={scale ? "update" : "create"} />
      {scale ? <input type="hidden" name="scaleId" value={scale.id} /> : null}
      <div>
        <label htmlFor={`${formId}-name`}>Name</label>
        <input
          id={`${formId}-name`}
          name="name"
          type="text"
          defaultValue={scale?.name ?? ""}
          required
          maxLength={100}
        />
      </div>
      <div>
        <label htmlFor={`${formId}-description`}>Description</label>
        <input
          id={`${formId}-description`}
          name="description"
          type="text"
          defaultValue={scale?.description ?? ""}
          maxLength={500}
        />
      </div>
      <p className="muted" id={`${formId}-labels-help`}>
        Labels from worst to best. Verdict values start at 1 and must differ; a label that is not a
        verdict (e.g. "Unproven") can never be published as a fact-check verdict. Leave a name empty
        to remove an unused label.
      </p>
      {/* the label table scrolls sideways on a phone instead of widening the page */}
      <TableScroll label="Labels">
        <table className="scale-labels" aria-describedby={`${formId}-labels-help`}>
          <caption className="visually-hidden">Labels</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Label</th>
              <th scope="col">Value</th>
              <th scope="col">Verdict</th>
              <th scope="col">Description</th>
              <th scope="col">Ratings</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((label, i) => (
              <tr key={label?.id ?? `blank-${i}`}>
                <td>
                  {label ? <input type="hidden" name={`labels.${i}.id`} value={label.id} /> : null}
                  <input
                    aria-label={`Order of label ${i + 1}`}
                    name={`labels.${i}.position`}
                    type="number"
                    defaultValue={i + 1}
                    size={3}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Name of label ${i + 1}`}
                    type="text"
                    name={`labels.${i}.name`}
                    defaultValue={label?.name ?? ""}
                    maxLength={60}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Rating value of label ${i + 1}`}
                    name={`labels.${i}.ratingValue`}
                    type="number"
                    min={0}
                    max={100}
                    defaultValue={label?.ratingValue ?? i + 1}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Label ${i + 1} is a verdict`}
                    name={`labels.${i}.isVerdict`}
                    type="checkbox"
                    defaultChecked={label?.isVerdict ?? true}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Description of label ${i + 1}`}
                    type="text"
                    name={`labels.${i}.description`}
                    defaultValue={label?.description ?? ""}
                    maxLength={500}
                  />
                </td>
                <td className="muted">{label ? label.ratingCount : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {mine && "error" in data ? (
        <p className="error-text" role="alert">
          {data.error}
        </p>
      ) : null}
      {mine && "ok" in data ? <p role="status">{data.ok}</p> : null}
      <button type="submit" disabled={navigation.state === "submitting"}>
        {scale ? "Save scale" : "Create scale"}
      </button>
    </Form>
  );
}

export default function AdminScales() {
  const { items } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>Rating scales</h1>
      <p className="muted">
        The default scale is offered when rating claims and used to map imported ClaimReviews.
        Published fact-checks carry the values of their own label's scale.
      </p>
      {items.map((scale) => (
        <section key={scale.id} className="card stack" aria-labelledby={`scale-${scale.id}`}>
          <h2 id={`scale-${scale.id}`}>
            {scale.name} {scale.isDefault ? <span className="badge">default</span> : null}
          </h2>
          <p className="muted">
            {scale.labels.length} labels · verdict values {scale.worstRating}–{scale.bestRating}
          </p>
          {scale.isDefault ? null : (
            <Form method="post">
              <CsrfField />
              <input type="hidden" name="intent" value="setDefault" />
              <input type="hidden" name="scaleId" value={scale.id} />
              <button type="submit" className="secondary">
                Make default
              </button>
            </Form>
          )}
          <details>
            <summary>Edit</summary>
            <ScaleForm scale={scale} />
          </details>
        </section>
      ))}
      <section className="card stack" aria-labelledby="new-scale">
        <h2 id="new-scale">New scale</h2>
        <ScaleForm />
      </section>
    </div>
  );
}
