#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test`. On a fresh machine with only Node, this
// installs pnpm (the version in package.json) and the dependencies, then hands over to the
// claimdesk CLI (`claimdesk start` or `claimdesk test`). Plain JavaScript: it runs before any
// dependency exists.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const mode = process.argv[2];
if (mode !== "start" && mode !== "test") {
  console.error("usage: node scripts/bootstrap.mjs start|test");
  process.exit(2);
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`claimdesk needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

// Every program started below reports a failure to start as one line, never a stack trace.
function fail(line) {
  console.error(`claimdesk: ${line}`);
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, "").split("+")[0];

function pnpmWorks(cmd) {
  try {
    return execFileSync(cmd, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

function findPnpm() {
  const local = join(root, ".tools/node_modules/.bin/pnpm");
  for (const candidate of ["pnpm", local]) {
    const version = pnpmWorks(candidate);
    if (version && Number(version.split(".")[0]) >= 10) return candidate;
  }
  console.log(`Installing pnpm ${pnpmVersion} into ./.tools (from the npm registry) …`);
  const result = spawnSync(
    "npm",
    [
      "install",
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--prefix",
      join(root, ".tools"),
      `pnpm@${pnpmVersion}`,
    ],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0 || !pnpmWorks(local)) {
    const reason = result.error ? ` (npm: ${result.error.message})` : "";
    fail(
      `Could not install pnpm${reason}. Install it yourself (npm i -g pnpm@10) and run this again.`,
    );
  }
  return local;
}

const pnpm = findPnpm();
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  PATH: `${join(root, ".tools/node_modules/.bin")}:${process.env.PATH}`,
};

// Install when node_modules is missing or older than the lockfile.
const marker = join(root, "node_modules/.modules.yaml");
const lock = join(root, "pnpm-lock.yaml");
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  const install = spawnSync(pnpm, ["install", "--frozen-lockfile", "--reporter=append-only"], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  if (install.error) fail(`could not run ${pnpm} install: ${install.error.message}`);
  if (install.status !== 0) process.exit(install.status ?? 1);
}
if (!existsSync(join(root, "packages/db/src/generated/prisma/client.ts"))) {
  const gen = spawnSync(pnpm, ["--filter", "@claimdesk/db", "run", "generate"], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  if (gen.error) fail(`could not run ${pnpm} to generate the Prisma client: ${gen.error.message}`);
  if (gen.status !== 0) process.exit(gen.status ?? 1);
}

// The CLI runs as this process's own child, with no pnpm or shell in between, so signals reach
// it: Ctrl-C, or `kill` of this process, stops it and everything it started. `kill <npm pid>`
// only reaches the `sh` npm runs this under, which dies without passing it on; this process
// then has a new parent, and stops the CLI as if it had received SIGTERM itself.
const cli = spawn(
  process.execPath,
  [join(root, "apps/cli/bin/claimdesk.mjs"), mode, ...process.argv.slice(3)],
  {
    cwd: root,
    stdio: "inherit",
    env,
  },
);
const forward = (signal) => {
  if (cli.exitCode === null && cli.signalCode === null) cli.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => forward(signal));
const parent = process.ppid;
const parentWatch = setInterval(() => {
  if (process.ppid !== parent) {
    clearInterval(parentWatch);
    forward("SIGTERM");
  }
}, 500);
parentWatch.unref();
cli.on("error", (error) => fail(`could not run the CLI: ${error.message}`));
cli.on("exit", (code, signal) => {
  process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 1));
});
