import {
  containersOf,
  type K8sObject,
  objectId,
  podSpecOf,
  type RenderedObject,
  splitImage,
} from "./kustomize.ts";
import { isRecord } from "./load-yaml.ts";
import type { Problem } from "./problems.ts";

export interface K8sCheckOptions {
  /**
   * Secrets created out of band (External Secrets, Sealed Secrets, `kubectl create secret`),
   * with the keys each must hold. References to them count as resolved.
   */
  externalSecrets?: Record<string, string[]>;
}

const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"]);
const LONG_RUNNING = new Set(["Deployment", "StatefulSet", "DaemonSet"]);

type Labels = Record<string, string>;

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function labelsMatch(selector: Labels, labels: Labels): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

function templateLabels(object: K8sObject): Labels {
  const template = record(record(object.spec).template);
  return record(record(template.metadata).labels) as Labels;
}

/** Checks that hold across objects: references resolve, selectors select, pods are hardened. */
export function checkK8sObjects(
  rendered: RenderedObject[],
  options: K8sCheckOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const objects = rendered.map((r) => r.object);
  const sourceOf = new Map(rendered.map((r) => [r.object, r.source]));
  const report = (object: K8sObject, message: string) =>
    problems.push({ file: sourceOf.get(object) ?? "?", where: objectId(object), message });
  const find = (kind: string, name: string, namespace?: string) =>
    objects.find(
      (o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === namespace,
    );
  const workloads = objects.filter((o) => WORKLOADS.has(o.kind));
  const externalSecrets = options.externalSecrets ?? {};

  for (const object of objects) {
    if (object.kind === "Secret") {
      report(object, "Secrets are not kept in the manifests: create them out of band");
    }
  }

  for (const object of workloads) {
    const pod = podSpecOf(object);
    if (!pod) {
      report(object, "workload without a pod template");
      continue;
    }
    const spec = record(object.spec);
    const podSecurity = record(pod.securityContext);
    if (object.kind === "Deployment" || object.kind === "StatefulSet") {
      const selector = record(record(spec.selector).matchLabels) as Labels;
      if (!labelsMatch(selector, templateLabels(object))) {
        report(object, "spec.selector.matchLabels does not match the pod template labels");
      }
    }
    if (pod.automountServiceAccountToken !== false) {
      report(object, "set automountServiceAccountToken: false (the apps never call the API)");
    }
    const volumes = (Array.isArray(pod.volumes) ? pod.volumes : []).filter(isRecord);
    const claimTemplates = (
      Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : []
    ).filter(isRecord);
    const volumeNames = new Set([
      ...volumes.map((v) => v.name),
      ...claimTemplates.map((v) => record(v.metadata).name),
    ]);
    for (const volume of volumes) {
      const cm = record(volume.configMap).name;
      if (typeof cm === "string" && !find("ConfigMap", cm, object.metadata.namespace)) {
        report(object, `volume ${String(volume.name)} uses missing ConfigMap ${cm}`);
      }
      const secret = record(volume.secret).secretName;
      if (typeof secret === "string" && !(secret in externalSecrets)) {
        report(object, `volume ${String(volume.name)} uses unknown Secret ${secret}`);
      }
    }
    for (const container of containersOf(object)) {
      const name = String(container.name);
      const where = `container ${name}`;
      const security = record(container.securityContext);
      const image = typeof container.image === "string" ? container.image : "";
      const { tag, digest } = splitImage(image);
      if (!digest && (!tag || tag === "latest")) {
        report(object, `${where}: image "${image}" must be pinned to a tag (not latest) or digest`);
      }
      const runAsNonRoot = security.runAsNonRoot ?? podSecurity.runAsNonRoot;
      const runAsUser = security.runAsUser ?? podSecurity.runAsUser;
      if (runAsNonRoot !== true) report(object, `${where}: runAsNonRoot must be true`);
      if (typeof runAsUser !== "number" || runAsUser === 0) {
        report(object, `${where}: runAsUser must be a non-zero uid`);
      }
      if (security.allowPrivilegeEscalation !== false) {
        report(object, `${where}: allowPrivilegeEscalation must be false`);
      }
      if (security.privileged === true) report(object, `${where}: must not be privileged`);
      const drop = record(security.capabilities).drop;
      if (!Array.isArray(drop) || !drop.includes("ALL")) {
        report(object, `${where}: capabilities.drop must include ALL`);
      }
      const seccomp =
        record(security.seccompProfile).type ?? record(podSecurity.seccompProfile).type;
      if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") {
        report(object, `${where}: seccompProfile must be RuntimeDefault`);
      }
      if (security.readOnlyRootFilesystem !== true) {
        report(
          object,
          `${where}: readOnlyRootFilesystem must be true (mount an emptyDir for /tmp)`,
        );
      }
      const resources = record(container.resources);
      const requests = record(resources.requests);
      const limits = record(resources.limits);
      if (requests.cpu === undefined || requests.memory === undefined) {
        report(object, `${where}: resources.requests.cpu and .memory are required`);
      }
      if (limits.memory === undefined)
        report(object, `${where}: resources.limits.memory is required`);
      const isInit = Array.isArray(pod.initContainers) && pod.initContainers.includes(container);
      if (LONG_RUNNING.has(object.kind) && !isInit) {
        for (const probe of ["readinessProbe", "livenessProbe"] as const) {
          if (!isRecord(container[probe])) report(object, `${where}: ${probe} is required`);
        }
      }
      const ports = (Array.isArray(container.ports) ? container.ports : []).filter(isRecord);
      for (const probe of ["readinessProbe", "livenessProbe", "startupProbe"]) {
        const port = record(record(container[probe]).httpGet).port;
        if (typeof port === "string" && !ports.some((p) => p.name === port)) {
          report(object, `${where}: ${probe} uses port "${port}" that the container does not name`);
        }
      }
      for (const mount of (Array.isArray(container.volumeMounts)
        ? container.volumeMounts
        : []
      ).filter(isRecord)) {
        if (!volumeNames.has(mount.name)) {
          report(object, `${where}: volumeMount ${String(mount.name)} has no volume`);
        }
      }
      const envFrom = (Array.isArray(container.envFrom) ? container.envFrom : []).filter(isRecord);
      for (const source of envFrom) {
        const cm = record(source.configMapRef).name;
        if (typeof cm === "string" && !find("ConfigMap", cm, object.metadata.namespace)) {
          report(object, `${where}: envFrom uses missing ConfigMap ${cm}`);
        }
        const secret = record(source.secretRef).name;
        if (typeof secret === "string" && !(secret in externalSecrets)) {
          report(object, `${where}: envFrom uses unknown Secret ${secret}`);
        }
      }
      for (const env of (Array.isArray(container.env) ? container.env : []).filter(isRecord)) {
        const from = record(env.valueFrom);
        const secretRef = record(from.secretKeyRef);
        if (typeof secretRef.name === "string") {
          const keys = externalSecrets[secretRef.name];
          if (!keys)
            report(
              object,
              `${where}: env ${String(env.name)} uses unknown Secret ${secretRef.name}`,
            );
          else if (!keys.includes(String(secretRef.key))) {
            report(
              object,
              `${where}: Secret ${secretRef.name} has no key ${String(secretRef.key)}`,
            );
          }
        }
        const cmRef = record(from.configMapKeyRef);
        if (typeof cmRef.name === "string") {
          const cm = find("ConfigMap", cmRef.name, object.metadata.namespace);
          if (!cm)
            report(
              object,
              `${where}: env ${String(env.name)} uses missing ConfigMap ${cmRef.name}`,
            );
          else if (!(String(cmRef.key) in record(cm.data))) {
            report(object, `${where}: ConfigMap ${cmRef.name} has no key ${String(cmRef.key)}`);
          }
        }
      }
    }
  }

  const podsSelectedBy = (selector: Labels, namespace?: string) =>
    workloads.filter(
      (w) =>
        w.metadata.namespace === namespace &&
        LONG_RUNNING.has(w.kind) &&
        labelsMatch(selector, templateLabels(w)),
    );

  for (const service of objects.filter((o) => o.kind === "Service")) {
    const spec = record(service.spec);
    const selector = record(spec.selector) as Labels;
    const selected = podsSelectedBy(selector, service.metadata.namespace);
    if (selected.length === 0) {
      report(service, `selector ${JSON.stringify(selector)} matches no pod template`);
      continue;
    }
    const containerPorts = selected.flatMap((w) =>
      containersOf(w).flatMap((c) => (Array.isArray(c.ports) ? c.ports : []).filter(isRecord)),
    );
    for (const port of (Array.isArray(spec.ports) ? spec.ports : []).filter(isRecord)) {
      const target = port.targetPort ?? port.port;
      const ok = containerPorts.some((p) =>
        typeof target === "string" ? p.name === target : p.containerPort === target,
      );
      if (!ok) report(service, `targetPort ${String(target)} is not a port of the selected pods`);
    }
  }

  const scaled = new Set<K8sObject>();
  for (const hpa of objects.filter((o) => o.kind === "HorizontalPodAutoscaler")) {
    const spec = record(hpa.spec);
    const ref = record(spec.scaleTargetRef);
    const target = find(String(ref.kind), String(ref.name), hpa.metadata.namespace);
    if (!target || !["Deployment", "StatefulSet"].includes(target.kind)) {
      report(hpa, `scaleTargetRef ${String(ref.kind)}/${String(ref.name)} does not exist`);
      continue;
    }
    if (ref.apiVersion !== target.apiVersion) {
      report(
        hpa,
        `scaleTargetRef.apiVersion ${String(ref.apiVersion)} is not ${target.apiVersion}`,
      );
    }
    scaled.add(target);
    const min = typeof spec.minReplicas === "number" ? spec.minReplicas : 1;
    if (typeof spec.maxReplicas !== "number" || spec.maxReplicas < min) {
      report(hpa, "maxReplicas must be >= minReplicas");
    }
    if (record(target.spec).replicas !== undefined) {
      report(target, "leave spec.replicas unset: the HorizontalPodAutoscaler owns it");
    }
    const metrics = (Array.isArray(spec.metrics) ? spec.metrics : []).filter(isRecord);
    for (const metric of metrics) {
      const resource = record(metric.resource);
      if (metric.type !== "Resource" || record(resource.target).type !== "Utilization") continue;
      const missing = containersOf(target).filter(
        (c) => record(record(c.resources).requests)[String(resource.name)] === undefined,
      );
      if (missing.length > 0) {
        report(
          hpa,
          `scales on ${String(resource.name)} utilization but the target has no requests`,
        );
      }
    }
  }

  const pdbs = objects.filter((o) => o.kind === "PodDisruptionBudget");
  for (const pdb of pdbs) {
    const selector = record(record(pdb.spec).selector);
    const matchLabels = record(selector.matchLabels) as Labels;
    if (podsSelectedBy(matchLabels, pdb.metadata.namespace).length === 0) {
      report(pdb, `selector ${JSON.stringify(matchLabels)} matches no pod template`);
    }
  }
  for (const deployment of objects.filter((o) => o.kind === "Deployment")) {
    const covered = pdbs.some(
      (pdb) =>
        pdb.metadata.namespace === deployment.metadata.namespace &&
        labelsMatch(
          record(record(record(pdb.spec).selector).matchLabels) as Labels,
          templateLabels(deployment),
        ),
    );
    if (!covered) report(deployment, "no PodDisruptionBudget covers this Deployment");
    const replicas = record(deployment.spec).replicas;
    if (!scaled.has(deployment) && typeof replicas !== "number") {
      report(deployment, "neither a HorizontalPodAutoscaler nor spec.replicas sets its size");
    }
  }

  for (const sts of objects.filter((o) => o.kind === "StatefulSet")) {
    const serviceName = record(sts.spec).serviceName;
    const service = find("Service", String(serviceName), sts.metadata.namespace);
    if (!service) report(sts, `serviceName ${String(serviceName)} is not a Service`);
    else if (record(service.spec).clusterIP !== "None") {
      report(
        sts,
        `serviceName ${String(serviceName)} must be a headless Service (clusterIP: None)`,
      );
    }
  }

  for (const ingress of objects.filter((o) => o.kind === "Ingress")) {
    const rules = (
      Array.isArray(record(ingress.spec).rules) ? (record(ingress.spec).rules as unknown[]) : []
    ).filter(isRecord);
    for (const rule of rules) {
      const paths = record(rule.http).paths;
      for (const path of (Array.isArray(paths) ? paths : []).filter(isRecord)) {
        const backend = record(record(path.backend).service);
        const service = find("Service", String(backend.name), ingress.metadata.namespace);
        const port = record(backend.port);
        if (!service) {
          report(ingress, `backend Service ${String(backend.name)} does not exist`);
        } else if (
          !(
            Array.isArray(record(service.spec).ports)
              ? (record(service.spec).ports as unknown[])
              : []
          )
            .filter(isRecord)
            .some((p) => p.name === port.name || p.port === port.number)
        ) {
          report(
            ingress,
            `backend port ${JSON.stringify(port)} is not a port of ${String(backend.name)}`,
          );
        }
      }
    }
  }

  return problems;
}
