import { hasRole } from "@claimdesk/core/auth";
import { DomainError } from "@claimdesk/core/errors";
import type { Role } from "@claimdesk/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context.ts";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
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

export const publicProcedure = t.procedure.use(mapDomainErrors);

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

export const reviewerProcedure = roleProcedure("reviewer");
export const editorProcedure = roleProcedure("editor");
export const adminProcedure = roleProcedure("admin");
