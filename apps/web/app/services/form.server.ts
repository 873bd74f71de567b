import { DomainError } from "@claimdesk/core/errors";
import { TRPCError } from "@trpc/server";

/** The fields a form posted, as strings. */
export function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Field names as the forms label them. */
const FIELD_LABEL: Record<string, string> = { url: "URL", labelId: "Verdict" };

/** `["rationale"]` → "Rationale", `["labels", 2, "name"]` → "Labels 3 name": what the reader sees. */
function fieldLabel(path: PropertyKey[]): string {
  const words = path.map((p) =>
    typeof p === "number"
      ? String(p + 1)
      : (FIELD_LABEL[String(p)] ??
        String(p)
          .replace(/([a-z])([A-Z])/g, "$1 $2")
          .toLowerCase()),
  );
  const text = words.join(" ") || "Input";
  return text.charAt(0).toUpperCase() + text.slice(1);
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
      ? cause.issues.map((i) => `${fieldLabel(i.path)}: ${i.message}`).join("; ")
      : error.message;
    return { intent, error: message, code: error.code };
  }
  if (error instanceof DomainError) return { intent, error: error.message, code: error.code };
  throw error;
}
