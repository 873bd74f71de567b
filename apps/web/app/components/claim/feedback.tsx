import { useActionData } from "@remix-run/react";

type ActionData =
  | { intent: string; ok: string; evidenceId: string | null }
  | { intent: string; error: string };

/** The answer of the claim page's action, shown next to the form whose intent it answers. */
export function Feedback({
  intent,
  only,
}: {
  intent: string | string[];
  /** show only the error or only the success (e.g. the success outside a form that closes) */
  only?: "error" | "ok";
}) {
  const data = useActionData() as ActionData | undefined;
  const intents = Array.isArray(intent) ? intent : [intent];
  if (!data || !intents.includes(data.intent)) return null;
  if (only && ("error" in data ? "error" : "ok") !== only) return null;
  if ("error" in data) {
    return (
      <p role="alert" className="error-text">
        {data.error}
      </p>
    );
  }
  return (
    <p role="status" className="ok-text" tabIndex={-1} data-feedback={data.intent}>
      {data.ok}
    </p>
  );
}
