import type { SearchFilters } from "../types.ts";

/** A string literal in Meilisearch's filter syntax: double-quoted, `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

function toUnixSeconds(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`invalid date in search filter: ${iso}`);
  return Math.floor(ms / 1000);
}

/**
 * Meilisearch filter expression for SearchFilters (type is handled by choosing indexes):
 * `speaker IN ["A", "B"] AND verdict IN ["False"] AND dateTs >= 1420070400`. Undefined when
 * there is nothing to filter on.
 */
export function buildFilter(filters: SearchFilters | undefined): string | undefined {
  if (!filters) return undefined;
  const parts: string[] = [];
  for (const field of ["speaker", "verdict", "status", "outlet", "kind", "tags"] as const) {
    const values = filters[field];
    if (values && values.length > 0) {
      parts.push(`${field} IN [${values.map(quoteFilterValue).join(", ")}]`);
    }
  }
  if (filters.dateFrom) parts.push(`dateTs >= ${toUnixSeconds(filters.dateFrom)}`);
  if (filters.dateTo) parts.push(`dateTs <= ${toUnixSeconds(filters.dateTo)}`);
  return parts.length > 0 ? parts.join(" AND ") : undefined;
}
