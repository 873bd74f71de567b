import type { DocumentModel, EntityRecord, Gender, Mention, Sentence } from "./document-model.ts";
import { FUNCTION_WORDS, NOT_A_NAME, SENTENCE_STARTERS } from "./lexicon/common-words.ts";
import { ORG_HEADS } from "./lexicon/organizations.ts";
import { SPEECH_VERBS } from "./lexicon/speech-verbs.ts";
import { analyzeChunk, findChunks, lastNameOf, PREPOSITIONS, PRONOUNS } from "./name-chunks.ts";
import { bindsObject, isObjectPronoun, skipsOpening } from "./pronoun-binding.ts";
import { isGroupPlural } from "./pronoun-group-plurals.ts";
import { pronounSays, sayingSubjects } from "./pronoun-speakers.ts";
import { mainClauseStart } from "./sentence-openers.ts";
import { demonymSurname, nonPersonKind } from "./speaker-non-persons.ts";
import type { Token } from "./tokenize.ts";

export { PREPOSITIONS } from "./name-chunks.ts";

export class EntityRegistry {
  readonly entities: EntityRecord[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byWord = new Map<string, number[]>();

  private index(word: string, id: number): void {
    const w = word.toLowerCase();
    const list = this.byWord.get(w);
    if (!list) this.byWord.set(w, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  private create(
    type: EntityRecord["type"],
    name: string,
    role: string | null,
    gender: Gender,
  ): number {
    const id = this.entities.length;
    this.entities.push({
      id,
      type,
      name,
      role,
      aliases: new Set([name]),
      gender,
      singleWord: !name.includes(" "),
    });
    this.byKey.set(`${type}:${name.toLowerCase()}`, id);
    return id;
  }

  /** Adds or finds a person by full name; merges "Hegseth" into "Pete Hegseth". */
  person(name: string, role: string | null, gender: Gender): number {
    const key = `person:${name.toLowerCase()}`;
    const parts = name.split(/\s+/);
    const existing = this.byKey.get(key);
    if (existing !== undefined) {
      const e = this.entities[existing] as EntityRecord;
      if (!e.role && role) e.role = role;
      if (!e.gender && gender) e.gender = gender;
      return existing;
    }
    const last = lastNameOf(parts).toLowerCase();
    const firstLower = (parts[0] as string).toLowerCase();
    if (parts.length > 1) {
      for (const id of this.byWord.get(last) ?? []) {
        const e = this.entities[id] as EntityRecord;
        if (e.type !== "person") continue;
        const eParts = e.name.split(/\s+/);
        const sameLast = lastNameOf(eParts).toLowerCase() === last;
        const sameFirst = (eParts[0] as string).toLowerCase() === firstLower;
        if (sameLast && (e.singleWord || sameFirst)) {
          if (e.singleWord || parts.length > eParts.length) {
            e.aliases.add(name);
            e.name = e.singleWord ? name : e.name;
            e.singleWord = false;
          }
          e.aliases.add(name);
          if (!e.role && role) e.role = role;
          if (!e.gender && gender) e.gender = gender;
          this.byKey.set(key, id);
          this.index(parts[0] as string, id);
          return id;
        }
      }
    }
    const id = this.create("person", name, role, gender);
    const e = this.entities[id] as EntityRecord;
    if (parts.length > 1) {
      e.aliases.add(lastNameOf(parts));
      this.index(lastNameOf(parts), id);
      this.index(parts[0] as string, id);
    } else this.index(name, id);
    return id;
  }

  other(type: "organization" | "place", name: string): number {
    const clean = name.replace(/^the\s+/i, "");
    const key = `${type}:${clean.toLowerCase()}`;
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const id = this.create(type, clean, null, null);
    const parts = clean.split(/\s+/);
    if (
      type === "organization" &&
      parts.length > 1 &&
      ORG_HEADS.has((parts[parts.length - 1] as string).toLowerCase())
    ) {
      this.index(parts[0] as string, id);
    }
    return id;
  }

  /** Entities a single capitalised word may refer to. */
  candidates(word: string): number[] {
    return this.byWord.get(word.toLowerCase()) ?? [];
  }

  get(id: number): EntityRecord | undefined {
    return this.entities[id];
  }
}

function isPrepositional(tokens: Token[], tokenStart: number, mentions: Mention[]): boolean {
  let k = tokenStart - 1;
  while (k >= 0 && ["the", "a", "an"].includes((tokens[k] as Token).lower)) k--;
  const prev = tokens[k];
  if (!prev) return false;
  if (prev.word && PREPOSITIONS.has(prev.lower)) return true;
  if (prev.lower === "and" || prev.lower === "or") {
    const before = mentions[mentions.length - 1];
    return before !== undefined && before.tokenEnd === k && before.prepositional;
  }
  return false;
}

/** The mention follows ", " right after a mention that follows a preposition. */
function placeAfterPlace(tokens: Token[], m: Mention, mentions: Mention[]): boolean {
  const before = mentions[mentions.length - 1];
  return (
    before?.prepositional === true &&
    before.tokenEnd === m.tokenStart - 1 &&
    (tokens[m.tokenStart - 1] as Token).text === ","
  );
}

interface PendingSingle {
  mention: Mention;
  /** In a position only a name fits: before a speech verb or as ", Moira," appositive. */
  nameLike: boolean;
  word: string;
  sawTitle: boolean;
  role: string | null;
  gender: Gender;
}

/**
 * Finds names and pronouns in every sentence and links them to entities.
 * Pass 1 registers full names, pass 2 (document order) resolves surnames and pronouns.
 */
export function detectMentions(model: DocumentModel, registry: EntityRegistry): void {
  const { input, sentences } = model;
  const pending = new Map<Mention, PendingSingle>();
  // Capitalised words seen inside a sentence (not first), outside quotes: proper-noun evidence.
  const midCaps = new Set<string>();
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.cap && t.word && !t.inQuote) midCaps.add(t.lower);
    }
    const mentions: Mention[] = [];
    const chunks = findChunks(tokens);
    let c = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const chunk = chunks[c];
      if (chunk && chunk[0] === i) {
        c++;
        let info = analyzeChunk(input, tokens, chunk[0], chunk[1]);
        i = chunk[1] - 1;
        if (info.type === "none") {
          const surname = demonymSurname(registry, tokens, chunk[0], chunk[1], info);
          if (!surname) continue;
          info = surname;
        }
        const name = input.slice(info.nameStart, info.nameEnd).replace(/['’]s$/u, "");
        const not = info.type === "person" ? nonPersonKind(name) : null;
        if (not) info.type = not;
        const m: Mention = {
          kind: "name",
          entityId: -1,
          start: info.nameStart,
          end: info.nameStart + name.length,
          tokenStart: info.tokenStart,
          tokenEnd: chunk[1],
          sentenceIndex: s.index,
          // "Christie's been making the case": "’s" before "been" is "has", not a possessive.
          possessive: info.possessive && !HAS_AFTER.has(tokens[chunk[1]]?.lower ?? ""),
          inQuote: t.inQuote,
          prepositional: false,
          role: info.role,
        };
        m.prepositional = isPrepositional(tokens, info.tokenStart, mentions);
        if (info.type === "person") m.entityId = registry.person(name, info.role, info.gender);
        else if (info.type === "organization" || info.type === "place")
          m.entityId = registry.other(info.type, name);
        else
          pending.set(m, {
            mention: m,
            nameLike:
              !info.possessive && !t.inQuote && nameLikePosition(tokens, info.tokenStart, chunk[1]),
            word: name,
            sawTitle: info.sawTitle,
            role: info.role,
            gender: info.gender,
          });
        // "in Ames, Iowa," / "in Beaumont, Tex.,": the state after a place is in the same phrase.
        if (info.type === "place" && !m.prepositional)
          m.prepositional = placeAfterPlace(tokens, m, mentions);
        mentions.push(m);
        continue;
      }
      const pr = t.word ? PRONOUNS.get(t.lower) : undefined;
      if (pr) {
        mentions.push({
          kind: "pronoun",
          entityId: -1,
          start: t.start,
          end: t.end,
          tokenStart: i,
          tokenEnd: i + 1,
          sentenceIndex: s.index,
          possessive: pr.possessive,
          inQuote: t.inQuote,
          prepositional: isPrepositional(tokens, i, mentions),
          role: null,
          pronoun: pr.p,
        });
      }
    }
    s.mentions = mentions;
  }

  // Pass 2: document order.
  const lastSeen = new Map<number, number>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const p = pending.get(m);
      if (p) resolveSingle(registry, p, lastSeen);
      else if (m.kind === "pronoun" && !m.inQuote) resolvePronoun(model, registry, m, midCaps);
      if (m.entityId >= 0) lastSeen.set(m.entityId, m.start);
    }
  }
}

