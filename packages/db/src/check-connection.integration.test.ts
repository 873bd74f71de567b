import { describe, expect, it } from "vitest";
import { assertDatabaseReachable, DatabaseUnavailableError } from "./check-connection.ts";

describe("assertDatabaseReachable", () => {
  it("names the address and the reason in one line when the port is closed", async () => {
    const error = await assertDatabaseReachable(
      "postgresql://postgres@127.0.0.1:1/nothing",
      2000,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toBe(
      "cannot reach PostgreSQL at 127.0.0.1:1/nothing (connection refused); check DATABASE_URL",
    );
  });
});
