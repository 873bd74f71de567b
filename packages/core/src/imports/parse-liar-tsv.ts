import { LIAR_LABEL_TO_SLUG } from "../ratings/default-scale.ts";

/** One row of the LIAR dataset (14 tab-separated columns, no header). */
export interface LiarRow {
  /** 1-based line number in the file */
  line: number;
  /** statement id, e.g. "11972.json" */
  id: string;
  /** LIAR label: pants-fire, false, barely-true, half-true, mostly-true, true */
  label: string;
  statement: string;
  subjects: string[];
  /** speaker slug as LIAR gives it, e.g. "rick-perry" */
  speaker: string | null;
  job: string | null;
  state: string | null;
  party: string | null;
  context: string | null;
}

export interface LiarParseError {
  line: number;
  message: string;
}

const TRAILING_COLUMNS = 11; // subjects … context, after the statement

/**
 * Parses LIAR TSV text. Malformed rows are returned as errors with their line numbers and do not
 * stop the parse. A statement containing tabs (a known quirk) is rejoined: the first two and the
 * last eleven columns are fixed, whatever lies between is the statement.
 */
export function parseLiarTsv(text: string): { rows: LiarRow[]; errors: LiarParseError[] } {
  const rows: LiarRow[] = [];
  const errors: LiarParseError[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.trim() === "") continue;
    const cols = raw.split("\t");
    if (cols.length < 2 + 1 + TRAILING_COLUMNS) {
      errors.push({ line, message: `expected 14 tab-separated columns, found ${cols.length}` });
      continue;
    }
    const [id, label] = cols as [string, string];
    const tail = cols.slice(cols.length - TRAILING_COLUMNS);
    const statement = cols
      .slice(2, cols.length - TRAILING_COLUMNS)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    if (!/^\d+\.json$/.test(id.trim())) {
      errors.push({ line, message: `bad statement id "${id.slice(0, 40)}"` });
      continue;
    }
    if (!(label.trim() in LIAR_LABEL_TO_SLUG)) {
      errors.push({ line, message: `unknown label "${label.slice(0, 40)}"` });
      continue;
    }
    if (!statement) {
      errors.push({ line, message: "empty statement" });
      continue;
    }
    const field = (value: string | undefined) => {
      const v = (value ?? "").trim();
      return v === "" ? null : v;
    };
    rows.push({
      line,
      id: id.trim(),
      label: label.trim(),
      statement,
      subjects: (tail[0] ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      speaker: field(tail[1]),
      job: field(tail[2]),
      state: field(tail[3]),
      party: field(tail[4]),
      context: field(tail[10]),
    });
  }
  return { rows, errors };
}
