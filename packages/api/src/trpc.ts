import { hasRole } from "@claimdesk/core/auth";
import { DomainError } from "@claimdesk/core/errors";
import type { Role } from "@claimdesk/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context.ts";
import { UNSTORABLE_TEXT_MESSAGE, ZStorableInput } from "./text.ts";

/** What a client is told of an unexpected error: never the internal message (it is logged). */
export function internalErrorMessage(requestId: string | null | undefined): string {
  return `Something went wrong on the server${requestId ? ` (request ${requestId})` : ""}. Try again; if it persists, report the request id.`;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? internalErrorMessage(ctx?.requestId) : shape.message,
      data: {
        ...shape.data,
        // Field errors a form can show next to its inputs.
        fieldErrors: cause instanceof ZodError ? cause.flatten().fieldErrors : undefined,
        stack: undefined,
      },
    };
  },
});

const CODE: Record<DomainError["code"], TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
};

/** Domain errors keep their message and get the matching tRPC code. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Text the database cannot store (a NUL byte, an unpaired surrogate), anywhere in the input, is
 * a 400 naming the field, before the input is parsed or any query runs.
 */
const rejectUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const checked = ZStorableInput.safeParse(await getRawInput());
  if (!checked.success) {
    const fields = checked.error.issues.map((i) => i.path.join(".") || "input");
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${fields.join(", ")} ${UNSTORABLE_TEXT_MESSAGE}`,
      cause: checked.error,
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(mapDomainErrors).use(rejectUnstorableText);

/** Signed in; mutations also need the CSRF token of the session and a same-origin request. */
export const authedProcedure = publicProcedure.use(({ ctx, type, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  if (type === "mutation" && !ctx.csrfOk) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "The request failed its CSRF check. Reload the page and try again.",
    });
  }
  return next({ ctx: { ...ctx, session: ctx.session, user: ctx.session.user } });
});

function roleProcedure(role: Role) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.user.role, role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${role} role.` });
    }
    return next();
  });
}

/**
 * For procedures that change who may use existing sessions (role, access, password): once one
 * succeeds, the context's `onSessionsChanged` runs, so no reused session outlives the change.
 */
export const changesSessions = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) ctx.onSessionsChanged?.();
  return result;
});

export const reviewerProcedure = roleProcedure("reviewer");
export const editorProcedure = roleProcedure("editor");
export const adminProcedure = roleProcedure("admin");
