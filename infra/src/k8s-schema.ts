import type { K8sObject } from "./kustomize.ts";
import { isRecord } from "./load-yaml.ts";
import type { Problem } from "./problems.ts";

/**
 * Validates an object against the Kubernetes OpenAPI schema of its apiVersion/kind, using the
 * validators that ship precompiled inside the `kubernetes-models` npm package (nothing is
 * downloaded). These schemas check types, required fields and enums; like the upstream
 * OpenAPI they do not reject unknown fields, so the semantic checks name the fields we rely on.
 */
export async function validateK8sSchema(object: K8sObject, file: string): Promise<Problem[]> {
  const where = `${object.kind}/${object.metadata.name}`;
  // kubernetes-models lays models out as <apiVersion>/<Kind>: "v1/Service", "apps/v1/Deployment".
  if (!/^[a-z0-9.-]+(\/v[0-9a-z]+)?$/.test(object.apiVersion) || !/^[A-Za-z]+$/.test(object.kind)) {
    return [
      { file, where, message: `unsupported apiVersion/kind ${object.apiVersion} ${object.kind}` },
    ];
  }
  let model: unknown;
  try {
    const module: Record<string, unknown> = await import(
      /* @vite-ignore */ `kubernetes-models/${object.apiVersion}/${object.kind}`
    );
    model = module[object.kind];
  } catch {
    model = undefined;
  }
  if (typeof model !== "function") {
    return [
      {
        file,
        where,
        message: `unknown apiVersion/kind "${object.apiVersion}" "${object.kind}" (no schema in kubernetes-models)`,
      },
    ];
  }
  const Model = model as new (data: unknown) => { validate(): void };
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    const details = isRecord(error) && Array.isArray(error.errors) ? error.errors : [];
    if (details.length === 0) return [{ file, where, message: `schema: ${String(error)}` }];
    return details.map((d: unknown) => ({
      file,
      where,
      message: isRecord(d)
        ? `schema: ${String(d.instancePath || "/")} ${String(d.message)}${
            isRecord(d.params) && d.params.allowedValues
              ? ` (${JSON.stringify(d.params.allowedValues)})`
              : ""
          }`
        : `schema: ${String(d)}`,
    }));
  }
}
