import { clearSessionCookie, readCookie, SESSION_COOKIE } from "@claimdesk/api";
import { deleteSession } from "@claimdesk/core/auth";
import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { webServices } from "~/services/services.server.ts";
import { forgetSession, getActiveSession, isSecureRequest } from "~/services/session.server.ts";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await getActiveSession(request);
  const form = await request.formData();
  if (session && form.get("_csrf") !== session.csrfToken) {
    return new Response("The sign-out request failed its CSRF check. Reload and try again.", {
      status: 403,
    });
  }
  await deleteSession(webServices().db, readCookie(request.headers.get("cookie"), SESSION_COOKIE));
  forgetSession(request);
  return redirect("/login", {
    headers: { "Set-Cookie": clearSessionCookie(isSecureRequest(request)) },
  });
}
