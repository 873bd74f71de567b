// What the web server tells the app about a request besides the request itself: Remix's load
// context, made here for every request the Remix handler answers (decision 023).
import type { AppLoadContext } from "@remix-run/node";

/**
 * A page's loader data travels twice in a document: rendered into its HTML and again as the
 * hydration data the browser's router starts from. A loader may leave out of its data a part
 * the document's HTML already holds, and hand the part's markup to the render here instead
 * (`app/lib/document-parts.ts`); the browser takes it from the page. Only a GET for a document
 * counts: a single-fetch data request (`/path.data`, a navigation in the app) has no HTML, so
 * its data stays whole, and so does every request made without this context (the Vite dev
 * server's).
 */
export type PageContext = {
  /** a GET of a document, whose HTML the render writes */
  document: boolean;
  /** markup the render writes that the hydration data leaves out, by part name */
  parts: Map<string, string>;
};

export function pageContextFor(request: Request): PageContext {
  const { pathname } = new URL(request.url);
  return { document: request.method === "GET" && !pathname.endsWith(".data"), parts: new Map() };
}

type RemixHandler = (request: Request, loadContext?: AppLoadContext) => Promise<Response>;

/** Remix's request handler, each request given its page context. */
export function withPageContext(remix: RemixHandler): (request: Request) => Promise<Response> {
  return (request) => remix(request, { page: pageContextFor(request) });
}
