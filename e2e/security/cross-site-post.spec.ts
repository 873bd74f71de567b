import { expect, test } from "../support/fixtures.ts";

// Issue 16: a form posted from another site answered an empty 500 (Remix's origin check
// throws). It is a 403 with the app's error page, and the action does not run.
test("a cross-site form post answers 403 with the app's error page", async ({ page, baseURL }) => {
  const response = await page.request.post("/login", {
    form: { email: "admin@claimdesk.local", password: "admin-demo-pass", redirectTo: "/" },
    headers: { origin: "https://evil.example", accept: "text/html" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toMatch(/text\/html/);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const html = await response.text();
  expect(html).toContain("403 Not allowed");
  expect(html).toContain("another site");
  expect(html).toContain("claimdesk"); // the site header: the app's layout

  // The same form from this site still signs in.
  const same = await page.request.post("/login", {
    form: { email: "admin@claimdesk.local", password: "admin-demo-pass", redirectTo: "/" },
    headers: { origin: baseURL! },
    maxRedirects: 0,
  });
  expect(same.status()).toBe(302);
});
