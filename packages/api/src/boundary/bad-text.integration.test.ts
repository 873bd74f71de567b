// Issue 16: a NUL byte or a lone surrogate in any text input reached Prisma and came back as a
// 500 with the driver's message. Every procedure refuses it with a 400 naming the field.
import { getDb } from "@claimdesk/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { makeClaim, signedInCaller } from "../routers/claim/test-helpers.ts";

async function badRequest(call: Promise<unknown>, field: string) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  const issues = ((error as TRPCError).cause as { issues?: { path: PropertyKey[] }[] }).issues;
  expect(issues?.map((i) => i.path.join("."))).toContain(field);
  expect((error as TRPCError).message).not.toMatch(/prisma|invalid byte sequence|0x00/i);
}

describe("text the database cannot store is refused at the tRPC boundary", () => {
  it("evidence, rationale, feed title, user name and ids", async () => {
    const { claim } = await makeClaim();
    const editor = await signedInCaller("admin");
    await badRequest(
      editor.caller.evidence.add({
        claimId: claim.id,
        url: "https://example.org/a",
        title: "Source",
        excerpt: "nul \u0000 here",
        stance: "supports",
      }),
      "excerpt",
    );
    await badRequest(
      editor.caller.rating.rate({
        claimId: claim.id,
        labelId: "x",
        rationale: "a lone surrogate \uD800 in the rationale",
      }),
      "rationale",
    );
    await badRequest(
      editor.caller.feed.add({ url: "https://example.org/feed.xml", title: "Feed\u0000" }),
      "title",
    );
    await badRequest(
      editor.caller.user.create({
        email: "nul@example.test",
        name: "N\u0000ul",
        role: "reviewer",
        password: "long-password-1",
      }),
      "name",
    );
    await badRequest(editor.caller.claim.get({ id: "a\u0000b" }), "id");
    expect(await getDb().user.count({ where: { email: "nul@example.test" } })).toBe(0);
  });
});
