import { attributeQuotes } from "./attribute-quotes.ts";
import { prepareDocument } from "./build-document.ts";
import { scoreCheckworthiness } from "./checkworthiness.ts";
import { findClaimNouns } from "./claim-nouns.ts";
import { findDatesAndNumbers } from "./dates-numbers.ts";
import { notEnglishReason } from "./detect-language.ts";
import type { EntityRecord, Sentence } from "./document-model.ts";
import { detectMentions, EntityRegistry } from "./entities.ts";
import { findCue, sentenceAt } from "./find-cue.ts";
import { fingerprintText } from "./fingerprint.ts";
import { introducedRole, roleAfterName } from "./frame-speakers.ts";
import { trimBeforeReport } from "./frame-trim.ts";
import { findHeadlineSpeech } from "./headline-speech.ts";
import { HONORIFICS } from "./lexicon/roles.ts";
import { continuesNarration } from "./mixed-clauses.ts";
import { findNamingAsFrames } from "./naming-as-frames.ts";
import { findNamingFrames } from "./naming-frames.ts";
import { findReportedQuestions, isReportedQuestion } from "./reported-questions.ts";
import { findReportedSpeech } from "./reported-speech.ts";
import { beforeSecondCue } from "./second-cue-frames.ts";
import { semicolonApart } from "./semicolons.ts";
import type { SpeakerRef } from "./speaker-mentions.ts";
import { findSpeechFrames } from "./speech-frames.ts";
import { findTaggedSpeech } from "./tagger/tagged-speech.ts";
import { findTrailingSources } from "./trailing-sources.ts";
import type {
  Entity,
  ExtractedStatement,
  ExtractionOptions,
  ExtractionResult,
  Speaker,
  StatementKind,
} from "./types.ts";
import { validateInput } from "./validate-input.ts";

/** Default minimum check-worthiness for unattributed sentences to be reported as assertions. */
export const DEFAULT_MIN_ASSERTION_SCORE = 0.5;

interface Draft {
  kind: StatementKind;
  start: number;
  end: number;
  speaker: SpeakerRef | null;
  cue?: string;
}

/** ", Spicer said, adding, " between a clause and the quote a second cue introduces. */
const SECOND_CUE_BEFORE_QUOTE =
  /^[,\s]+[^,;:“”"]{1,80},\s*(?:adding|saying|noting|explaining|continuing)[,:]?\s*$/;

/** Reported speech with quoted words inside is "mixed". */
function speechKind(input: string, start: number, end: number): StatementKind {
  for (let i = start; i < end; i++) {
    const c = input[i];
    if (c === "“" || c === "”" || c === '"') return "mixed";
  }
  return "reported";
}

function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const r = role.trim();
  if (HONORIFICS.has(r.toLowerCase())) return null;
  return r || null;
}

/**
 * Turns an article (first line = title, then body) into statements: direct quotes, reported
 * speech and check-worthy assertions, each with speaker, offsets, score, fingerprint, entities.
 * Deterministic, no I/O, linear in the input size. Throws ExtractionInputError on unusable input.
 */
