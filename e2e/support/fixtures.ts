import { randomBytes } from "node:crypto";
import { type APIRequestContext, test as base, expect, type Page, request } from "@playwright/test";

export const DEMO_ADMIN = { email: "admin@claimdesk.local", password: "admin-demo-pass" };

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: "reviewer" | "editor" | "admin";
}

/** Reads the session's CSRF token from a rendered page (the sign-out form carries it). */
export async function csrfTokenOf(api: APIRequestContext, baseURL: string): Promise<string> {
  const html = await (await api.get(`${baseURL}/queue`)).text();
  const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!token) throw new Error("no CSRF token on the page: is the session signed in?");
  return token;
}

/** Calls a tRPC mutation the way the browser client does (JSON body, x-csrf-token header). */
export async function trpcMutation(
  api: APIRequestContext,
  baseURL: string,
  path: string,
  input: unknown,
  csrf: string,
) {
  const response = await api.post(`${baseURL}/api/trpc/${path}`, {
    data: input,
    headers: { "content-type": "application/json", "x-csrf-token": csrf, origin: baseURL },
  });
  const body = (await response.json()) as {
    result?: { data: unknown };
    error?: { message: string; data?: { code?: string } };
  };
  return { status: response.status(), body };
}

export async function signInApi(baseURL: string, email: string, password: string) {
  const api = await request.newContext({ baseURL });
  const response = await api.post("/login", {
    form: { email, password, redirectTo: "/" },
    headers: { origin: baseURL },
    maxRedirects: 0,
  });
  if (response.status() !== 302 && response.status() !== 204)
    throw new Error(`sign-in as ${email} failed: HTTP ${response.status()}`);
  return api;
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export const test = base.extend<{ makeUser: (role: TestUser["role"]) => Promise<TestUser> }>({
  // Users are made through the admin API (the seeded admin), so each test owns its people.
  makeUser: async ({ baseURL }, use) => {
    const admin = await signInApi(baseURL!, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const csrf = await csrfTokenOf(admin, baseURL!);
    await use(async (role) => {
      const suffix = randomBytes(4).toString("hex");
      const user = {
        email: `${role}-${suffix}@e2e.test`,
        password: `pw-${suffix}-long-enough`,
        name: `E2E ${role} ${suffix}`,
        role,
      };
      const { status, body } = await trpcMutation(admin, baseURL!, "user.create", user, csrf);
      if (status !== 200) throw new Error(`user.create failed: ${JSON.stringify(body)}`);
      const created = body.result?.data as { id: string } | undefined;
      if (!created) throw new Error("user.create returned no user");
      return { ...user, id: created.id };
    });
    await admin.dispose();
  },
});

export { expect };

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}

/** The page is no wider than the window: nothing makes a phone scroll sideways. */
export async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}
