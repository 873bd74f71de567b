import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "../root.tsx";

/** The session's CSRF token as the hidden `_csrf` field a form action passes to its caller. */
export function CsrfField() {
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return <input type="hidden" name="_csrf" value={root?.csrfToken ?? ""} />;
}
