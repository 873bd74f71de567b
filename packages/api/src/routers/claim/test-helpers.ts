import { createSession, hashPassword } from "@claimdesk/core/auth";
import { ensureDefaultRatingScale } from "@claimdesk/core/ratings";
import { getDb, type Role } from "@claimdesk/db";
import { createServices, type Services } from "@claimdesk/jobs/services";
import { type ContextServices, createContext } from "../../context.ts";
import { SESSION_COOKIE } from "../../cookies.ts";
import { createCaller } from "../../root.ts";

let counter = 0;
let shared: Services | undefined;

/**
 * The services of this test file, as an entry point builds them once (createServices): the test
 * database's client, the search backend DATABASE_URL gives (embedded), and no job queue unless a
 * test passes one. `overrides` replaces services for one caller (a fake queue, a fake backend).
 */
export function testServices(overrides: Partial<ContextServices> = {}): ContextServices {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (the test config sets it)");
  shared ??= createServices({ ...process.env, DATABASE_URL: url }, { db: getDb(), queue: false });
  return { ...shared, ...overrides };
}

/** A user of the given role and a caller whose context is built from a Request carrying their session cookie. */
export async function signedInCaller(
  role: Role,
  options: {
    csrf?: "ok" | "missing" | "wrong";
    onSessionsChanged?: () => void;
    services?: Partial<ContextServices>;
  } = {},
) {
  const db = getDb();
  counter += 1;
  const user = await db.user.create({
    data: {
      email: `${role}-${counter}-${Date.now()}@example.test`,
      name: `${role} ${counter}`,
      role,
      passwordHash: await hashPassword("pw-123456789"),
    },
  });
  const session = await createSession(db, user.id);
  const headers: Record<string, string> = {
    cookie: `${SESSION_COOKIE}=${session.token}`,
    origin: "http://app.test",
  };
  if ((options.csrf ?? "ok") === "ok") headers["x-csrf-token"] = session.csrfToken;
  if (options.csrf === "wrong") headers["x-csrf-token"] = "not-the-token";
  const req = new Request("http://app.test/api/trpc", { method: "POST", headers });
  const ctx = await createContext({
    request: req,
    services: testServices(options.services),
    onSessionsChanged: options.onSessionsChanged,
  });
  return { user, caller: createCaller(ctx) };
}

export async function anonymousCaller() {
  return createCaller(
    await createContext({
      request: new Request("http://app.test/api/trpc"),
      services: testServices(),
    }),
  );
}

/** An article with one statement and its claim, made directly in the database. */
export async function makeClaim(text = "Unemployment fell to 3 percent last year.") {
  const db = getDb();
  await ensureDefaultRatingScale(db);
  const body = `The minister said: "${text}" at a press conference.`;
  const article = await db.article.create({
    data: { title: `Article ${Date.now()}-${++counter}`, body, status: "ready" },
  });
  const claim = await db.claim.create({
    data: { text, fingerprint: `fp-${counter}-${Date.now()}`, checkworthiness: 0.8 },
  });
  const start = body.indexOf(text);
  const statement = await db.statement.create({
    data: {
      articleId: article.id,
      kind: "direct_quote",
      text,
      start,
      end: start + text.length,
      fingerprint: claim.fingerprint,
      claimId: claim.id,
    },
  });
  return { article, claim, statement };
}

export async function labelId(slug = "false") {
  const scale = await ensureDefaultRatingScale(getDb());
  return scale.labels.find((l) => l.slug === slug)!.id;
}
