import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { z } from "zod";
import { isRecord, loadYamlDocument, loadYamlDocuments } from "./load-yaml.ts";
import { ValidationError } from "./problems.ts";

/**
 * A small, strict subset of kustomize, enough to render infra/k8s offline for validation:
 * `resources` (files and directories), `namespace`, `images` and inline JSON 6902 `patches`.
 * Any other kustomization field is rejected rather than ignored, so the renderer can never
 * silently produce something different from `kubectl kustomize`.
 */

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> } & Record<
    string,
    unknown
  >;
  [key: string]: unknown;
}

export interface RenderedObject {
  object: K8sObject;
  /** The file the object came from, relative to the rendered kustomization's folder. */
  source: string;
}

const ZTarget = z
  .object({
    group: z.string().optional(),
    version: z.string().optional(),
    kind: z.string(),
    name: z.string(),
  })
  .strict();

const ZOperation = z.discriminatedUnion("op", [
  z.object({ op: z.literal("add"), path: z.string(), value: z.unknown() }).strict(),
  z.object({ op: z.literal("replace"), path: z.string(), value: z.unknown() }).strict(),
  z.object({ op: z.literal("remove"), path: z.string() }).strict(),
]);
type Operation = z.infer<typeof ZOperation>;

const ZKustomization = z
  .object({
    apiVersion: z.literal("kustomize.config.k8s.io/v1beta1"),
    kind: z.literal("Kustomization"),
    namespace: z.string().optional(),
    resources: z.array(z.string()).min(1),
    images: z
      .array(
        z
          .object({
            name: z.string(),
            newName: z.string().optional(),
            newTag: z.string().optional(),
            digest: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    patches: z.array(z.object({ target: ZTarget, patch: z.string() }).strict()).optional(),
  })
  .strict();
export type Kustomization = z.infer<typeof ZKustomization>;

/** Kinds this project uses that are not namespaced (kustomize leaves their namespace alone). */
const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding", "PriorityClass"]);

export function renderKustomization(dir: string, root = dir): RenderedObject[] {
  const file = join(dir, "kustomization.yaml");
  const rel = relative(root, file) || file;
  if (!existsSync(file))
    throw new ValidationError([{ file: rel, message: "no kustomization.yaml" }]);
  const parsed = ZKustomization.safeParse(loadYamlDocument(file));
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((issue) => ({
        file: rel,
        where: issue.path.join("."),
        message: `kustomization: ${issue.message}`,
      })),
    );
  }
  const k = parsed.data;
  let objects: RenderedObject[] = [];
  for (const entry of k.resources) {
    const path = resolve(dir, entry);
    if (!existsSync(path)) {
      throw new ValidationError([{ file: rel, message: `resource "${entry}" does not exist` }]);
    }
    if (statSync(path).isDirectory()) {
      objects.push(...renderKustomization(path, root));
    } else {
      for (const doc of loadYamlDocuments(path)) {
        objects.push({
          object: asK8sObject(doc, relative(root, path)),
          source: relative(root, path),
        });
      }
    }
  }
  for (const patch of k.patches ?? []) objects = applyPatch(objects, patch, rel);
  if (k.namespace) {
    for (const { object } of objects) {
      if (!CLUSTER_SCOPED.has(object.kind)) object.metadata.namespace = k.namespace;
    }
  }
  for (const image of k.images ?? []) {
    for (const { object } of objects) setImage(object, image);
  }
  assertUnique(objects, rel);
  return objects;
}

function asK8sObject(doc: unknown, file: string): K8sObject {
  if (
    !isRecord(doc) ||
    typeof doc.apiVersion !== "string" ||
    typeof doc.kind !== "string" ||
    !isRecord(doc.metadata) ||
    typeof doc.metadata.name !== "string"
  ) {
    throw new ValidationError([
      { file, message: "not a Kubernetes object (apiVersion, kind, metadata.name)" },
    ]);
  }
  return doc as K8sObject;
}

export function objectId(object: K8sObject): string {
  return `${object.kind}/${object.metadata.name}`;
}

function assertUnique(objects: RenderedObject[], file: string): void {
  const seen = new Set<string>();
  for (const { object } of objects) {
    const id = `${object.apiVersion} ${objectId(object)} ${object.metadata.namespace ?? ""}`;
    if (seen.has(id)) {
      throw new ValidationError([{ file, message: `duplicate resource ${objectId(object)}` }]);
    }
    seen.add(id);
  }
}

function applyPatch(
  objects: RenderedObject[],
  patch: { target: z.infer<typeof ZTarget>; patch: string },
  file: string,
): RenderedObject[] {
  const matches = objects.filter(
    ({ object }) => object.kind === patch.target.kind && object.metadata.name === patch.target.name,
  );
  const where = `${patch.target.kind}/${patch.target.name}`;
  if (matches.length !== 1) {
    throw new ValidationError([
      { file, where, message: `patch target matches ${matches.length} resources, expected 1` },
    ]);
  }
  const ops = z.array(ZOperation).safeParse(loadYamlDocument(file, patch.patch));
  if (!ops.success) {
    throw new ValidationError([{ file, where, message: `patch: ${ops.error.issues[0]?.message}` }]);
  }
  for (const op of ops.data) applyOperation(matches[0]!.object, op, file, where);
  return objects;
}

function decodePointer(path: string): string[] {
  if (!path.startsWith("/")) return [];
  return path
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** RFC 6902 add/replace/remove; a path that does not resolve is an error, as in kustomize. */
export function applyOperation(target: unknown, op: Operation, file: string, where: string): void {
  const fail = (message: string) => {
    throw new ValidationError([{ file, where, message: `patch ${op.op} ${op.path}: ${message}` }]);
  };
  const keys = decodePointer(op.path);
  if (keys.length === 0) fail("path must start with / and name a member");
  let parent: unknown = target;
  for (const key of keys.slice(0, -1)) {
    if (Array.isArray(parent)) parent = parent[Number(key)];
    else if (isRecord(parent)) parent = parent[key];
    else parent = undefined;
    if (parent === undefined) fail(`"${key}" does not exist`);
  }
  const last = keys[keys.length - 1]!;
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) fail("bad array index");
    if (op.op === "add") parent.splice(index, 0, structuredClone(op.value));
    else if (index >= parent.length) fail("no such array element");
    else if (op.op === "replace") parent[index] = structuredClone(op.value);
    else parent.splice(index, 1);
  } else if (isRecord(parent)) {
    if (op.op !== "add" && !(last in parent)) fail(`"${last}" does not exist`);
    if (op.op === "remove") delete parent[last];
    else parent[last] = structuredClone(op.value);
  } else {
    fail("parent is not an object or array");
  }
}

