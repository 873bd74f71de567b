// The admin scales page checks the admin role on the server, for reads and for writes.
import { SESSION_COOKIE } from "@claimdesk/api";
import { createSession } from "@claimdesk/core/auth";
import { createTestUser } from "@claimdesk/core/testing";
import { getDb, type Role } from "@claimdesk/db";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { action, loader } from "../app/routes/admin.scales.tsx";

async function cookieFor(role: Role) {
  const user = await createTestUser(getDb(), role);
  const session = await createSession(getDb(), user.id);
  return { cookie: `${SESSION_COOKIE}=${session.token}`, csrf: session.csrfToken };
}

async function outcome(fn: () => Promise<unknown>) {
  try {
    return { value: await fn() };
  } catch (thrown) {
    if (thrown instanceof Response)
      return { status: thrown.status, location: thrown.headers.get("location") };
    throw thrown;
  }
}

const url = "http://localhost:3000/admin/scales";

describe("/admin/scales", () => {
  it("sends anonymous readers to sign in and refuses non-admins", async () => {
    const anon = await outcome(() =>
      loader({ request: new Request(url), params: {}, context: {} } as LoaderFunctionArgs),
    );
    expect(anon).toMatchObject({ status: 302, location: expect.stringContaining("/login") });
    const editor = await cookieFor("editor");
    const read = await outcome(() =>
      loader({
        request: new Request(url, { headers: { cookie: editor.cookie } }),
        params: {},
        context: {},
      } as LoaderFunctionArgs),
    );
    expect(read).toMatchObject({ status: 403 });
    const body = new URLSearchParams({
      _csrf: editor.csrf,
      intent: "create",
      name: "Sneaky",
      "labels.0.name": "A",
      "labels.0.ratingValue": "1",
      "labels.0.isVerdict": "on",
    });
    const write = await outcome(() =>
      action({
        request: new Request(url, { method: "POST", body, headers: { cookie: editor.cookie } }),
        params: {},
        context: {},
      } as ActionFunctionArgs),
    );
    expect(write).toMatchObject({ status: 403 });
    expect(await getDb().ratingScale.count({ where: { name: "Sneaky" } })).toBe(0);
  });

  it("lets an admin create a 5-level scale from the form", async () => {
    const admin = await cookieFor("admin");
    const body = new URLSearchParams({
      _csrf: admin.csrf,
      intent: "create",
      name: "Five from the form",
    });
    ["False", "Mostly False", "Mixed", "Mostly True", "True"].forEach((name, i) => {
      body.set(`labels.${i}.name`, name);
      body.set(`labels.${i}.ratingValue`, String(i + 1));
      body.set(`labels.${i}.isVerdict`, "on");
      body.set(`labels.${i}.position`, String(i + 1));
    });
    body.set("labels.5.name", "Unproven");
    body.set("labels.5.ratingValue", "0");
    body.set("labels.5.position", "6");
    const result = await action({
      request: new Request(url, {
        method: "POST",
        body,
        headers: { cookie: admin.cookie, origin: "http://localhost:3000" },
      }),
      params: {},
      context: {},
    } as ActionFunctionArgs);
    expect(result).toMatchObject({ ok: "Scale created." });
    const scale = await getDb().ratingScale.findUniqueOrThrow({
      where: { name: "Five from the form" },
      include: { labels: { orderBy: { position: "asc" } } },
    });
    expect(scale.labels.map((l) => [l.name, l.isVerdict])).toEqual([
      ["False", true],
      ["Mostly False", true],
      ["Mixed", true],
      ["Mostly True", true],
      ["True", true],
      ["Unproven", false],
    ]);
  });
});