function nameLikePosition(tokens: Token[], a: number, b: number): boolean {
  const prev = tokens[a - 1];
  const next = tokens[b];
  const first = tokens[a] as Token;
  if (prev === undefined && SENTENCE_STARTERS.has(first.lower)) return false;
  if (FUNCTION_WORDS.has(first.lower)) return false;
  if (next?.word && !next.cap && SPEECH_VERBS.has(next.lower) && !next.lower.endsWith("ing"))
    return true;
  return prev?.text === "," && next?.text === "," && a > 1 && (tokens[a - 2] as Token).word;
}

function resolveSingle(registry: EntityRegistry, p: PendingSingle, lastSeen: Map<number, number>) {
  const m = p.mention;
  const cands = registry.candidates(p.word);
  let best = -1;
  let bestPos = -1;
  for (const id of cands) {
    const pos = lastSeen.get(id);
    if (pos !== undefined && pos > bestPos) {
      best = id;
      bestPos = pos;
    }
  }
  if (best < 0 && cands.length > 0) best = cands[0] as number;
  if (best >= 0) {
    m.entityId = best;
    const e = registry.get(best) as EntityRecord;
    if (!e.gender && p.gender) e.gender = p.gender;
    if (!e.role && p.role) e.role = p.role;
    if (!m.role) m.role = e.role;
    return;
  }
  if (p.sawTitle || p.nameLike) {
    m.entityId = registry.person(p.word, p.role, p.gender);
    return;
  }
  m.unknownWord = true;
}