/** The pod spec of a workload, or undefined for kinds that have none. */
export function podSpecOf(object: K8sObject): Record<string, unknown> | undefined {
  const spec = object.spec;
  if (!isRecord(spec)) return undefined;
  if (object.kind === "Pod") return spec;
  if (object.kind === "CronJob") {
    const jobTemplate = spec.jobTemplate;
    const template =
      isRecord(jobTemplate) && isRecord(jobTemplate.spec) ? jobTemplate.spec.template : undefined;
    return isRecord(template) && isRecord(template.spec) ? template.spec : undefined;
  }
  const template = spec.template;
  return isRecord(template) && isRecord(template.spec) ? template.spec : undefined;
}

export function containersOf(object: K8sObject): Record<string, unknown>[] {
  const pod = podSpecOf(object);
  if (!pod) return [];
  return [pod.initContainers, pod.containers]
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .filter(isRecord);
}

function setImage(
  object: K8sObject,
  image: { name: string; newName?: string; newTag?: string; digest?: string },
): void {
  for (const container of containersOf(object)) {
    if (typeof container.image !== "string") continue;
    const { name, tag } = splitImage(container.image);
    if (name !== image.name) continue;
    const newName = image.newName ?? name;
    if (image.digest) container.image = `${newName}@${image.digest}`;
    else container.image = `${newName}${image.newTag ? `:${image.newTag}` : tag ? `:${tag}` : ""}`;
  }
}

/** Splits `registry:5000/repo/name:tag@sha256:…` into name and tag (digest dropped). */
export function splitImage(image: string): { name: string; tag?: string; digest?: string } {
  const [withoutDigest, digest] = image.split("@") as [string, string | undefined];
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  if (colon > slash) {
    return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), digest };
  }
  return { name: withoutDigest, digest };
}
