import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const infraDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(infraDir, "..");
export const fixture = (...parts: string[]) => join(infraDir, "tests", "fixtures", ...parts);

/** The values compose needs; the test env, never real secrets. */
export const composeEnv = {
  POSTGRES_PASSWORD: "test-password",
  MEILI_MASTER_KEY: "test-master-key-0123456789abcdef",
};
