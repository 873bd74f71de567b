// Right-of-reply words, database-free: the web app imports them in the browser
// (`@claimdesk/core/reply/labels`).
import type { ContactMethod } from "@claimdesk/db";

export const CONTACT_METHODS = [
  "email",
  "phone",
  "message",
  "in_person",
  "letter",
  "other",
] as const satisfies readonly ContactMethod[];

/** How a contact method reads on the desk and on the public page. */
export const CONTACT_METHOD_LABEL: Record<ContactMethod, string> = {
  email: "e-mail",
  phone: "phone",
  message: "social media or message",
  in_person: "in person",
  letter: "letter",
  other: "other",
};
