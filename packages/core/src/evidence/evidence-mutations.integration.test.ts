import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { hashPassword } from "../auth/index.ts";
import { addEvidence } from "./evidence-mutations.ts";

describe("addEvidence", () => {
  it("moves a new claim into research and tells the search index", async () => {
    const db = getDb();
    const reviewer = await db.user.create({
      data: {
        email: "ev-reviewer@example.test",
        name: "Evidence Reviewer",
        role: "reviewer",
        passwordHash: await hashPassword("pw-ev-123456"),
      },
    });
    const claim = await db.claim.create({
      data: { text: "The bridge carries 62,000 vehicles a day.", fingerprint: "fp-ev-1" },
    });
    await addEvidence(db, {
      claimId: claim.id,
      actorId: reviewer.id,
      url: "https://traffic.example.org/counts",
      title: "Traffic counts 2025",
      stance: "refutes",
    });
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("in_research");
    const events = await db.outboxEvent.findMany({
      where: { entityType: "claim", entityId: claim.id, op: "upsert" },
    });
    expect(events).toHaveLength(1);
  });
});
