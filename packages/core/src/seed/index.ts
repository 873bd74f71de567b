export { readDemoArticles } from "./demo-articles.ts";
export { DEMO_USERS } from "./demo-users.ts";
export { seedDatabase } from "./seed-database.ts";
export { readSharedSampleArticles, sharedSamplesDir } from "./shared-samples.ts";