function compatible(e: EntityRecord, p: Mention["pronoun"], strictGender: boolean): boolean {
  if (p === "m" || p === "f")
    return (
      e.type === "person" &&
      (strictGender ? e.gender === p : e.gender === null || e.gender === p) &&
      !isGroupPlural(e.name)
    );
  if (p === "pl" || p === "it") return e.type === "organization";
  return false;
}

/**
 * Resolves a pronoun to the most salient compatible entity in the preceding few sentences.
 * People whose gender is known and matches win over people of unknown gender; within a sentence
 * subjects win over possessives and objects of prepositions.
 */
function resolvePronoun(
  model: DocumentModel,
  registry: EntityRegistry,
  m: Mention,
  midCaps: ReadonlySet<string>,
): void {
  const found = searchAntecedent(model, registry, m, midCaps);
  if (found) assign(m, found);
}

function searchAntecedent(
  model: DocumentModel,
  registry: EntityRegistry,
  m: Mention,
  midCaps: ReadonlySet<string>,
): EntityRecord | null {
  const sentences = model.sentences;
  const here = sentences[m.sentenceIndex] as Sentence;
  const says = pronounSays(here, m);
  const object = isObjectPronoun(here, m);
  for (let si = m.sentenceIndex; si >= 0 && si >= m.sentenceIndex - 6; si--) {
    const s = sentences[si] as Sentence;
    if (here.blockIndex - s.blockIndex > 3) break;
    if (says) {
      // "“…,” he said" after "…, Stovall said.": who was speaking beats the sentence's subject.
      const before = si === m.sentenceIndex ? m.tokenStart : s.tokens.length;
      for (const c of sayingSubjects(s, before)) {
        const e = c.entityId >= 0 ? (registry.get(c.entityId) as EntityRecord) : null;
        if (e && compatible(e, m.pronoun, false)) return e;
      }
    }
    // A sentence before: its main clause's subject first ("As for the notion that … she would …,
    // Fiorina offered …"), then the whole sentence. The pronoun's own sentence: all of it before
    // the pronoun, or nothing after a participle opening ("Asked about …, she replied").
    const open = mainClauseStart(s);
    const found =
      si === m.sentenceIndex
        ? skipsOpening(s, m)
          ? null
          : inSentence(model, registry, s, m, 0, object, midCaps)
        : ((open > 0 ? inSentence(model, registry, s, m, open, object, midCaps) : null) ??
          inSentence(model, registry, s, m, 0, object, midCaps));
    if (found) return found;
  }
  return null;
}

