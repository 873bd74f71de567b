import { readFileSync } from "node:fs";
import { DockerfileParser, type From, type Instruction } from "dockerfile-ast";
import { ValidationSeverity, validate as validateSyntax } from "dockerfile-utils";
import type { Problem } from "./problems.ts";

/** Every check of dockerfile-utils (the VS Code Docker language server's validator) as an error. */
const STRICT = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};

const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|MASTER_KEY|API_KEY|PRIVATE_KEY|DATABASE_URL)/i;

interface Stage {
  from: From;
  alias: string | null;
  instructions: Instruction[];
}

function stagesOf(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === "FROM") {
      const from = instruction as From;
      stages.push({ from, alias: from.getBuildStage(), instructions: [] });
    } else {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return stages;
}

/**
 * Lints a Dockerfile: syntax and instruction checks from dockerfile-utils, then this project's
 * rules: pinned base images (a tag that is not `latest`, or a digest), a final stage that runs
 * as a numeric non-root user with a HEALTHCHECK and an exec-form CMD, production-only
 * dependencies, a frozen lockfile, and no secrets in ARG/ENV or copied .env files.
 */
export function lintDockerfile(file: string, text = readFileSync(file, "utf8")): Problem[] {
  const problems: Problem[] = [];
  const at = (instruction: Instruction) => `line ${instruction.getRange().start.line + 1}`;
  for (const d of validateSyntax(text, STRICT)) {
    problems.push({
      file,
      where: `line ${d.range.start.line + 1}`,
      message: typeof d.message === "string" ? d.message : d.message.value,
    });
  }
  const dockerfile = DockerfileParser.parse(text);
  const stages = stagesOf(dockerfile.getInstructions());
  if (stages.length === 0) return [...problems, { file, message: "no FROM instruction" }];

  const aliases = new Set<string>();
  for (const stage of stages) {
    const image = stage.from.getImageName() ?? "";
    const tag = stage.from.getImageTag();
    const digest = stage.from.getImageDigest();
    const isStage = aliases.has(image);
    if (!isStage) {
      if (/\$/.test(stage.from.getArgumentsContent() ?? "")) {
        problems.push({
          file,
          where: at(stage.from),
          message: "base image must not come from a variable",
        });
      } else if (!digest && (!tag || tag === "latest")) {
        problems.push({
          file,
          where: at(stage.from),
          message: `base image "${image}" must be pinned to a version tag (not latest) or a digest`,
        });
      }
    }
    if (stage.alias) aliases.add(stage.alias);
    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword();
      const args = instruction.getArgumentsContent() ?? "";
      if (keyword === "ARG" || keyword === "ENV") {
        for (const name of args.split(/\s+/).map((s) => s.split("=")[0] ?? "")) {
          if (SECRET_NAME.test(name)) {
            problems.push({
              file,
              where: at(instruction),
              message: `${keyword} ${name}: no secrets in images`,
            });
          }
        }
      }
      if ((keyword === "COPY" || keyword === "ADD") && /(^|[\s/])\.env(\s|$)/.test(args)) {
        problems.push({
          file,
          where: at(instruction),
          message: `${keyword} of a .env file bakes secrets in`,
        });
      }
      if (
        keyword === "RUN" &&
        /\bpnpm (install|i)\b/.test(args) &&
        !/--frozen-lockfile/.test(args)
      ) {
        problems.push({
          file,
          where: at(instruction),
          message: "pnpm install must use --frozen-lockfile",
        });
      }
    }
  }

  const final = stages[stages.length - 1]!;
  const finalImage = final.from.getImageName() ?? "";
  if (aliases.has(finalImage) && finalImage !== final.alias) {
    // Final stage built on an earlier stage: the rules below still apply to its own lines.
  } else if (!/slim|alpine|distroless/.test(final.from.getImageTag() ?? finalImage)) {
    problems.push({
      file,
      where: at(final.from),
      message: "final stage should start from a slim, alpine or distroless image",
    });
  }
  const users = final.instructions.filter((i) => i.getKeyword() === "USER");
  const lastUser = users[users.length - 1];
  const user = lastUser?.getArgumentsContent()?.trim() ?? "";
  if (!lastUser) {
    problems.push({ file, where: at(final.from), message: "final stage must set a non-root USER" });
  } else if (!/^[1-9][0-9]*(:[0-9]+)?$/.test(user)) {
    problems.push({
      file,
      where: at(lastUser),
      message: `USER "${user}" must be a numeric non-root uid (Kubernetes verifies runAsNonRoot by uid)`,
    });
  }
  const healthchecks = final.instructions.filter((i) => i.getKeyword() === "HEALTHCHECK");
  if (healthchecks.length === 0 || /^NONE\b/i.test(healthchecks[0]?.getArgumentsContent() ?? "")) {
    problems.push({
      file,
      where: at(final.from),
      message: "final stage must define a HEALTHCHECK",
    });
  }
  const cmds = final.instructions.filter((i) => i.getKeyword() === "CMD");
  const cmd = cmds[cmds.length - 1];
  if (!cmd)
    problems.push({ file, where: at(final.from), message: "final stage must define a CMD" });
  else if (!(cmd.getArgumentsContent() ?? "").trim().startsWith("[")) {
    problems.push({
      file,
      where: at(cmd),
      message: "CMD must use the exec (JSON) form so signals reach node",
    });
  }
  const prodOnly = stages.some((stage) =>
    stage.instructions.some((i) =>
      /pnpm (install|i)\b[^&|;]*--prod|pnpm deploy\b[^&|;]*--prod|pnpm prune\b[^&|;]*--prod/.test(
        i.getArgumentsContent() ?? "",
      ),
    ),
  );
  if (!prodOnly) {
    problems.push({
      file,
      message:
        "no production-only install (pnpm install --prod, pnpm deploy --prod or pnpm prune --prod)",
    });
  }
  if (
    final.instructions.some(
      (i) => i.getKeyword() === "RUN" && /\bpnpm (install|i)\b/.test(i.getArgumentsContent() ?? ""),
    )
  ) {
    problems.push({
      file,
      where: at(final.from),
      message: "final stage must not install dependencies",
    });
  }
  return problems;
}
