import type { AppRouter } from "@claimdesk/api";
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useRef, useState } from "react";
import { MAX_TRPC_BATCH } from "~/lib/limits.ts";
import { useNonce } from "~/lib/nonce.ts";
import { navCounts } from "~/services/nav-counts.server.ts";
import { getActiveSession } from "~/services/session.server.ts";
import styles from "./styles/app.css?url";
import { TRPCProvider } from "./trpc.ts";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  // No icon file is served: an empty one stops the browser asking for /favicon.ico (a 404 on every page).
  { rel: "icon", href: "data:," },
];

export async function loader({ request }: LoaderFunctionArgs) {
  // A form posted from another site, turned into this GET by the web server (http/cross-site.ts).
  if (request.headers.get("x-claimdesk-refused") === "cross-site")
    throw new Response(
      "This form was sent from another site, so it was refused. Go back to the page, reload it and try again.",
      { status: 403 },
    );
  const session = await getActiveSession(request);
  // The numbers in the navigation (unread notifications; an editor's approval list).
  // Reused for a few seconds per person; their own actions forget them (nav-counts.server.ts).
  const counts = session ? await navCounts.get(session.user) : null;
  return {
    user: session ? session.user : null,
    csrfToken: session?.csrfToken ?? null,
    counts,
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** A number beside a navigation link; read out with what it counts ("3 unread"). */
function Count({ n, label }: { n: number; label: string }) {
  if (n === 0) return null;
  return (
    <span className="count-badge">
      {n}
      <span className="visually-hidden"> {label}</span>
    </span>
  );
}

function Header() {
  // By route id, so the header also renders inside the error boundary.
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        claimdesk
      </Link>
      {user ? (
        <nav aria-label="Main">
          <NavLink to="/search">Search</NavLink>
          <NavLink to="/queue">Queue</NavLink>
          {data?.counts?.awaitingApproval != null ? (
            <NavLink to="/approvals">
              Awaiting my approval <Count n={data.counts.awaitingApproval} label="waiting" />
            </NavLink>
          ) : null}
          <NavLink to="/articles">Articles</NavLink>
          <NavLink to="/speakers">Speakers</NavLink>
          <NavLink to="/dashboard">Dashboard</NavLink>
          <NavLink to="/fact-checks">Fact-checks</NavLink>
          {user.role === "admin" ? (
            <NavLink to="/admin" end>
              Admin
            </NavLink>
          ) : null}
          {user.role === "admin" ? <NavLink to="/admin/scales">Scales</NavLink> : null}
          {user.role === "admin" ? <NavLink to="/admin/feeds">Feeds</NavLink> : null}
        </nav>
      ) : null}
      <div className="user-box">
        {user ? (
          <>
            <NavLink to="/notifications">
              Notifications <Count n={data?.counts?.unread ?? 0} label="unread" />
            </NavLink>
            <span>
              {user.name} <span className="badge">{user.role}</span>
            </span>
            <Form method="post" action="/logout">
              <input type="hidden" name="_csrf" value={data?.csrfToken ?? ""} />
              <button type="submit" className="link-button">
                Sign out
              </button>
            </Form>
          </>
        ) : (
          <Link to="/login">Sign in</Link>
        )}
      </div>
    </header>
  );
}

/** tRPC + React Query for client-side calls; mutations carry the session's CSRF token. */
function ApiProvider({ children }: { children: React.ReactNode }) {
  const data = useLoaderData<typeof loader>();
  // A ref, so the client sends the current token after signing in or out without being rebuilt.
  const csrfToken = useRef("");
  csrfToken.current = data?.csrfToken ?? "";
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1 } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: "/api/trpc",
          headers: () => ({ "x-csrf-token": csrfToken.current }),
          // The server refuses larger batches.
          maxItems: MAX_TRPC_BATCH,
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

export default function App() {
  return (
    <ApiProvider>
      <Header />
      <main id="main" className="page">
        <Outlet />
      </main>
    </ApiProvider>
  );
}

/** Status lines for responses thrown without a statusText (e.g. `new Response(msg, { status: 403 })`). */
const STATUS_TEXT: Record<number, string> = {
  400: "Bad request",
  401: "Sign-in required",
  403: "Not allowed",
  404: "Not found",
  500: "Server error",
};

export function ErrorBoundary() {
  const error = useRouteError();
  const title = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText || STATUS_TEXT[error.status] || "Error"}`
    : "Something went wrong";
  // An unexpected error's own message (a driver's, a stack's) is for the log, never the page.
  const detail = isRouteErrorResponse(error)
    ? typeof error.data === "string"
      ? error.data
      : null
    : "The server could not complete this request. Try again; if it keeps happening, tell an admin the time it happened.";
  return (
    <>
      <Header />
      <main id="main" className="page">
        <h1>{title}</h1>
        {detail ? <p>{detail}</p> : null}
        <p>
          <Link to="/">Back to the start page</Link>
        </p>
      </main>
    </>
  );
}
