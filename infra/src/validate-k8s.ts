import { join } from "node:path";
import { checkK8sObjects } from "./k8s-checks.ts";
import { validateK8sSchema } from "./k8s-schema.ts";
import { type RenderedObject, renderKustomization } from "./kustomize.ts";
import { isRecord, loadYamlDocuments } from "./load-yaml.ts";
import { type Problem, ValidationError } from "./problems.ts";

export interface K8sReport {
  objects: RenderedObject[];
  problems: Problem[];
}

/** Values that are visibly placeholders, never a usable secret. */
const PLACEHOLDER = /CHANGE-?ME|REPLACE|EXAMPLE|<[^>]+>/i;

/**
 * Reads the example Secrets (the shape of the Secrets created out of band) and returns their
 * keys by name. Every value must be a visible placeholder.
 */
export function loadExampleSecrets(file: string): {
  secrets: Record<string, string[]>;
  problems: Problem[];
} {
  const secrets: Record<string, string[]> = {};
  const problems: Problem[] = [];
  for (const doc of loadYamlDocuments(file)) {
    if (!isRecord(doc) || doc.kind !== "Secret" || !isRecord(doc.metadata)) {
      problems.push({ file, message: "only Secret objects belong in the example secrets file" });
      continue;
    }
    const name = String(doc.metadata.name);
    const data = { ...(isRecord(doc.stringData) ? doc.stringData : {}) };
    if (doc.data !== undefined) {
      problems.push({
        file,
        where: `Secret/${name}`,
        message: "use stringData placeholders, not data",
      });
    }
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== "string" || !PLACEHOLDER.test(value)) {
        problems.push({
          file,
          where: `Secret/${name}`,
          message: `${key} must be a placeholder (CHANGE-ME…), never a real value`,
        });
      }
    }
    secrets[name] = Object.keys(data);
  }
  return { secrets, problems };
}

/** Renders a kustomization and validates every object: schema first, then the cross checks. */
export async function validateKustomization(
  dir: string,
  options: { exampleSecretsFile?: string } = {},
): Promise<K8sReport> {
  let objects: RenderedObject[];
  try {
    objects = renderKustomization(dir);
  } catch (error) {
    if (error instanceof ValidationError) return { objects: [], problems: error.problems };
    throw error;
  }
  const problems: Problem[] = [];
  let externalSecrets: Record<string, string[]> = {};
  if (options.exampleSecretsFile) {
    const loaded = loadExampleSecrets(options.exampleSecretsFile);
    externalSecrets = loaded.secrets;
    problems.push(...loaded.problems);
  }
  for (const { object, source } of objects) {
    problems.push(...(await validateK8sSchema(object, join(dir, source))));
  }
  problems.push(...checkK8sObjects(objects, { externalSecrets }));
  return { objects, problems };
}
