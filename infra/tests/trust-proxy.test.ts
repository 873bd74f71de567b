import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { containersOf, type K8sObject } from "../src/kustomize.ts";
import { validateCompose } from "../src/validate-compose.ts";
import { validateKustomization } from "../src/validate-k8s.ts";
import { composeEnv, infraDir, repoRoot } from "./helpers.ts";

/**
 * TRUST_PROXY (apps/web/http/trust-proxy.ts, issue 16): web believes X-Forwarded-For / -Proto
 * only from the proxies it names. Set where one sits in front (the production Ingress), off where
 * none does (compose publishes web's port itself; the k8s base has only a Service).
 */

/** The variable's name before (spelled in two parts so this file passes its own check). */
const OLD = ["WEB", "TRUSTED", "PROXY", "HOPS"].join("_");

function webTrustProxy(objects: K8sObject[]): string | undefined {
  const web = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "claimdesk-web");
  const [container] = web ? containersOf(web) : [];
  const own = (container?.env as { name: string; value?: string }[] | undefined)?.find(
    (e) => e.name === "TRUST_PROXY",
  );
  if (own) return own.value;
  const names = ((container?.envFrom as { configMapRef?: { name: string } }[]) ?? []).map(
    (s) => s.configMapRef?.name,
  );
  const maps = objects.filter((o) => o.kind === "ConfigMap" && names.includes(o.metadata.name));
  return maps
    .map((m) => (m as { data?: Record<string, string> }).data?.TRUST_PROXY)
    .find((v) => v !== undefined);
}

describe("TRUST_PROXY in the deployment files", () => {
  it("compose: off by default (nothing in front of web), settable from infra/.env", () => {
    const web = (env: Record<string, string>) =>
      (
        validateCompose(join(infraDir, "compose.yaml"), env).model.services as Record<
          string,
          { environment?: Record<string, string> }
        >
      ).web?.environment ?? {};
    expect(web(composeEnv).TRUST_PROXY).toBe("false");
    expect(web({ ...composeEnv, TRUST_PROXY: "1" }).TRUST_PROXY).toBe("1");
  });

  it.each([
    ["base", "false"],
    ["overlays/production", "1"],
  ])("k8s %s: web gets TRUST_PROXY=%s", async (dir, expected) => {
    const report = await validateKustomization(join(infraDir, "k8s", ...dir.split("/")));
    expect(webTrustProxy(report.objects.map((r) => r.object))).toBe(expected);
  });

  it("nothing in infra/ sets the variable's old name (web refuses to start with it)", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        if (entry.name === "node_modules" || entry.name === ".turbo") return [];
        const path = join(dir, entry.name);
        return entry.isDirectory() ? files(path) : [path];
      });
    const offenders = files(infraDir).filter((f) => readFileSync(f, "utf8").includes(OLD));
    expect(offenders.map((f) => relative(repoRoot, f))).toEqual([]);
  });
});
