import { DEMO_ADMIN, expect, test } from "../support/fixtures.ts";

// Issue 16: /login?redirectTo=/.//evil.example/phish answered 302 Location: //evil.example/phish
// (the check ran before path normalisation) and a real sign-in landed on the other site.
for (const redirectTo of ["/.//evil.example/phish", "/..//evil.example", "/%2e//evil.example"]) {
  test(`signing in with redirectTo=${redirectTo} stays on the site`, async ({
    page,
    baseURL,
    playwright,
  }) => {
    // Its own context: the browser below must not be signed in already.
    const api = await playwright.request.newContext({ baseURL });
    const response = await api.post("/login", {
      form: { ...DEMO_ADMIN, redirectTo },
      headers: { origin: baseURL! },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    const location = response.headers().location ?? "";
    expect(location.startsWith("//")).toBe(false);
    expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
    await api.dispose();
    // The same through the form, in the browser: it lands here.
    await page.goto(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
    await page.getByLabel("Email").fill(DEMO_ADMIN.email);
    await page.getByLabel("Password").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 15_000 });
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}
