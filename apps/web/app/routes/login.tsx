import { clientIp, isSameOrigin, sessionCookie } from "@claimdesk/api";
import { unstorableField } from "@claimdesk/api/text";
import { signIn } from "@claimdesk/core/auth";
import { DomainError } from "@claimdesk/core/errors";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { safeRedirect } from "~/lib/safe-redirect.ts";
import { webServices } from "~/services/services.server.ts";
import { getActiveSession, isSecureRequest } from "~/services/session.server.ts";

export const meta: MetaFunction = () => [{ title: "Sign in · claimdesk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getActiveSession(request);
  if (session) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  if (!isSameOrigin(request))
    return Response.json({ error: "Cross-site sign-in refused." }, { status: 403 });
  const form = await request.formData();
  const unstorable = unstorableField(form);
  if (unstorable) return Response.json({ error: `${unstorable}.` }, { status: 400 });
  const email = String(form.get("email") ?? "").slice(0, 320);
  const password = String(form.get("password") ?? "").slice(0, 1000);
  if (!email || !password)
    return Response.json({ error: "Enter your email and password.", email }, { status: 400 });
  try {
    const result = await signIn(webServices().db, {
      email,
      password,
      ip: clientIp(request),
      userAgent: request.headers.get("user-agent"),
    });
    return redirect(safeRedirect(form.get("redirectTo")), {
      headers: {
        "Set-Cookie": sessionCookie(result.token, result.expiresAt, isSecureRequest(request)),
      },
    });
  } catch (error) {
    if (error instanceof DomainError)
      return Response.json({ error: error.message, email }, { status: 401 });
    throw error;
  }
}

export default function Login() {
  const data = useActionData<{ error?: string; email?: string }>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  return (
    <div className="card form-narrow stack">
      <h1>Sign in</h1>
      <Form
        method="post"
        className="stack"
        aria-describedby={data?.error ? "login-error" : undefined}
      >
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <div>
          <label htmlFor="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={data?.email}
            aria-invalid={data?.error ? true : undefined}
            aria-describedby={data?.error ? "login-error" : undefined}
          />
        </div>
        <div>
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={data?.error ? true : undefined}
            aria-describedby={data?.error ? "login-error" : undefined}
          />
        </div>
        {data?.error ? (
          <p id="login-error" role="alert" className="error-text">
            {data.error}
          </p>
        ) : null}
        <button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "Signing in…" : "Sign in"}
        </button>
      </Form>
    </div>
  );
}
