import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRecord } from "../src/load-yaml.ts";
import { interpolate, startOrder, validateCompose } from "../src/validate-compose.ts";
import { composeEnv, fixture, infraDir } from "./helpers.ts";

const composeFile = join(infraDir, "compose.yaml");

function service(model: Record<string, unknown>, name: string): Record<string, unknown> {
  const services = model.services as Record<string, Record<string, unknown>>;
  const s = services[name];
  if (!s) throw new Error(`no service ${name}`);
  return s;
}

describe("infra/compose.yaml", () => {
  const { model, problems } = validateCompose(composeFile, composeEnv);

  it("is valid against the Compose Specification schema and the stack rules", () => {
    expect(problems).toEqual([]);
  });

  it("sets WEB_CONCURRENCY to the web container's CPU limit (Node 20 may not see cgroup quotas)", () => {
    const web = service(model, "web");
    expect((web.environment as Record<string, string>).WEB_CONCURRENCY).toBe("1");
    const deploy = web.deploy as { resources: { limits: { cpus: string } } };
    expect(deploy.resources.limits.cpus).toBe("1");
  });

  it("requires PUBLIC_ORIGIN for the production apps (the web server refuses to start without it)", () => {
    const web = service(model, "web");
    expect((web.environment as Record<string, string>).PUBLIC_ORIGIN).toMatch(/^https?:\/\//);
  });

  it("runs the worker as two replicas sharing the queue", () => {
    const worker = service(model, "worker");
    expect((worker.deploy as Record<string, unknown>).replicas).toBe(2);
    expect(worker.container_name).toBeUndefined();
    expect(worker.ports).toBeUndefined();
  });

  it("runs migrations once, after PostgreSQL is healthy and before web and worker", () => {
    const migrate = service(model, "migrate");
    expect(migrate.restart).toBe("no");
    expect(migrate.command).toEqual(["node", "/app/apps/cli/bin/claimdesk.mjs", "db", "migrate"]);
    expect(migrate.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    for (const app of ["web", "worker"]) {
      expect(service(model, app).depends_on).toMatchObject({
        migrate: { condition: "service_completed_successfully" },
        postgres: { condition: "service_healthy" },
        meilisearch: { condition: "service_healthy" },
      });
    }
    const order = startOrder(model);
    expect(order.indexOf("migrate")).toBeLessThan(order.indexOf("worker"));
    expect(order.indexOf("migrate")).toBeLessThan(order.indexOf("web"));
    expect(order.indexOf("postgres")).toBeLessThan(order.indexOf("migrate"));
  });

  it("pins PostgreSQL and Meilisearch and keeps their data on named volumes", () => {
    expect(service(model, "postgres").image).toMatch(/^postgres:\d+\.\d+/);
    expect(service(model, "meilisearch").image).toMatch(/^getmeili\/meilisearch:v1\.\d+\.\d+$/);
    expect(service(model, "postgres").volumes).toEqual(["postgres-data:/var/lib/postgresql/data"]);
    expect(service(model, "meilisearch").volumes).toEqual(["meili-data:/meili_data"]);
  });

  it("gives every long-running service a health check", () => {
    for (const name of ["postgres", "meilisearch", "worker", "web"]) {
      expect(isRecord(service(model, name).healthcheck), name).toBe(true);
    }
  });

  it("takes the Meilisearch master key and the other secrets from the environment", () => {
    const meili = service(model, "meilisearch").environment as Record<string, string>;
    expect(meili.MEILI_MASTER_KEY).toBe(composeEnv.MEILI_MASTER_KEY);
    const web = service(model, "web").environment as Record<string, string>;
    expect(web.DATABASE_URL).toBe(
      `postgresql://claimdesk:${composeEnv.POSTGRES_PASSWORD}@postgres:5432/claimdesk`,
    );
    expect(web.MEILI_HOST).toBe("http://meilisearch:7700");
  });

  it.each(["MEILI_MASTER_KEY", "POSTGRES_PASSWORD"])(
    "refuses to start without %s (compose `:?` interpolation)",
    (name) => {
      const result = validateCompose(composeFile, { ...composeEnv, [name]: undefined });
      expect(result.problems.map((p) => p.message).join("\n")).toMatch(
        new RegExp(`required variable ${name} is missing`),
      );
    },
  );

  it("builds both images from the repository root", () => {
    for (const name of ["web", "worker"]) {
      expect(service(model, name).build).toEqual({
        context: "..",
        dockerfile: `infra/docker/${name}.Dockerfile`,
      });
    }
  });
});

describe("compose validator", () => {
  it("rejects a broken compose file with one problem per defect", () => {
    const { problems } = validateCompose(fixture("broken-compose.yaml"), composeEnv);
    const messages = problems.map((p) => `${p.where ?? ""}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/additional properties \("replica"\)/),
        expect.stringMatching(/^db: image "postgres:latest" must be pinned/),
        expect.stringMatching(/^db: long-running service without a healthcheck/),
        expect.stringMatching(/^app: depends_on must use the long form/),
        expect.stringMatching(/^worker: depends_on db must wait for service_healthy/),
        expect.stringMatching(/^worker: container_name prevents running several replicas/),
        expect.stringMatching(/^db: named volume dbdata is not declared/),
      ]),
    );
  });

  it("interpolates like compose", () => {
    // biome-ignore-start lint/suspicious/noTemplateCurlyInString: compose `${VAR}` syntax, not JS
    expect(interpolate("a${X}b$$c", { X: "1" })).toBe("a1b$c");
    expect(interpolate("${X:-d}|${X-d}", { X: "" })).toBe("d|");
    expect(interpolate("${Y:+set}|${Y+set}", { Y: "" })).toBe("|set");
    expect(() => interpolate("${Z:?need Z}", {})).toThrow(/need Z/);
    expect(interpolate("${Z?need Z}", { Z: "" })).toBe("");
    // biome-ignore-end lint/suspicious/noTemplateCurlyInString: compose `${VAR}` syntax, not JS
  });

  it("detects a depends_on cycle", () => {
    expect(() =>
      startOrder({ services: { a: { depends_on: ["b"] }, b: { depends_on: ["a"] } } }),
    ).toThrow(/cycle/);
  });
});
