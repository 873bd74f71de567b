import {
  csrfTokenOf,
  expect,
  screenshot,
  signIn,
  test,
  trpcMutation,
} from "../support/fixtures.ts";

test("a reviewer cannot reach admin pages or admin procedures", async ({
  page,
  baseURL,
  makeUser,
}) => {
  const reviewer = await makeUser("reviewer");
  await signIn(page, reviewer);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("This page needs the admin role.")).toBeVisible();

  // The server refuses the procedures too, with the reviewer's own cookie and CSRF token.
  const csrf = await csrfTokenOf(page.request, baseURL!);
  const reindex = await trpcMutation(page.request, baseURL!, "admin.startReindex", {}, csrf);
  expect(reindex.status).toBe(403);
  expect(reindex.body.error?.data?.code).toBe("FORBIDDEN");
  const promote = await trpcMutation(
    page.request,
    baseURL!,
    "user.update",
    { userId: reviewer.id, role: "admin" },
    csrf,
  );
  expect(promote.body.error?.data?.code).toBe("FORBIDDEN");
  const overview = await page.request.get(`${baseURL}/api/trpc/admin.overview?input=%7B%7D`);
  expect(overview.status()).toBe(403);
});

test("an admin sees worker health, queues and users", async ({ page, makeUser }) => {
  const admin = await makeUser("admin");
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
  // Read from the worker's heartbeat row in the database.
  const worker = page.getByRole("region", { name: "Worker" });
  await expect(worker.getByText("Running", { exact: true })).toBeVisible();
  await expect(worker.getByRole("status")).toHaveText(/worker last seen \d+ s ago/);
  await expect(worker.getByRole("definition").filter({ hasText: /^pid \d+ on / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Queues" })).toBeVisible();
  const queues = page.getByRole("table", { name: "Queues" });
  for (const name of ["article-ingest-url", "article-extract", "search-reindex"])
    await expect(queues.getByRole("cell", { name, exact: true })).toBeVisible();
  // The depth chart when jobs wait, else a note that none do.
  await expect(
    page
      .getByRole("img", { name: /Queue depth/ })
      .or(page.getByText("No jobs waiting or running.")),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Start reindex" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dead outbox events" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Users" })).toContainText(admin.email);
  await screenshot(page, "admin");
  await page.goto("/dashboard");
  await expect(
    page.getByRole("heading", { name: "Median wait in each stage (hours)" }),
  ).toBeVisible();
  await screenshot(page, "dashboard");
});
