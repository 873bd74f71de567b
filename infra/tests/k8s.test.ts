import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { containersOf, type K8sObject, podSpecOf } from "../src/kustomize.ts";
import { formatProblem } from "../src/problems.ts";
import { type K8sReport, validateKustomization } from "../src/validate-k8s.ts";
import { fixture, infraDir } from "./helpers.ts";

const exampleSecretsFile = join(infraDir, "k8s", "examples", "secret.example.yaml");

function get(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name}`);
  return found;
}

describe.each([
  ["base", join(infraDir, "k8s", "base")],
  ["overlays/production", join(infraDir, "k8s", "overlays", "production")],
])("infra/k8s/%s", (_name, dir) => {
  let report: K8sReport;
  let objects: K8sObject[];
  beforeAll(async () => {
    report = await validateKustomization(dir, { exampleSecretsFile });
    objects = report.objects.map((r) => r.object);
  });

  it("renders and passes the Kubernetes schemas and the cross-object checks", () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    // 12 since the worker lost its internal API (decision 014): it has no Service, only the
    // health port its probes read.
    expect(objects.length).toBeGreaterThanOrEqual(12);
    expect(objects.filter((o) => o.kind === "Service").map((o) => o.metadata.name)).not.toContain(
      "claimdesk-worker",
    );
  });

  it("autoscales the web Deployment and the worker Deployment separately", () => {
    const webHpa = get(objects, "HorizontalPodAutoscaler", "claimdesk-web");
    expect(webHpa.spec).toMatchObject({
      scaleTargetRef: { kind: "Deployment", name: "claimdesk-web" },
    });
    const workerHpa = get(objects, "HorizontalPodAutoscaler", "claimdesk-worker");
    expect(workerHpa.spec).toMatchObject({
      scaleTargetRef: { kind: "Deployment", name: "claimdesk-worker" },
      minReplicas: 2,
    });
  });

  it("checks readiness on /healthz (the web app: once its search index is loaded)", () => {
    for (const name of ["claimdesk-web", "claimdesk-worker"]) {
      const [container] = containersOf(get(objects, "Deployment", name));
      const path = name === "claimdesk-web" ? "/healthz?ready" : "/healthz";
      expect(container?.readinessProbe, `${name} readinessProbe`).toMatchObject({
        httpGet: { path, port: "http" },
      });
    }
  });

  it("checks liveness without the database (an outage must not restart every pod)", () => {
    const [web] = containersOf(get(objects, "Deployment", "claimdesk-web"));
    // /healthz?live answers from the process alone (apps/web/app/routes/healthz.ts).
    expect(web?.livenessProbe).toMatchObject({ httpGet: { path: "/healthz?live", port: "http" } });
    const [worker] = containersOf(get(objects, "Deployment", "claimdesk-worker"));
    // The worker's /healthz checks the database and the queue: liveness is its port answering.
    expect(worker?.livenessProbe).toMatchObject({ tcpSocket: { port: "http" } });
    expect((worker?.livenessProbe as Record<string, unknown> | undefined)?.httpGet).toBeUndefined();
  });

  it("sets WEB_CONCURRENCY to the web container's CPU limit (Node 20 may not see cgroup quotas)", () => {
    const [web] = containersOf(get(objects, "Deployment", "claimdesk-web"));
    const env = (web?.env ?? []) as { name: string; value?: string }[];
    expect(env.find((e) => e.name === "WEB_CONCURRENCY")?.value).toBe("1");
    const resources = web?.resources as { limits?: { cpu?: string } } | undefined;
    expect(resources?.limits?.cpu).toBe("1");
  });

  it("has a migration Job that runs `claimdesk db migrate` as an Argo CD PreSync hook", () => {
    const job = get(objects, "Job", "claimdesk-migrate");
    expect(job.metadata.annotations).toMatchObject({ "argocd.argoproj.io/hook": "PreSync" });
    const [container] = containersOf(job);
    expect(container?.command).toEqual([
      "node",
      "/app/apps/cli/bin/claimdesk.mjs",
      "db",
      "migrate",
    ]);
    expect(podSpecOf(job)?.restartPolicy).toBe("Never");
  });

  it("runs Meilisearch as a StatefulSet with a PVC and the master key from the Secret", () => {
    const sts = get(objects, "StatefulSet", "claimdesk-meilisearch");
    expect((sts.spec as { volumeClaimTemplates: unknown[] }).volumeClaimTemplates).toHaveLength(1);
    const [container] = containersOf(sts);
    expect(container?.image).toMatch(/^getmeili\/meilisearch:v1\.\d+\.\d+$/);
    expect(container?.env).toContainEqual({
      name: "MEILI_MASTER_KEY",
      valueFrom: { secretKeyRef: { name: "claimdesk-secrets", key: "MEILI_MASTER_KEY" } },
    });
  });

  it("keeps Secrets out of the manifests", () => {
    expect(objects.filter((o) => o.kind === "Secret")).toEqual([]);
  });
});

describe("production overlay", () => {
  let objects: K8sObject[];
  beforeAll(async () => {
    const report = await validateKustomization(join(infraDir, "k8s", "overlays", "production"), {
      exampleSecretsFile,
    });
    objects = report.objects.map((r) => r.object);
  });

  it("puts every namespaced object in the restricted claimdesk namespace", () => {
    const ns = get(objects, "Namespace", "claimdesk");
    expect(ns.metadata.labels?.["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    for (const o of objects.filter((o) => o.kind !== "Namespace")) {
      expect(o.metadata.namespace, `${o.kind}/${o.metadata.name}`).toBe("claimdesk");
    }
  });

  it("sets the release images and the larger HPA bounds", () => {
    expect(containersOf(get(objects, "Deployment", "claimdesk-web"))[0]?.image).toBe(
      "registry.example.org/claimdesk/web:1.0.0",
    );
    expect(containersOf(get(objects, "Job", "claimdesk-migrate"))[0]?.image).toBe(
      "registry.example.org/claimdesk/worker:1.0.0",
    );
    expect(get(objects, "HorizontalPodAutoscaler", "claimdesk-web").spec).toMatchObject({
      minReplicas: 3,
      maxReplicas: 20,
    });
  });

  it("routes the public host to the web Service", () => {
    const ingress = get(objects, "Ingress", "claimdesk-web");
    expect(JSON.stringify(ingress.spec)).toContain('"name":"claimdesk-web"');
  });
});

describe("Kubernetes validator", () => {
  it("rejects deliberately broken manifests with one problem per defect", async () => {
    const report = await validateKustomization(fixture("k8s-broken"), { exampleSecretsFile });
    const messages = report.problems.map(formatProblem);
    const expected = [
      /Deployment\/web\]: schema: \/spec\/template\/spec\/containers\/0\/ports\/0\/containerPort must be integer/,
      /Deployment\/web\]: spec.selector.matchLabels does not match the pod template labels/,
      /Deployment\/web\]: container web: image "example\/web:latest" must be pinned/,
      /Deployment\/web\]: container web: runAsNonRoot must be true/,
      /Deployment\/web\]: container web: readOnlyRootFilesystem must be true/,
      /Deployment\/web\]: container web: resources.requests.cpu and .memory are required/,
      /Deployment\/web\]: container web: readinessProbe is required/,
      /Deployment\/web\]: container web: livenessProbe is required/,
      /Deployment\/web\]: no PodDisruptionBudget covers this Deployment/,
      /Service\/web\]: selector .* matches no pod template/,
      /HorizontalPodAutoscaler\/web\]: scaleTargetRef Deployment\/web-typo does not exist/,
      /Secret\/leaked\]: Secrets are not kept in the manifests/,
      /Widget\/unknown-kind\]: unknown apiVersion\/kind/,
    ];
    for (const pattern of expected) {
      expect(
        messages.some((m) => pattern.test(m)),
        `${pattern}\n${messages.join("\n")}`,
      ).toBe(true);
    }
  });

  it("refuses kustomization fields it cannot render instead of ignoring them", async () => {
    const report = await validateKustomization(fixture("k8s-broken-overlay"));
    expect(report.problems.map(formatProblem).join("\n")).toMatch(/commonLabels/);
  });
});
