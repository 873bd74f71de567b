import type { EntityRegistry } from "./entities.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";

/**
 * Headlines that report speech: "Obama says Trump modeling policies on Putin", "Trump ‘The
 * Dealmaker’ Could Address Clean Energy, Lindsey Graham Says", "Pat Caddell: Democrat Voters
 * Worried …". The title is not a body sentence, so it gets its own small matcher; a colon
 * headline counts only when the name before the colon is a person the article names.
 */
export interface HeadlineStatement {
  start: number;
  end: number;
  speaker: SpeakerRef;
  cue: string;
}

const CUE_WORDS =
  "says said tells told warns argues claims insists predicts suggests admits concedes writes";
const CUES = CUE_WORDS.split(" ")
  .flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)])
  .join("|");
const SOURCE = String.raw`((?:[A-Z][\p{L}.’'-]*|of|from|the)(?:\s+(?:[A-Z][\p{L}.’'-]*|of|from|the)){0,5})`;
const SOURCE_FIRST = new RegExp(`^${SOURCE}\\s+(${CUES})\\b[:,]?\\s+(\\S.{8,})$`, "u");
const CONTENT_FIRST = new RegExp(`^(\\S.{8,}?),\\s+${SOURCE}\\s+(${CUES})\\.?$`, "u");
/** The reported clause opens with its subject, not a preposition: "Warns of Slower Growth". */
const NOT_CLAUSE = /^(of|to|for|in|on|at|about|with|over|against)\b/i;
const COLON = /^([A-Z][\p{L}.’'-]+(?:\s+[A-Z][\p{L}.’'-]+){0,3}):\s+(\S.{8,})$/u;

/** A headline counts only when its source is someone the article itself names. */
function speakerFor(registry: EntityRegistry, source: string, strict: boolean): SpeakerRef | null {
  const words = source.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] as string).replace(/[’']s$/, "");
    for (const id of registry.candidates(w)) {
      const e = registry.get(id);
      if (e && e.type !== "place") return { entityId: e.id, name: e.name, role: e.role };
    }
  }
  if (strict) return null;
  return { entityId: -1, name: source, role: null };
}

function trimEnd(text: string): number {
  let e = text.length;
  while (e > 0 && /[\s.]/.test(text[e - 1] ?? "")) e--;
  return e;
}

export function findHeadlineSpeech(
  input: string,
  titleStart: number,
  titleEnd: number,
  registry: EntityRegistry,
): HeadlineStatement | null {
  const title = input.slice(titleStart, titleEnd);
  if (title.length < 12 || title.length > 300) return null;
  let m = CONTENT_FIRST.exec(title);
  if (m) {
    const speaker = speakerFor(registry, m[2] as string, true);
    const end = trimEnd(m[1] as string);
    if (speaker && end > 0)
      return { start: titleStart, end: titleStart + end, speaker, cue: m[3] as string };
  }
  m = SOURCE_FIRST.exec(title);
  if (m && !/^(the|a|an)$/i.test(m[1] as string)) {
    const speaker = speakerFor(registry, m[1] as string, true);
    const content = m[3] as string;
    if (NOT_CLAUSE.test(content)) return null;
    const at = title.length - content.length;
    const end = trimEnd(content);
    if (speaker && end > 0)
      return { start: titleStart + at, end: titleStart + at + end, speaker, cue: m[2] as string };
  }
  m = COLON.exec(title);
  if (m) {
    const speaker = speakerFor(registry, m[1] as string, true);
    const content = m[2] as string;
    const at = title.length - content.length;
    if (speaker && registry.get(speaker.entityId)?.type === "person")
      return { start: titleStart + at, end: titleStart + at + trimEnd(content), speaker, cue: ":" };
  }
  return null;
}
