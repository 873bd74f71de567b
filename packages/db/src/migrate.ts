import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Applies committed migrations with `prisma migrate deploy` (JS schema engine, no binaries). */
export function migrateDatabase(url: string, options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(packageDir, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
      {
        cwd: packageDir,
        env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        if (!options.quiet) {
          const applied = output.match(
            /following migration\(s\) have been applied|No pending migrations/,
          );
          if (applied) process.stdout.write(`migrations: ${applied[0].toLowerCase()}\n`);
        }
        resolve();
      } else {
        reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output.trim()}`));
      }
    });
  });
}
