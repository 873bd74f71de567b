// Issue 16 (Host header): in production the server refuses to start without PUBLIC_ORIGIN; in
// development it listens on loopback unless HOST says otherwise.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { EnvError, parseEnv } from "@claimdesk/env";
import { describe, expect, it } from "vitest";
import { ZServerEnv } from "../http/settings.ts";

describe("the web server's settings", () => {
  it("require PUBLIC_ORIGIN in production, naming it in one line", () => {
    const run = () => parseEnv(ZServerEnv, { NODE_ENV: "production" });
    expect(run).toThrow(EnvError);
    expect(run).toThrow(
      /^invalid configuration: PUBLIC_ORIGIN: is required when NODE_ENV=production/,
    );
    expect(
      parseEnv(ZServerEnv, { NODE_ENV: "production", PUBLIC_ORIGIN: "https://desk.example" }).HOST,
    ).toBe("0.0.0.0");
  });

  it("listen on loopback in development and tests unless HOST is set", () => {
    expect(parseEnv(ZServerEnv, { NODE_ENV: "development" }).HOST).toBe("127.0.0.1");
    expect(parseEnv(ZServerEnv, { NODE_ENV: "test" }).HOST).toBe("127.0.0.1");
    expect(parseEnv(ZServerEnv, { NODE_ENV: "development", HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
  });

  it("refuse a PUBLIC_ORIGIN that is not http(s)", () => {
    expect(() =>
      parseEnv(ZServerEnv, { NODE_ENV: "production", PUBLIC_ORIGIN: "javascript:alert(1)" }),
    ).toThrow(/PUBLIC_ORIGIN: must be an http\(s\) URL/);
  });

  it("server.ts stops at start with that one line and exit code 1", () => {
    const webDir = fileURLToPath(new URL("..", import.meta.url));
    const tsx = createRequire(`${webDir}package.json`).resolve("tsx");
    const env = { ...process.env, NODE_ENV: "production", PORT: "1" } as Record<string, string>;
    delete env.PUBLIC_ORIGIN;
    const result = spawnSync(process.execPath, ["--import", tsx, "server.ts"], {
      cwd: webDir,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^claimdesk: invalid configuration: PUBLIC_ORIGIN: is required/,
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
