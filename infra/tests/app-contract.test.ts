import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { containersOf, type K8sObject, podSpecOf } from "../src/kustomize.ts";
import { isRecord } from "../src/load-yaml.ts";
import { validateCompose } from "../src/validate-compose.ts";
import { validateKustomization } from "../src/validate-k8s.ts";
import { composeEnv, infraDir, repoRoot } from "./helpers.ts";

/**
 * The deployment files against what the apps read today (apps/worker/src/env.ts,
 * apps/web/app/services/env.server.ts): the worker serves only /healthz on WORKER_HOST (nothing
 * calls it: the admin page reads the database), and stops within WORKER_SHUTDOWN_TIMEOUT_SECONDS.
 */

/** The variables of the worker's removed internal API (spelled in parts so this file passes its own check). */
const GONE = [["WORKER", "TOKEN"].join("_"), ["WORKER", "URL"].join("_")];

const read = (...parts: string[]) => readFileSync(join(repoRoot, ...parts), "utf8");
const workerEnvSource = read("apps", "worker", "src", "env.ts");

/** A numeric `.default(n)` of a variable in a zod env schema's source. */
function appDefault(source: string, name: string): number {
  const match = new RegExp(`${name}:[^,]*?\\.default\\(([\\d_]+)\\)`, "s").exec(source);
  if (!match?.[1]) throw new Error(`no numeric default for ${name} in the app's env schema`);
  return Number(match[1].replaceAll("_", ""));
}

/** The variable the web app no longer reads (spelled in two parts so this file passes its own check). */
const REMOVED = ["SESSION", "SECRET"].join("_");

const shutdownDefault = appDefault(workerEnvSource, "WORKER_SHUTDOWN_TIMEOUT_SECONDS");

/** Compose durations: "45s", "1m30s", "500ms", "1h". */
function composeSeconds(duration: string): number {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 1e-6 };
  let total = 0;
  let rest = duration;
  for (const [, n, unit] of duration.matchAll(/(\d+(?:\.\d+)?)(h|ms|us|m|s)/g)) {
    total += Number(n) * (units[unit as string] ?? Number.NaN);
    rest = rest.replace(`${n}${unit}`, "");
  }
  if (rest !== "" || duration === "") throw new Error(`not a compose duration: ${duration}`);
  return total;
}

describe("the apps still work the way these files assume", () => {
  it("neither the worker nor the web app reads the removed internal API's variables", () => {
    const web = read("apps", "web", "app", "services", "env.server.ts");
    for (const name of GONE) expect(workerEnvSource + web).not.toContain(name);
  });

  it("the worker's /healthz listens on WORKER_HOST, loopback by default", () => {
    expect(workerEnvSource).toMatch(/WORKER_HOST: z\.string\(\)\.default\("127\.0\.0\.1"\)/);
  });

  it("nothing reads the old session secret any more (sessions are hashed tokens in the DB)", () => {
    const web = read("apps", "web", "app", "services", "env.server.ts");
    expect(workerEnvSource + web).not.toContain(REMOVED);
  });
});

describe("compose: the worker is called by nobody", () => {
  const { model } = validateCompose(join(infraDir, "compose.yaml"), composeEnv);
  const services = model.services as Record<string, Record<string, unknown>>;
  const env = (name: string) => (services[name]?.environment ?? {}) as Record<string, string>;

  it.each(["web", "worker"])("gives %s no worker-API secret or address", (name) => {
    for (const gone of GONE) expect(env(name)[gone]).toBeUndefined();
  });

  it("keeps the worker's /healthz on its loopback, its port unpublished", () => {
    expect(env("worker").WORKER_HOST).toBeUndefined();
    expect(services.worker?.ports).toBeUndefined();
    expect(services.worker?.expose).toBeUndefined();
  });

  it("keeps the worker's stop_grace_period longer than its shutdown timeout", () => {
    const timeout = Number(env("worker").WORKER_SHUTDOWN_TIMEOUT_SECONDS ?? shutdownDefault);
    const grace = composeSeconds(String(services.worker?.stop_grace_period ?? "10s"));
    expect(grace).toBeGreaterThan(timeout);
  });

  it("parses compose durations", () => {
    expect(composeSeconds("45s")).toBe(45);
    expect(composeSeconds("1m30s")).toBe(90);
    expect(() => composeSeconds("45")).toThrow();
  });
});

type EnvValue = string | { secret: string; key: string };

