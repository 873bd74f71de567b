// A document leaves the search hits out of its hydration data (decision 023): the web server
// tells the loader which requests are documents, the loader hands the list's markup to the
// render, and the render writes it where the browser reads it back.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HITS_PART, HitList } from "../app/components/search/hit-list.tsx";
import {
  DocumentPartsProvider,
  leaveToDocument,
  pageContextOf,
} from "../app/lib/document-parts.ts";
import { pageContextFor, withPageContext } from "../http/page-context.ts";

describe("the page context", () => {
  it("calls a GET of a page a document, and a single-fetch data request or a form post not", () => {
    expect(pageContextFor(new Request("http://x/search?q=a")).document).toBe(true);
    expect(pageContextFor(new Request("http://x/search.data?q=a")).document).toBe(false);
    expect(pageContextFor(new Request("http://x/_root.data")).document).toBe(false);
    expect(pageContextFor(new Request("http://x/search", { method: "POST" })).document).toBe(false);
  });

  it("reaches the Remix handler as the load context, a new one per request", async () => {
    const seen: unknown[] = [];
    const handle = withPageContext(async (_request, context) => {
      seen.push(context);
      return new Response("ok");
    });
    await handle(new Request("http://x/search"));
    await handle(new Request("http://x/search"));
    expect(pageContextOf(seen[0] as never)?.document).toBe(true);
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe("leaving a part to the document", () => {
  it("keeps the markup for the render only for a document", () => {
    const doc = { page: pageContextFor(new Request("http://x/search")) };
    const data = { page: pageContextFor(new Request("http://x/search.data")) };
    expect(leaveToDocument(doc, "p", () => "<li>a</li>")).toBe(true);
    expect(doc.page.parts.get("p")).toBe("<li>a</li>");
    expect(leaveToDocument(data, "p", () => "<li>a</li>")).toBe(false);
    expect(data.page.parts.size).toBe(0);
    // No context (the Vite dev server) or one of another shape: the data stays whole.
    expect(leaveToDocument(undefined, "p", () => "x")).toBe(false);
    expect(leaveToDocument({ page: { document: "yes" } } as never, "p", () => "x")).toBe(false);
  });

  it("writes the markup the loader left into the hit list on the server", () => {
    const page = pageContextFor(new Request("http://x/search"));
    page.parts.set(HITS_PART, '<li class="hit">kept</li>');
    const html = renderToString(
      <DocumentPartsProvider value={page}>
        <HitList hits={null} />
      </DocumentPartsProvider>,
    );
    expect(html).toBe(
      `<ol id="${HITS_PART}" class="list card hits"><li class="hit">kept</li></ol>`,
    );
    // Without the part there is nothing to write (never another request's list).
    expect(renderToString(<HitList hits={null} />)).toBe(
      `<ol id="${HITS_PART}" class="list card hits"></ol>`,
    );
  });
});
