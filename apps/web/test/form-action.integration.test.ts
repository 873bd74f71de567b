// formAction, the one way a route takes a form: the role is checked on the server, the caller
// carries the form's CSRF token, and a procedure's refusal becomes the form's message.
import { SESSION_COOKIE } from "@claimdesk/api";
import { createSession } from "@claimdesk/core/auth";
import { createTestUser } from "@claimdesk/core/testing";
import { getDb, type Role } from "@claimdesk/db";
import { redirect } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { formAction } from "../app/services/form-action.server.ts";

const url = "http://localhost:3000/notifications";

async function post(role: Role | null, fields: Record<string, string>) {
  const headers: Record<string, string> = {};
  let csrf = "";
  if (role) {
    const user = await createTestUser(getDb(), role);
    const session = await createSession(getDb(), user.id);
    headers.cookie = `${SESSION_COOKIE}=${session.token}`;
    csrf = session.csrfToken;
  }
  const body = new URLSearchParams({ _csrf: csrf, ...fields });
  return new Request(url, { method: "POST", body, headers });
}

async function thrown(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    if (error instanceof Response)
      return { status: error.status, location: error.headers.get("location") };
    throw error;
  }
  throw new Error("nothing was thrown");
}

describe("formAction", () => {
  it("sends anonymous visitors to sign in and refuses a role below the route's", async () => {
    const anonymous = await post(null, { intent: "go" });
    expect(await thrown(() => formAction(anonymous, "reviewer", async () => "ran"))).toMatchObject({
      status: 302,
      location: expect.stringContaining("/login"),
    });
    const reviewer = await post("reviewer", { intent: "go" });
    expect(await thrown(() => formAction(reviewer, "editor", async () => "ran"))).toMatchObject({
      status: 403,
    });
  });

  it("hands the handler the form, its intent and a caller with the form's CSRF token", async () => {
    const request = await post("reviewer", { intent: "mark-all", note: "hello" });
    const result = await formAction(request, "reviewer", async ({ form, intent, caller }) => ({
      intent,
      note: form.get("note"),
      marked: await caller.notification.markRead({}),
    }));
    expect(result).toMatchObject({ intent: "mark-all", note: "hello", marked: { marked: 0 } });
  });

  it("turns a refusal into the form's message with the fields the route names", async () => {
    const request = await post("reviewer", { _csrf: "not-the-token", rowId: "r1" });
    const result = await formAction(
      request,
      "reviewer",
      async ({ caller }) => caller.notification.markRead({}),
      { intent: "mark-read", errorFields: (form) => ({ rowId: String(form.get("rowId")) }) },
    );
    expect(result).toMatchObject({ intent: "mark-read", code: "FORBIDDEN", rowId: "r1" });
    expect(result).toHaveProperty("error", expect.any(String));
  });

  it("lets a thrown redirect through", async () => {
    const request = await post("reviewer", { intent: "go" });
    expect(
      await thrown(() =>
        formAction(request, "reviewer", async () => {
          throw redirect("/claims/c1");
        }),
      ),
    ).toMatchObject({ status: 302, location: "/claims/c1" });
  });
});
