import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject } from "ajv";
import { isRecord, loadYamlDocument } from "./load-yaml.ts";
import { type Problem, ValidationError } from "./problems.ts";

const require = createRequire(import.meta.url);

/**
 * The Compose Specification JSON schema, as shipped inside the `dclint` npm package
 * (schemas/compose.schema.json, draft-07): nothing is downloaded at test time.
 */
export function loadComposeSchema(): Record<string, unknown> {
  const path = require
    .resolve("dclint/package.json")
    .replace(/package\.json$/, "schemas/compose.schema.json");
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

let compiled: ReturnType<Ajv["compile"]> | undefined;
function schemaValidator() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    // The file names draft-07 by its https URI, which Ajv does not alias to the http one it
    // bundles; Ajv's default dialect is draft-07, so drop the marker.
    const { $schema: _dialect, ...schema } = loadComposeSchema();
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/**
 * Compose variable interpolation, as `docker compose config` does it: `$$` escapes, `$VAR`,
 * `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`,
 * `${VAR:+alt}`, `${VAR+alt}`. A required variable that is missing throws, like compose.
 */
export function interpolate(
  value: string,
  env: Record<string, string | undefined>,
  where = "",
): string {
  return value.replace(
    /\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^}])*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (match, escaped: string, braced?: string, op?: string, arg?: string, bare?: string) => {
      if (match === "$$") return "$";
      void escaped;
      const name = (braced ?? bare)!;
      const current = env[name];
      const unsetOrEmpty = current === undefined || current === "";
      const unset = current === undefined;
      switch (op) {
        case undefined:
          return current ?? "";
        case ":-":
          return unsetOrEmpty ? (arg ?? "") : current!;
        case "-":
          return unset ? (arg ?? "") : current!;
        case ":?":
        case "?":
          if (op === ":?" ? unsetOrEmpty : unset) {
            throw new ValidationError([
              {
                file: "compose",
                where,
                message: `required variable ${name} is missing: ${arg ?? ""}`,
              },
            ]);
          }
          return current!;
        case ":+":
          return unsetOrEmpty ? "" : (arg ?? "");
        case "+":
          return unset ? "" : (arg ?? "");
        default:
          return match;
      }
    },
  );
}

function interpolateTree(
  value: unknown,
  env: Record<string, string | undefined>,
  path: string,
): unknown {
  if (typeof value === "string") return interpolate(value, env, path);
  if (Array.isArray(value)) return value.map((v, i) => interpolateTree(v, env, `${path}[${i}]`));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        interpolateTree(v, env, path ? `${path}.${k}` : k),
      ]),
    );
  }
  return value;
}

export interface ComposeReport {
  model: Record<string, unknown>;
  problems: Problem[];
}

type Service = Record<string, unknown>;

function servicesOf(model: Record<string, unknown>): Record<string, Service> {
  return (isRecord(model.services) ? model.services : {}) as Record<string, Service>;
}

function describeSchemaError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const extra = params.additionalProperty ? ` ("${String(params.additionalProperty)}")` : "";
  return `schema: ${error.instancePath || "/"} ${error.message ?? ""}${extra}`;
}

/**
 * Loads a compose file (YAML anchors and `<<` merges resolved), interpolates it with `env`,
 * validates it against the Compose Specification schema, then checks how this stack must
 * behave: pinned images, health checks on long-running services, start order, volumes.
 */
export function validateCompose(
  file: string,
  env: Record<string, string | undefined>,
  text?: string,
): ComposeReport {
  const problems: Problem[] = [];
  let model: Record<string, unknown>;
  try {
    const raw = loadYamlDocument(file, text);
    model = interpolateTree(raw, env, "") as Record<string, unknown>;
  } catch (error) {
    if (error instanceof ValidationError) {
      return { model: {}, problems: error.problems.map((p) => ({ ...p, file })) };
    }
    throw error;
  }
  const validate = schemaValidator();
  if (!validate(model)) {
    for (const error of validate.errors ?? [])
      problems.push({ file, message: describeSchemaError(error) });
  }
  problems.push(...checkComposeModel(file, model));
  return { model, problems };
}

export function checkComposeModel(file: string, model: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const services = servicesOf(model);
  const volumes = isRecord(model.volumes) ? model.volumes : {};
  const report = (where: string, message: string) => problems.push({ file, where, message });
  for (const [name, service] of Object.entries(services)) {
    if (!isRecord(service)) continue;
    const image = typeof service.image === "string" ? service.image : undefined;
    if (!image && !isRecord(service.build)) report(name, "needs an image or a build");
    if (image && !service.build) {
      const tag = image.includes("@") ? "digest" : image.split("/").pop()?.split(":")[1];
      if (!tag || tag === "latest") report(name, `image "${image}" must be pinned (not latest)`);
    }
    const restart = service.restart;
    const oneShot = restart === "no" || restart === "on-failure";
    const healthcheck = isRecord(service.healthcheck) ? service.healthcheck : undefined;
    if (!oneShot && (!healthcheck || healthcheck.disable === true)) {
      report(name, "long-running service without a healthcheck");
    }
    const dependsOn = service.depends_on;
    if (Array.isArray(dependsOn)) {
      report(name, "depends_on must use the long form with a condition");
    } else if (isRecord(dependsOn)) {
      for (const [dep, spec] of Object.entries(dependsOn)) {
        const target = services[dep];
        if (!target) {
          report(name, `depends_on unknown service ${dep}`);
          continue;
        }
        const condition = isRecord(spec) ? spec.condition : undefined;
        const targetOneShot = target.restart === "no" || target.restart === "on-failure";
        const expected = targetOneShot ? "service_completed_successfully" : "service_healthy";
        if (condition !== expected) report(name, `depends_on ${dep} must wait for ${expected}`);
      }
    }
    const ports = Array.isArray(service.ports) ? service.ports : [];
    const deploy = isRecord(service.deploy) ? service.deploy : {};
    if (typeof deploy.replicas === "number" && deploy.replicas > 1) {
      if (service.container_name) report(name, "container_name prevents running several replicas");
      if (ports.some((p) => /^\d+:|:\d+:/.test(String(isRecord(p) ? p.published : p)))) {
        report(name, "a fixed host port prevents running several replicas");
      }
    }
    for (const volume of Array.isArray(service.volumes) ? service.volumes : []) {
      const source =
        typeof volume === "string"
          ? volume.split(":")[0]
          : isRecord(volume)
            ? volume.source
            : undefined;
      if (
        typeof source === "string" &&
        /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source) &&
        !(source in volumes)
      ) {
        report(name, `named volume ${source} is not declared under volumes:`);
      }
    }
  }
  return problems;
}

/** Services in the order compose starts them (dependencies first); throws on a cycle. */
export function startOrder(model: Record<string, unknown>): string[] {
  const services = servicesOf(model);
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting")
      throw new Error(`depends_on cycle: ${[...trail, name].join(" -> ")}`);
    state.set(name, "visiting");
    const deps = services[name]?.depends_on;
    const names = Array.isArray(deps) ? deps.map(String) : isRecord(deps) ? Object.keys(deps) : [];
    for (const dep of names) visit(dep, [...trail, name]);
    state.set(name, "done");
    order.push(name);
  };
  for (const name of Object.keys(services)) visit(name, []);
  return order;
}
