// Issue 16: text the database cannot store (a NUL byte, a lone surrogate) and dates it cannot
// hold reached Prisma and came back as a 500 with the driver's message. They are a 400 naming
// the field or parameter, before any query runs.
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { ZFeedQuery } from "../app/routes/api.claimreview.ts";
import { action as loginAction } from "../app/routes/login.tsx";
import { start as listen } from "./node-handler-harness.ts";

async function start() {
  let reached = 0;
  const port = await listen(async () => {
    reached += 1;
    return new Response("ok");
  });
  return { port, reached: () => reached };
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the URL", () => {
  it.each([
    ["/fact-checks/a%00b", /path/],
    ["/api/claimreview?cursor=a%00b", /cursor/],
    ["/search?q=%ED%A0%80", /q/],
  ])("%s is a 400 naming what is wrong, and never reaches the app", async (path, field) => {
    const server = await start();
    const reply = await get(server.port, path);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(field);
    expect(reply.body).toMatch(/cannot be stored/);
    expect(server.reached()).toBe(0);
  });

  it("lets ordinary text through, accents and emoji included", async () => {
    const server = await start();
    expect((await get(server.port, "/search?q=%C3%A9t%C3%A9%20%F0%9F%98%80")).status).toBe(200);
    expect((await get(server.port, "/fact-checks/ok-slug")).status).toBe(200);
  });
});

describe("POST /login", () => {
  it("answers a NUL in the email with a 400 naming the field", async () => {
    const request = new Request("http://app.test/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://app.test" },
      body: "email=a%00b&password=whatever-password",
    });
    const response = (await loginAction({ request, params: {}, context: {} })) as Response;
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: expect.stringMatching(/^email .*cannot be stored/),
    });
  });
});

describe("/api/claimreview dates", () => {
  it.each(["0000-01-01", "0001-01-01", "1899-12-31"])("refuses since=%s", (since) => {
    const parsed = ZFeedQuery.safeParse({ since });
    expect(parsed.success).toBe(false);
  });
  it("keeps ordinary dates", () => {
    expect(
      ZFeedQuery.safeParse({ since: "2026-03-01", until: "2026-03-02T12:00:00Z" }).success,
    ).toBe(true);
  });
});
