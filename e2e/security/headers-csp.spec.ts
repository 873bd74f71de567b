import { publishClaim } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { createDb, type Db } from "@claimdesk/db";
import type { Page } from "@playwright/test";
import { DEMO_ADMIN, expect, signIn, test } from "../support/fixtures.ts";
import { readState } from "../support/stack.ts";

// Issue 16: the pages carry a Content-Security-Policy and the app satisfies it (Remix's inline
// scripts carry the request's nonce): no violation is reported on the main pages, and the
// pages still hydrate (client-side navigation works).

/** Collects CSP violations: the DOM event, and the console errors Chromium writes for them. */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await page.exposeFunction("__reportCsp", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["content-security-policy"], what).toMatch(/frame-ancestors 'none'/);
  expect(headers["content-security-policy"], what).toMatch(/script-src 'self' 'nonce-/);
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-request-id"], what).toMatch(/^[0-9a-f-]{36}$/);
}

test.describe
  .serial("security headers and CSP", () => {
    let db: Db;
    let slug = "";
    let claimId = "";

    test.beforeAll(async () => {
      db = createDb(readState().databaseUrl, { max: 2 });
      const published = await createCheckedClaim(db, { text: "Bridge tolls tripled in 2025" });
      claimId = published.claim.id;
      slug = (await publishClaim(db, { claimId, actorId: published.editor.id })).slug;
    });
    test.afterAll(async () => {
      await db.$disconnect();
    });

    test("every kind of response carries the headers", async ({ page, request }) => {
      const pageResponse = await page.goto("/login");
      expectSecurityHeaders(pageResponse!.headers(), "a page");
      const publicPage = await request.get(`/fact-checks/${slug}`);
      expectSecurityHeaders(publicPage.headers(), "a public fact-check");
      const api = await request.get("/api/claimreview");
      expectSecurityHeaders(api.headers(), "the API");
      const trpc = await request.get("/api/trpc/auth.me?input=%7B%7D");
      expectSecurityHeaders(trpc.headers(), "tRPC");
      const asset = await page
        .locator('script[type="module"][src], link[rel="modulepreload"]')
        .first();
      const href = (await asset.getAttribute("src")) ?? (await asset.getAttribute("href"));
      const file = await request.get(href!);
      expect(file.status()).toBe(200);
      expectSecurityHeaders(file.headers(), "a static asset");
      // Nonces differ per request.
      const a = (await request.get("/login")).headers()["content-security-policy"];
      const b = (await request.get("/login")).headers()["content-security-policy"];
      expect(a).not.toBe(b);
    });

    test("no CSP violation on the main pages, signed in and not", async ({ page }) => {
      const violations = await watchCsp(page);
      await page.goto("/login");
      await page.goto(`/fact-checks/${slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Bridge tolls");
      await page.goto("/fact-checks");
      await signIn(page, DEMO_ADMIN);
      for (const path of [
        "/",
        "/queue",
        "/search?q=bridge",
        "/dashboard",
        `/claims/${claimId}`,
        "/admin",
        "/admin/scales",
        "/admin/feeds",
        "/articles/new",
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        await page.waitForLoadState("networkidle");
      }
      expect(violations).toEqual([]);
      // Hydrated: a link is followed on the client (no document request).
      await page.goto("/queue");
      await page.waitForLoadState("networkidle");
      let documentRequests = 0;
      page.on("request", (r) => {
        if (r.resourceType() === "document") documentRequests += 1;
      });
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Dashboard" })
        .click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await page.waitForLoadState("networkidle");
      expect(documentRequests).toBe(0);
      expect(violations).toEqual([]);
    });
  });
