import { DomainError } from "@claimdesk/core/errors";
import { TRPCError } from "@trpc/server";

/** The fields a form posted, as strings. */
export function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Turns an error from a procedure into a message for the form (input problems name the field);
 * anything unexpected is rethrown to the error boundary.
 */
export function formError(error: unknown, intent: string) {
  if (error instanceof TRPCError) {
    if (error.code === "INTERNAL_SERVER_ERROR") throw error;
    const cause = error.cause as
      | { issues?: { path: PropertyKey[]; message: string }[] }
      | undefined;
    const message = cause?.issues?.length
      ? cause.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")
      : error.message;
    return { intent, error: message, code: error.code };
  }
  if (error instanceof DomainError) return { intent, error: error.message, code: error.code };
  throw error;
}
