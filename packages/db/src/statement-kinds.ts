// The kinds of statement extraction gives and how people read them. Pure data beside the
// database enum it mirrors, no client: the web app's labels import it in the browser
// (`@claimdesk/db/statement-kinds`), the API's schemas validate with it, core and the search
// package (which may not import core) ask it which kinds can be claims.
import type { StatementKind } from "./index.ts";

/** Every statement kind, in the order the desk lists them. */
export const STATEMENT_KINDS = [
  "direct_quote",
  "reported",
  "mixed",
  "question",
  "assertion",
] as const satisfies readonly StatementKind[];

/** A statement's kind as the article page's list, search hits and claim appearances write it. */
export const STATEMENT_KIND_LABEL: Record<StatementKind, string> = {
  direct_quote: "direct quote",
  reported: "reported",
  mixed: "mixed",
  question: "question",
  assertion: "assertion",
};

/** The short form the tip beside a statement in the article text uses ("Elena Vasquez, quote"). */
export const STATEMENT_KIND_SHORT_LABEL: Record<StatementKind, string> = {
  ...STATEMENT_KIND_LABEL,
  direct_quote: "quote",
};

/** The label of a kind read back as a string (an unknown kind is shown as it is). */
export function statementKindLabel(kind: string, short = false): string {
  const labels: Record<string, string> = short ? STATEMENT_KIND_SHORT_LABEL : STATEMENT_KIND_LABEL;
  return labels[kind] ?? kind.replace("_", " ");
}

/**
 * Kinds the desk records (who asked what) but never checks: a reported question is not a claim.
 * They get no claim at extraction, join none by fingerprint, are never matched against published
 * fact-checks, and a reviewer cannot make a claim from one.
 */
export const RECORDED_ONLY_KINDS = ["question"] as const satisfies readonly StatementKind[];

/** Whether a statement of this kind can be (or join) a claim. */
export function canBeClaim(kind: string): boolean {
  return !(RECORDED_ONLY_KINDS as readonly string[]).includes(kind);
}
