import type { ExtractionResult } from "./types";

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

/** The exact JSON shape printed by `claimdesk extract --json`. */
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
