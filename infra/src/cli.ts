import { join } from "node:path";
import { lintDockerfile } from "./lint-dockerfile.ts";
import { formatProblem, type Problem } from "./problems.ts";
import { validateCompose } from "./validate-compose.ts";
import { validateKustomization } from "./validate-k8s.ts";

/**
 * `pnpm --filter @claimdesk/infra validate`: runs every offline check on infra/ and prints the
 * problems. Compose is interpolated with placeholder secrets (the file requires them).
 */
const infra = join(import.meta.dirname, "..");
const problems: Problem[] = [];
const placeholders = {
  POSTGRES_PASSWORD: "placeholder",
  MEILI_MASTER_KEY: "placeholder-0123456789abcdef",
  ...process.env,
};
problems.push(...validateCompose(join(infra, "compose.yaml"), placeholders).problems);
for (const name of ["web", "worker"]) {
  problems.push(...lintDockerfile(join(infra, "docker", `${name}.Dockerfile`)));
}
for (const dir of ["base", "overlays/production"]) {
  const report = await validateKustomization(join(infra, "k8s", dir), {
    exampleSecretsFile: join(infra, "k8s", "examples", "secret.example.yaml"),
  });
  problems.push(...report.problems);
}
for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
process.stdout.write(
  problems.length === 0 ? "infra: all checks passed\n" : `infra: ${problems.length} problem(s)\n`,
);
process.exit(problems.length === 0 ? 0 : 1);