export function extractStatements(
  original: string,
  options: ExtractionOptions = {},
): ExtractionResult {
  validateInput(original);
  const { input, layout, segments, model } = prepareDocument(original, options.title);
  const minScore = options.minAssertionScore ?? DEFAULT_MIN_ASSERTION_SCORE;
  const warnings: string[] = [];
  const body = layout.blocks.filter((b) => !b.heading);
  if (body.length === 0) {
    warnings.push("article has no body text (only a title and/or headings)");
    return { title: layout.title, statements: [], speakers: [], warnings };
  }
  const lang = notEnglishReason(
    body
      .slice(0, 50)
      .map((b) => input.slice(b.start, b.end))
      .join("\n"),
  );
  if (lang) {
    warnings.push(lang);
    return { title: layout.title, statements: [], speakers: [], warnings };
  }

  const registry = new EntityRegistry();
  detectMentions(model, registry);
  model.entities = registry.entities;

  const { quotes, attributionSentences } = attributeQuotes(model, registry, segments);
  const reported = findReportedSpeech(model, registry, attributionSentences);

  const drafts: Draft[] = [];
  const fullQuoteSentences = new Set<number>();
  for (const q of quotes) {
    drafts.push({
      kind: "direct_quote",
      start: q.segment.start,
      end: q.segment.end,
      speaker: q.speaker,
    });
    if (q.position !== "embedded") fullQuoteSentences.add(q.sentenceIndex);
    else {
      // A sentence mostly made of an attributed partial quote is not an assertion either.
      fullQuoteSentences.add(q.sentenceIndex);
    }
  }
  const reportedSentences = new Set<number>();
  for (const r of reported) {
    drafts.push({
      kind: speechKind(input, r.start, r.end),
      start: r.start,
      end: r.end,
      speaker: r.speaker,
    });
    reportedSentences.add(r.sentenceIndex);
  }
  const leadQuoteSentences = new Set<number>();
  // Where the last leading quote of a sentence ends: a frame may follow it ('“…,” said X, who
  // added that …'), not contain it.
  const leadQuoteEnd = new Map<number, number>();
  for (const q of quotes) {
    if (q.position === "embedded") continue;
    leadQuoteSentences.add(q.sentenceIndex);
    if (continuesNarration(model, q)) continue;
    const end = leadQuoteEnd.get(q.sentenceIndex) ?? 0;
    leadQuoteEnd.set(q.sentenceIndex, Math.max(end, q.segment.end));
  }
  // "Ryan and Trump will meet next week, Spicer said, adding, “…”": before a quote introduced
  // after a comma or colon (no quote opens the sentence), a frame may end before its mark.
  const introducedOpen = new Map<number, number>();
  for (const q of quotes) {
    if (q.position !== "introduced") continue;
    const open = q.segment.open >= 0 ? q.segment.open : q.segment.start;
    introducedOpen.set(
      q.sentenceIndex,
      Math.min(open, introducedOpen.get(q.sentenceIndex) ?? open),
    );
  }
  const beforeIntroduced = findSpeechFrames(model, registry, (s) => {
    if (attributionSentences.has(s.index) || !introducedOpen.has(s.index)) return null;
    return quotes.some((q) => q.sentenceIndex === s.index && q.position === "lead") ? null : 0;
  }).filter((f) => {
    const open = introducedOpen.get(f.sentenceIndex) ?? 0;
    // Only "CLAUSE, X said, adding, “…”": the frame's own attribution, then a second cue that
    // introduces the quote (not "X, who …, told POLITICO: “…”").
    return f.end <= open && SECOND_CUE_BEFORE_QUOTE.test(input.slice(f.end, open));
  });
  // In a sentence the strict pass reported from, only mixed speech elsewhere in the sentence:
  // "Graham called both Trump and Clinton “crazy” and said the party is bound to lose".
  const frames = [
    ...beforeIntroduced,
    ...findSpeechFrames(model, registry, (s) =>
      attributionSentences.has(s.index) ? null : (leadQuoteEnd.get(s.index) ?? 0),
    ).filter((f) => !beforeIntroduced.some((b) => b.start < f.end && f.start < b.end)),
  ]
    .map((f) => {
      if (!reportedSentences.has(f.sentenceIndex)) return f;
      const later = reported.find(
        (r) => r.sentenceIndex === f.sentenceIndex && f.start < r.start && r.start < f.end,
      );
      return later ? (trimBeforeReport(model, f, later.start) ?? f) : f;
    })
    .filter(
      (f) =>
        !reportedSentences.has(f.sentenceIndex) ||
        semicolonApart(input, f, reported) ||
        beforeSecondCue(input, f, reported) ||
        (speechKind(input, f.start, f.end) === "mixed" &&
          !reported.some(
            (r) => r.sentenceIndex === f.sentenceIndex && f.start < r.end && r.start < f.end,
          )),
    );
  const headline = findHeadlineSpeech(input, layout.titleStart, layout.titleEnd, registry);
  if (headline)
    drafts.push({
      kind: speechKind(input, headline.start, headline.end),
      start: headline.start,
      end: headline.end,
      speaker: headline.speaker,
      cue: headline.cue,
    });
  for (const f of frames) {
    drafts.push({
      kind: speechKind(input, f.start, f.end),
      start: f.start,
      end: f.end,
      speaker: f.speaker,
      cue: f.cue,
    });
    reportedSentences.add(f.sentenceIndex);
  }

  // "his claim that …": a noun of saying with a named possessor (src/claim-nouns.ts).
  for (const c of findClaimNouns(
    model,
    registry,
    (s) => !reportedSentences.has(s.index) && !attributionSentences.has(s.index),
  )) {
    if (drafts.some((d) => d.start < c.end && c.start < d.end)) continue;
    drafts.push({
      kind: speechKind(input, c.start, c.end),
      start: c.start,
      end: c.end,
      speaker: c.speaker,
      cue: c.cue,
    });
    reportedSentences.add(c.sentenceIndex);
  }

  // "Graham called both candidates “crazy”": naming with quoted words (src/naming-frames.ts).
  for (const f of [
    ...findNamingFrames(model, registry, () => true),
    ...findNamingAsFrames(model, registry, () => true),
  ]) {
    if (drafts.some((d) => d.kind !== "direct_quote" && d.start < f.end && f.start < d.end))
      continue;
    drafts.push({ kind: "mixed", start: f.start, end: f.end, speaker: f.speaker, cue: f.cue });
    reportedSentences.add(f.sentenceIndex);
  }

  // "asked whether …": reported questions (src/reported-questions.ts).
  for (const q of findReportedQuestions(model, registry, () => true)) {
    if (drafts.some((d) => d.start < q.end && q.start < d.end)) continue;
    drafts.push({ kind: "question", start: q.start, end: q.end, speaker: q.speaker, cue: q.cue });
    reportedSentences.add(q.sentenceIndex);
  }

  // The last two passes take only sentences no earlier pass reported from or attributed.
  const untaken = (s: Sentence) =>
    !reportedSentences.has(s.index) &&
    !attributionSentences.has(s.index) &&
    !leadQuoteSentences.has(s.index);

  // "…, Wilkin said during his speech to the party." (src/trailing-sources.ts)
  for (const f of findTrailingSources(model, registry, untaken)) {
    if (drafts.some((d) => d.start < f.end && f.start < d.end)) continue;
    drafts.push({ ...f, kind: speechKind(input, f.start, f.end) });
    reportedSentences.add(f.sentenceIndex);
  }

  if (options.tagger !== false) {
    for (const t of findTaggedSpeech(model, registry, untaken)) {
      drafts.push({
        kind: speechKind(input, t.start, t.end),
        start: t.start,
        end: t.end,
        speaker: t.speaker,
        cue: t.cue,
      });
      reportedSentences.add(t.sentenceIndex);
    }
  }

  // Entities: names from mentions plus dates and numbers, sorted by position.
  const entities: Entity[] = [];
  const namedCount = new Map<number, number>();
  for (const s of model.sentences) {
    let named = 0;
    for (const m of s.mentions) {
      if (m.kind !== "name" || m.entityId < 0) continue;
      const e = registry.get(m.entityId) as EntityRecord;
      entities.push({
        type: e.type,
        text: original.slice(m.start, m.end),
        start: m.start,
        end: m.end,
      });
      named++;
    }
    namedCount.set(s.index, named);
    for (const e of findDatesAndNumbers(input, s.tokens)) entities.push(e);
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  if (input !== original) for (const e of entities) e.text = original.slice(e.start, e.end);

  for (const s of model.sentences) {
    if (
      attributionSentences.has(s.index) ||
      fullQuoteSentences.has(s.index) ||
      reportedSentences.has(s.index)
    )
      continue;
    const text = input.slice(s.start, s.end);
    const score = scoreCheckworthiness(text, { namedEntities: namedCount.get(s.index) ?? 0 });
    if (score >= minScore)
      drafts.push({ kind: "assertion", start: s.start, end: s.end, speaker: null });
  }

  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const statements: ExtractedStatement[] = [];
  const speakerOrder: Speaker[] = [];
  const speakerIndex = new Map<string, Speaker>();
  const introduced = new Set<number>();
  for (const d of drafts) {
    const text = original.slice(d.start, d.end);
    const own = entitiesIn(entities, d.start, d.end);
    const record =
      d.speaker && d.speaker.entityId >= 0 ? registry.get(d.speaker.entityId) : undefined;
    const name = record ? record.name : (d.speaker?.name ?? null);
    if (record && record.type === "person" && !introduced.has(record.id)) {
      introduced.add(record.id);
      const titled = introducedRole(model, record.id, cleanRole(record.role ?? null));
      if (titled) record.role = titled;
    }
    if (record && record.type === "person" && !cleanRole(record.role ?? null)) {
      const sentence = sentenceAt(model, d.start);
      const found = sentence ? roleAfterName(model, sentence, record.id) : null;
      if (found) record.role = found;
    }
    const role = cleanRole(
      record ? (record.role ?? d.speaker?.role ?? null) : (d.speaker?.role ?? null),
    );
    const named = own.filter((e) => e.type !== "date" && e.type !== "number").length;
    const cue = d.kind === "assertion" ? null : (d.cue ?? findCue(model, d.start, d.end));
    const kind = d.kind !== "direct_quote" && isReportedQuestion(cue, text) ? "question" : d.kind;
    statements.push({
      kind,
      text,
      speaker: name,
      speakerRole: name ? role : null,
      cue,
      checkworthiness: scoreCheckworthiness(text, {
        namedEntities: named,
        isQuestion: kind === "question",
      }),
      start: d.start,
      end: d.end,
      fingerprint: fingerprintText(text),
      entities: own,
    });
    if (name && !speakerIndex.has(name)) {
      const sp: Speaker = {
        name,
        role,
        aliases: record ? [...record.aliases].filter((a) => a !== name) : [],
      };
      speakerIndex.set(name, sp);
      speakerOrder.push(sp);
    }
  }
  const result: ExtractionResult = { title: layout.title, statements, speakers: speakerOrder };
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}

function entitiesIn(sorted: Entity[], start: number, end: number): Entity[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Entity).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Entity[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const e = sorted[i] as Entity;
    if (e.start >= end) break;
    if (e.end <= end) out.push({ ...e });
  }
  return out;
}
