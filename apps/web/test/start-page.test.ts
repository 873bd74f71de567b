// The start page is the articles list, at /articles (the name the navigation gives it).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { loader } from "../app/routes/_index.tsx";

const visit = (url: string) =>
  loader({ request: new Request(url), params: {}, context: {} } as LoaderFunctionArgs);

describe("/", () => {
  it("redirects to /articles, keeping the query", async () => {
    const plain = await visit("http://claimdesk.test/");
    expect(plain.status).toBe(302);
    expect(plain.headers.get("location")).toBe("/articles");
    const paged = await visit("http://claimdesk.test/?cursor=abc");
    expect(paged.headers.get("location")).toBe("/articles?cursor=abc");
  });
});