/** The antecedent among the mentions of `s` from token `from` (before `m` in its own sentence). */
function inSentence(
  model: DocumentModel,
  registry: EntityRegistry,
  s: Sentence,
  m: Mention,
  from: number,
  object: boolean,
  midCaps: ReadonlySet<string>,
): EntityRecord | null {
  const si = s.index;
  let fallback: Mention | null = null;
  let unknownGenderSubject: EntityRecord | null = null;
  for (const c of s.mentions) {
    if (si === m.sentenceIndex && c.start >= m.start) break;
    if (c.inQuote || c.tokenStart < from) continue;
    // "Obama backed her up": not the subject of the pronoun's own clause.
    if (object && bindsObject(s, c, m)) continue;
    if (c.entityId < 0) {
      if (!personLikeSubject(model, s, c, m, midCaps)) continue;
      // "Cruz openly admitted …. “…,” he said.": a lone surname before its verb is a person.
      c.entityId = registry.person(model.input.slice(c.start, c.end), c.role, null);
      c.unknownWord = false;
    }
    const e = sameSurname(model, registry, c, m) ?? (registry.get(c.entityId) as EntityRecord);
    if (!compatible(e, m.pronoun, false)) continue;
    if (!c.possessive && !c.prepositional) {
      // Within one sentence a subject whose gender is known to match wins.
      if (e.gender === null && (m.pronoun === "m" || m.pronoun === "f")) {
        unknownGenderSubject ??= e;
        continue;
      }
      return e;
    }
    fallback = c;
  }
  if (unknownGenderSubject) return unknownGenderSubject;
  if (fallback) return registry.get(fallback.entityId) as EntityRecord;
  return null;
}

/**
 * "Bill Clinton … Hillary Clinton … Clinton herself signaled that she …": a lone surname that
 * went to the person of that name seen last is re-read as the one whose gender the pronoun
 * needs, when exactly one other person of that surname has it. Returns that person (and
 * re-points the mention), or null.
 */
function sameSurname(
  model: DocumentModel,
  registry: EntityRegistry,
  c: Mention,
  p: Mention,
): EntityRecord | null {
  if (c.kind !== "name" || (p.pronoun !== "m" && p.pronoun !== "f")) return null;
  const e = registry.get(c.entityId) as EntityRecord;
  if (e.type !== "person" || e.gender === null || e.gender === p.pronoun) return null;
  const word = model.input.slice(c.start, c.end);
  if (word.includes(" ")) return null;
  const others = registry
    .candidates(word)
    .map((id) => registry.get(id) as EntityRecord)
    .filter((o) => o.id !== e.id && o.type === "person" && o.gender === p.pronoun);
  if (others.length !== 1) return null;
  c.entityId = (others[0] as EntityRecord).id;
  return others[0] as EntityRecord;
}

/**
 * A capitalised word never seen in a full name, as the subject of its sentence ("Cruz openly
 * admitted", "Carson defied"): not quoted, possessive or after a preposition, not a sentence
 * starter, followed by a lowercase word. Only he/she look for it.
 */
function personLikeSubject(
  model: DocumentModel,
  s: Sentence,
  c: Mention,
  p: Mention,
  midCaps: ReadonlySet<string>,
): boolean {
  if (!c.unknownWord || c.possessive || c.prepositional || c.kind !== "name") return false;
  if (p.pronoun !== "m" && p.pronoun !== "f") return false;
  const word = model.input.slice(c.start, c.end);
  const lower = word.toLowerCase();
  // Plurals ("Christians", "Millennials") and words only ever capitalised at a sentence start.
  if (lower.endsWith("s")) return false;
  if (SENTENCE_STARTERS.has(lower) || FUNCTION_WORDS.has(lower) || NOT_A_NAME.test(word))
    return false;
  // "Meanwhile Rihanna, who was honored …": a relative "who" after the word names a person.
  const afterWord = s.tokens[c.tokenEnd];
  if (afterWord?.text === "," && s.tokens[c.tokenEnd + 1]?.lower === "who") return true;
  if (!midCaps.has(lower)) return false;
  // Before a verb: "Cruz openly admitted", "Carson defied".
  const next = s.tokens[c.tokenEnd];
  if (!next?.word || next.cap || next.inQuote) return false;
  return /(ed|s|ly)$/.test(next.lower) || VERB_LIKE.has(next.lower);
}

/** Words after a name's "’s" that make it "has": "Christie's been", "Trump's got". */
const HAS_AFTER = new Set(["been", "got", "gotten"]);

/** Auxiliaries, adverbs and irregular past forms that follow a subject ("Obama also addressed"). */
const VERB_LIKE = new Set(
  `also then later still never just once again had was is will would could can did told said went
made took gave spoke wrote began knew thought saw came met ran won lost got put held led left sent`
    .split(/\s+/)
    .filter(Boolean),
);

function assign(m: Mention, e: EntityRecord): void {
  m.entityId = e.id;
  if (e.type === "person" && !e.gender && (m.pronoun === "m" || m.pronoun === "f"))
    e.gender = m.pronoun;
}
