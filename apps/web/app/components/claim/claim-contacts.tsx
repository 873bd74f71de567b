import { CONTACT_METHOD_LABEL, CONTACT_METHODS } from "@claimdesk/core/reply/labels";
import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/csrf-field.tsx";
import { formatDay } from "~/lib/dates.ts";
import { Feedback } from "./feedback.tsx";
import type { ClaimPageData } from "./types.ts";

type Contact = ClaimPageData["contacts"][number];

/** One entry's fields: for a new entry, or prefilled to edit one (`contact`). */
function ContactFields({
  contact,
  defaults,
}: {
  contact?: Contact;
  defaults: { by: string; whom: string };
}) {
  const id = (name: string) => `${name}-${contact?.id ?? "new"}`;
  return (
    <>
      <div className="row">
        <div>
          <label htmlFor={id("contacted-by")}>Contacted by</label>
          <input
            id={id("contacted-by")}
            name="contactedBy"
            defaultValue={contact?.contactedBy ?? defaults.by}
            required
            maxLength={120}
          />
        </div>
        <div>
          <label htmlFor={id("contactee")}>Whom</label>
          <input
            id={id("contactee")}
            name="contactee"
            defaultValue={contact?.contactee ?? defaults.whom}
            required
            maxLength={200}
          />
        </div>
      </div>
      <div className="row">
        <div>
          <label htmlFor={id("method")}>How</label>
          <select id={id("method")} name="method" defaultValue={contact?.method ?? "email"}>
            {CONTACT_METHODS.map((m) => (
              <option key={m} value={m}>
                {CONTACT_METHOD_LABEL[m]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("contacted-at")}>When (2026-12-01)</label>
          <input
            id={id("contacted-at")}
            name="contactedAt"
            inputMode="numeric"
            placeholder="2026-12-01"
            pattern="\d{4}-\d{2}-\d{2}"
            defaultValue={contact ? formatDay(contact.contactedAt) : formatDay(new Date())}
            required
          />
        </div>
      </div>
      <div>
        <label htmlFor={id("reply")}>Their reply (leave empty: no reply)</label>
        <textarea id={id("reply")} name="reply" rows={3} defaultValue={contact?.reply ?? ""} />
      </div>
      <div>
        <label htmlFor={id("replied-at")}>Reply date (2026-12-01)</label>
        <input
          id={id("replied-at")}
          name="repliedAt"
          inputMode="numeric"
          placeholder="2026-12-01"
          defaultValue={contact?.repliedAt ? formatDay(contact.repliedAt) : ""}
        />
      </div>
      <label>
        <input
          type="checkbox"
          name="showPublicly"
          defaultChecked={contact?.showPublicly ?? false}
        />{" "}
        Show this entry on the public fact-check
      </label>
    </>
  );
}

/** Right of reply: who contacted the speaker, how, when, and their reply (or none). */
export function ClaimContacts({ data, busy }: { data: ClaimPageData; busy: boolean }) {
  const { contacts, claim, me } = data;
  const defaults = { by: me.name, whom: claim.speaker?.name ?? "" };
  return (
    <section className="card stack" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Right of reply</h2>
      {contacts.length === 0 ? (
        <p className="muted">Nobody has contacted the speaker yet.</p>
      ) : (
        <ol className="list contact-log" aria-label="Contacts with the speaker">
          {contacts.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{c.contactedBy}</strong> contacted {c.contactee} by{" "}
                {CONTACT_METHOD_LABEL[c.method]} on {formatDay(c.contactedAt)}.{" "}
                {c.showPublicly ? <span className="badge">shown publicly</span> : null}
              </p>
              {c.reply ? (
                <blockquote>
                  {c.reply}
                  {c.repliedAt ? <span className="muted"> ({formatDay(c.repliedAt)})</span> : null}
                </blockquote>
              ) : (
                <p className="muted">No reply.</p>
              )}
              <details>
                <summary>Edit this entry</summary>
                <Form method="post" className="stack">
                  <CsrfField />
                  <input type="hidden" name="contactId" value={c.id} />
                  <ContactFields contact={c} defaults={defaults} />
                  <button type="submit" name="intent" value="update-contact" disabled={busy}>
                    Save the entry
                  </button>
                </Form>
              </details>
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>Log a contact with the speaker</summary>
        <Form method="post" className="stack" key={contacts.length}>
          <CsrfField />
          <ContactFields defaults={defaults} />
          <button type="submit" name="intent" value="add-contact" disabled={busy}>
            Add to the log
          </button>
        </Form>
      </details>
      <Feedback intent={["add-contact", "update-contact"]} />
    </section>
  );
}
