// Server rendering: the whole document is rendered, then sent as one body. Remix's default entry
// streams React's output as it is produced, in many small writes that gzip compresses one by
// one; no loader here defers data, so streaming sent nothing earlier and cost about a
// millisecond of compression per search page under load (apps/web/README.md, decision 007).
import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { DocumentPartsProvider, pageContextOf } from "./lib/document-parts.ts";
import { NonceContext } from "./lib/nonce.ts";
import { log, requestIdOf } from "./services/log.server.ts";

/** Loader, action and render errors: logged once, with the request id (never sent to the client). */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  log.error({ err: error, requestId: requestIdOf(request), url: request.url }, "request error");
}

/** A render that has not finished by then is aborted (its error boundary renders). */
const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Set by the web server on each request and named in its Content-Security-Policy.
  const nonce = request.headers.get("x-csp-nonce") ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode;
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        clearTimeout(timer);
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status }));
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <DocumentPartsProvider value={pageContextOf(loadContext)}>
          <RemixServer
            context={remixContext}
            url={request.url}
            abortDelay={ABORT_DELAY}
            nonce={nonce}
          />
        </DocumentPartsProvider>
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          pipe(sink);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          status = 500;
          // Shell errors reject and are logged by Remix; log the ones inside the shell.
          if (shellRendered)
            log.error({ err: error, requestId: requestIdOf(request) }, "render error");
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}
