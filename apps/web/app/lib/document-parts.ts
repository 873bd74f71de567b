import type { AppLoadContext } from "@remix-run/node";
import { createContext, useContext } from "react";
import type { PageContext } from "../../http/page-context.ts";

/**
 * Parts of a document left out of its hydration data (decision 023): the loader hands a part's
 * markup to the render through the page context (`http/page-context.ts`) and sends `null` in
 * its data instead; the server writes the markup, and the browser reads it back from the
 * element the server wrote it into. The part's data comes whole again with the next navigation
 * in the app (a single-fetch data request), so only the document's first view takes it from
 * the page.
 */
const DocumentPartsContext = createContext<PageContext | null>(null);

export const DocumentPartsProvider = DocumentPartsContext.Provider;

/** The page context the web server gave this request, or null (no context, as in `remix vite:dev`). */
export function pageContextOf(context: AppLoadContext | undefined): PageContext | null {
  const page = (context as { page?: unknown } | undefined)?.page as PageContext | undefined;
  return page && typeof page.document === "boolean" && page.parts instanceof Map ? page : null;
}

/**
 * In a loader: whether `name`'s markup is left to the document. When the request is a
 * document's, `markup()` is kept for the render and true is returned (send null for the part);
 * otherwise false (send the part's data).
 */
export function leaveToDocument(
  context: AppLoadContext | undefined,
  name: string,
  markup: () => string,
): boolean {
  const page = pageContextOf(context);
  if (!page?.document) return false;
  page.parts.set(name, markup());
  return true;
}

/** Markup read back from the page in the browser, by part: read once, while hydrating. */
const fromPage = new Map<string, string>();

/** In a render: the markup of a part the loader left to the document, written into `elementId`. */
export function useDocumentPart(name: string, elementId: string): () => string {
  const page = useContext(DocumentPartsContext);
  return () => {
    if (typeof document === "undefined") return page?.parts.get(name) ?? "";
    let markup = fromPage.get(name);
    if (markup === undefined) {
      markup = document.getElementById(elementId)?.innerHTML ?? "";
      fromPage.set(name, markup);
    }
    return markup;
  };
}
