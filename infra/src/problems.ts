/** One finding of a validator: where it is and what is wrong, in words a reviewer can act on. */
export interface Problem {
  file: string;
  /** Kubernetes object (`Kind/name`), compose service or Dockerfile line, when known. */
  where?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.where ? `${p.file} [${p.where}]: ${p.message}` : `${p.file}: ${p.message}`;
}

export class ValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ValidationError";
  }
}
