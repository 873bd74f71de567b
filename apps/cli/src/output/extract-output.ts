// How `claimdesk extract` prints an article: the JSON line of --json, and the table otherwise.
import { STATEMENT_KIND_SHORT_LABEL } from "@claimdesk/db/statement-kinds";
import type { ExtractionResult } from "@claimdesk/extraction";

export interface CliJson {
  title: string;
  statements: {
    kind: string;
    text: string;
    speaker: string | null;
    checkworthiness: number;
    start: number;
    end: number;
  }[];
  speakers: string[];
}

/** The exact JSON shape printed by `claimdesk extract --json` (one line per article). */
export function toCliJson(result: ExtractionResult): CliJson {
  return {
    title: result.title,
    statements: result.statements.map((s) => ({
      kind: s.kind,
      text: s.text,
      speaker: s.speaker,
      checkworthiness: s.checkworthiness,
      start: s.start,
      end: s.end,
    })),
    speakers: result.speakers.map((s) => s.name),
  };
}

function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** Plain-text table for the CLI's human-readable mode. */
export function formatTable(result: ExtractionResult, options: { width?: number } = {}): string {
  const textWidth = Math.max(30, (options.width ?? 120) - 52);
  const lines: string[] = [];
  lines.push(`Title: ${result.title || "(none)"}`);
  for (const w of result.warnings ?? []) lines.push(`Warning: ${w}`);
  lines.push("");
  if (result.statements.length === 0) {
    lines.push("No statements found.");
    return lines.join("\n");
  }
  const header = `${pad("#", 4)}${pad("kind", 11)}${pad("speaker", 24)}${pad("score", 7)}${pad("span", 14)}text`;
  lines.push(header);
  lines.push("-".repeat(Math.min(header.length + textWidth - 4, 200)));
  result.statements.forEach((s, i) => {
    lines.push(
      pad(String(i + 1), 4) +
        pad(STATEMENT_KIND_SHORT_LABEL[s.kind], 11) +
        pad(truncate(s.speaker ?? "—", 22), 24) +
        pad(s.checkworthiness.toFixed(2), 7) +
        pad(`${s.start}-${s.end}`, 14) +
        truncate(s.text, textWidth),
    );
  });
  lines.push("");
  const counts = { direct_quote: 0, reported: 0, mixed: 0, question: 0, assertion: 0 };
  for (const s of result.statements) counts[s.kind]++;
  lines.push(
    `${result.statements.length} statements: ${counts.direct_quote} quotes, ${counts.reported} reported, ${counts.mixed} mixed, ${counts.question} questions, ${counts.assertion} assertions`,
  );
  if (result.speakers.length > 0) {
    lines.push("Speakers:");
    for (const sp of result.speakers) lines.push(`  ${sp.name}${sp.role ? ` (${sp.role})` : ""}`);
  }
  return lines.join("\n");
}
