import type { Role } from "@claimdesk/db";
import { serverCaller } from "./caller.server.ts";
import { formError, formString } from "./form.server.ts";
import { requireSession } from "./session.server.ts";

type Caller = Awaited<ReturnType<typeof serverCaller>>;

/** What a route's form handler is given: the posted form, its intent and a tRPC caller. */
export interface FormActionInput {
  form: FormData;
  /** the form's `intent` field, or the route's one intent (`options.intent`) */
  intent: string;
  /** a caller carrying the form's `_csrf` token, so the same CSRF rule guards forms and clients */
  caller: Caller;
}

/**
 * The one way a route takes a form: the signed-in session must hold `role` (else the sign-in
 * redirect or a 403), the caller carries the form's CSRF token, and an error from a procedure
 * becomes the form's message (`formError`: the intent, the error, its code, plus the fields
 * `errorFields` names, so the page marks the row that failed). A thrown Response (a redirect,
 * an unknown intent's 400) passes through.
 */
export async function formAction<T, E extends Record<string, string> = Record<never, never>>(
  request: Request,
  role: Role,
  handle: (input: FormActionInput) => Promise<T>,
  options: { intent?: string; errorFields?: (form: FormData) => E } = {},
): Promise<T | (ReturnType<typeof formError> & E)> {
  await requireSession(request, role);
  const form = await request.formData();
  const intent = options.intent ?? formString(form, "intent");
  const caller = await serverCaller(request, { csrfToken: formString(form, "_csrf") });
  try {
    return await handle({ form, intent, caller });
  } catch (error) {
    return { ...formError(error, intent), ...(options.errorFields?.(form) as E) };
  }
}
