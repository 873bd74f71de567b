import type { Db } from "@claimdesk/db";
import { createTextArticle, extractArticle } from "../articles/index.ts";
import { hashPassword } from "../auth/index.ts";
import { ensureDefaultRatingScale } from "../ratings/index.ts";
import { readDemoArticles } from "./demo-articles.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { seedLiarValid, seedLivingDesk } from "./seed-living-desk.ts";
import { readSharedSampleArticles } from "./shared-samples.ts";

/**
 * Loads demo data: one user per role, the default rating scale, the project's demo articles and
 * the shared sample articles (when ../shared exists), with their statements extracted.
 * Idempotent: running it again adds nothing.
 */
export async function seedDatabase(db: Db, log: (line: string) => void = () => {}) {
  for (const user of DEMO_USERS) {
    const exists = await db.user.findUnique({ where: { email: user.email } });
    if (!exists) {
      await db.user.create({
        data: {
          email: user.email,
          name: user.name,
          role: user.role,
          passwordHash: await hashPassword(user.password),
        },
      });
    }
  }
  await ensureDefaultRatingScale(db);
  const articles = [...readDemoArticles(), ...readSharedSampleArticles()];
  let added = 0;
  for (const { text } of articles) {
    const { article, duplicate } = await createTextArticle(db, { body: text, source: "seed" });
    if (!duplicate || article.status !== "ready") {
      await extractArticle(db, article.id);
      if (!duplicate) added += 1;
    }
  }
  // Outside checks (the shared LIAR valid split) and the desk's own claims at every stage.
  const liar = await seedLiarValid(db, log);
  const desk = await seedLivingDesk(db);
  log(
    `seed: ${liar.imported} LIAR checks imported (${liar.existing} already there), ${desk.claims} demo claims moved through the workflow`,
  );
  log(
    `seed: ${DEMO_USERS.length} demo users, default rating scale, ${articles.length} articles (${added} new)`,
  );
  return { articles: articles.length, added };
}
