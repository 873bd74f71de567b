// Vitest setupFiles entry: gives the test file its own database cloned from the template and
// points DATABASE_URL (and so getDb()) at it. Dropped after the file's tests.
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { disconnectDb } from "../client.ts";
import { cloneTemplateDatabase, dropDatabase } from "./template.ts";

const adminUrl = process.env.CLAIMDESK_TEST_ADMIN_URL;
const template = process.env.CLAIMDESK_TEST_TEMPLATE;
if (!adminUrl || !template) {
  throw new Error("database tests need @claimdesk/db/testing/global-setup in vitest globalSetup");
}
const run = process.env.CLAIMDESK_TEST_RUN ?? "norun";
const name = `claimdesk_test_${run}_${process.pid}_${randomBytes(4).toString("hex")}`;
process.env.DATABASE_URL = await cloneTemplateDatabase(adminUrl, template, name);

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(adminUrl, name);
});