/** A container's effective environment: ConfigMaps from envFrom, then its env list. */
function effectiveEnv(objects: K8sObject[], workload: K8sObject): Record<string, EnvValue> {
  const [container] = containersOf(workload);
  const result: Record<string, EnvValue> = {};
  for (const source of (container?.envFrom as Record<string, unknown>[] | undefined) ?? []) {
    const ref = source.configMapRef;
    if (!isRecord(ref)) continue;
    const cm = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === ref.name);
    Object.assign(result, (cm as { data?: Record<string, string> } | undefined)?.data ?? {});
  }
  for (const entry of (container?.env as Record<string, unknown>[] | undefined) ?? []) {
    const secret = isRecord(entry.valueFrom) ? entry.valueFrom.secretKeyRef : undefined;
    result[String(entry.name)] = isRecord(secret)
      ? { secret: String(secret.name), key: String(secret.key) }
      : String(entry.value);
  }
  return result;
}

describe.each([
  ["base", join(infraDir, "k8s", "base")],
  ["overlays/production", join(infraDir, "k8s", "overlays", "production")],
])("infra/k8s/%s: the worker API between web and worker", (_name, dir) => {
  let objects: K8sObject[];
  const get = (kind: string, name: string) => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
    if (!found) throw new Error(`no ${kind}/${name}`);
    return found;
  };
  beforeAll(async () => {
    const report = await validateKustomization(dir);
    objects = report.objects.map((r) => r.object);
  });

  it.each(["claimdesk-web", "claimdesk-worker"])(
    "gives %s no worker-API secret or address",
    (name) => {
      const env = effectiveEnv(objects, get("Deployment", name));
      for (const gone of GONE) expect(env[gone]).toBeUndefined();
    },
  );

  it("has the worker's /healthz on the pod IP for the probes, and no Service or Ingress to it", () => {
    const env = effectiveEnv(objects, get("Deployment", "claimdesk-worker"));
    expect(env.WORKER_HOST).toBe("0.0.0.0");
    expect(
      objects.filter((o) => o.kind === "Service" && o.metadata.name === "claimdesk-worker"),
    ).toEqual([]);
    for (const ingress of objects.filter((o) => o.kind === "Ingress")) {
      expect(JSON.stringify(ingress.spec)).not.toContain('"name":"claimdesk-worker"');
    }
  });

  it("keeps the worker's terminationGracePeriodSeconds longer than its shutdown timeout", () => {
    const worker = get("Deployment", "claimdesk-worker");
    const env = effectiveEnv(objects, worker);
    const timeout = Number(env.WORKER_SHUTDOWN_TIMEOUT_SECONDS ?? shutdownDefault);
    expect(Number.isFinite(timeout)).toBe(true);
    const grace = Number(podSpecOf(worker)?.terminationGracePeriodSeconds ?? 30);
    expect(grace).toBeGreaterThan(timeout);
  });
});

describe("the Secret example", () => {
  const secret = readFileSync(join(infraDir, "k8s", "examples", "secret.example.yaml"), "utf8");
  it("holds no worker-API secret", () => {
    for (const gone of GONE) expect(secret).not.toContain(gone);
  });
});

describe("no trace of the removed session secret variable", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.name === "node_modules" || entry.name === ".turbo") return [];
      const path = join(dir, entry.name);
      return entry.isDirectory() ? files(path) : [path];
    });

  it("in infra/ and docs/operations.md", () => {
    const offenders = [...files(infraDir), join(repoRoot, "docs", "operations.md")].filter((f) =>
      readFileSync(f, "utf8").includes(REMOVED),
    );
    expect(offenders.map((f) => relative(repoRoot, f))).toEqual([]);
  });
});

describe("docs/operations.md on the worker's settings", () => {
  const ops = read("docs", "operations.md");
  it.each([
    "WORKER_HOST",
    "WORKER_PORT",
    "WORKER_CONCURRENCY",
    "WORKER_LEASE_SECONDS",
    "WORKER_SHUTDOWN_TIMEOUT_SECONDS",
    "OUTBOX_POLL_MS",
    "OUTBOX_BATCH_SIZE",
    "REINDEX_BATCH_SIZE",
    "FEED_POLL_CRON",
  ])("documents %s", (name) => {
    expect(ops).toContain(`\`${name}\``);
  });

  it.each([
    "WORKER_CONCURRENCY",
    "WORKER_LEASE_SECONDS",
    "WORKER_SHUTDOWN_TIMEOUT_SECONDS",
    "OUTBOX_POLL_MS",
    "OUTBOX_BATCH_SIZE",
    "REINDEX_BATCH_SIZE",
  ])("gives the worker's own default for %s", (name) => {
    expect(ops).toContain(`| \`${name}\` | \`${appDefault(workerEnvSource, name)}\` |`);
  });

  it("gives the worker's own FEED_POLL_CRON default", () => {
    const cron = /FEED_POLL_CRON: z\.string\(\)\.default\("([^"]+)"\)/.exec(workerEnvSource)?.[1];
    expect(cron).toBeDefined();
    expect(ops).toContain(`| \`FEED_POLL_CRON\` | \`${cron}\` |`);
  });
});
