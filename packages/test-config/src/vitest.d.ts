import type { ViteUserConfig } from "vitest/config";

export interface TestConfigOptions {
  /**
   * The suite talks to PostgreSQL: one migrated template per run (global setup), and each test
   * file gets its own database cloned from it (setup file). See @claimdesk/db/testing.
   */
  database?: boolean;
  include?: string[];
  testTimeout?: number;
  hookTimeout?: number;
  alias?: Record<string, string>;
}

export declare function defineTestConfig(options?: TestConfigOptions): ViteUserConfig;
