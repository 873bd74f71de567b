// Issue 19: the desk's default scale speaks in neutral words; PolitiFact's preset keeps its own,
// and a data migration renames the first verdict of an install made before.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot, getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createCheckedClaim } from "../testing/index.ts";
import { ensureDefaultRatingScale, ensurePolitiFactScale } from "./ensure-default-scale.ts";

const migration = readFileSync(
  join(
    findRepoRoot(),
    "packages/db/prisma/migrations/20261202100000_neutral_worst_verdict/migration.sql",
  ),
  "utf8",
);

describe("the neutral default scale", () => {
  it("names its first verdict in neutral words; PolitiFact's preset keeps Pants on Fire", async () => {
    const db = getDb();
    const six = await ensureDefaultRatingScale(db);
    const politifact = await ensurePolitiFactScale(db);
    expect(six.labels.map((l) => l.name)).toEqual([
      "Wholly false",
      "False",
      "Mostly False",
      "Half True",
      "Mostly True",
      "True",
    ]);
    expect(six.labels.map((l) => l.name).join(" ")).not.toMatch(/pants|fire/i);
    expect(politifact.labels[0]).toMatchObject({ name: "Pants on Fire", slug: "pants-on-fire" });
    expect(politifact.labels.slice(1).map((l) => l.slug)).toEqual(
      six.labels.slice(1).map((l) => l.slug),
    );
  });

  it("the data migration renames an older install's label, keeps its verdicts, and leaves edits and PolitiFact's preset alone", async () => {
    const db = getDb();
    const six = await ensureDefaultRatingScale(db);
    await ensurePolitiFactScale(db);
    const first = six.labels[0]!;
    // an install from before: the first verdict still in PolitiFact's words, with a verdict on it
    await db.ratingLabel.update({
      where: { id: first.id },
      data: { name: "Pants on Fire", slug: "pants-on-fire" },
    });
    const checked = await createCheckedClaim(db, { labelSlug: "pants-on-fire" });
    expect(checked.rating.labelId).toBe(first.id);

    await db.$executeRawUnsafe(migration);
    const renamed = await db.ratingLabel.findUniqueOrThrow({ where: { id: first.id } });
    expect(renamed).toMatchObject({ name: "Wholly false", slug: "wholly-false", position: 0 });
    const rating = await db.rating.findUniqueOrThrow({
      where: { id: checked.rating.id },
      include: { label: true },
    });
    expect(rating.label.name).toBe("Wholly false");
    const politifact = await db.ratingScale.findUniqueOrThrow({
      where: { slug: "politifact-truth-o-meter" },
      include: { labels: { orderBy: { position: "asc" } } },
    });
    expect(politifact.labels[0]?.name).toBe("Pants on Fire");

    // a name an admin chose is theirs: the migration leaves it
    await db.ratingLabel.update({
      where: { id: first.id },
      data: { name: "Ridiculous", slug: "pants-on-fire" },
    });
    await db.$executeRawUnsafe(migration);
    expect(await db.ratingLabel.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      name: "Ridiculous",
      slug: "pants-on-fire",
    });
  });
});
