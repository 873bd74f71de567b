/**
 * Reads PolNeAR (brat standoff) from ../shared/datasets/polnear: articles and their gold
 * attributions with offsets converted from code points to UTF-16 (the extractor's offsets).
 * Nothing from the corpus is copied into the repository; the data is read where it lies.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const POLNEAR_ROOT = resolve(
  here,
  "..",
  "..",
  "..",
  "..",
  "..",
  "shared",
  "datasets",
  "polnear",
);

export type GoldKind = "direct" | "mixed" | "speech" | "other";

export interface Span {
  start: number;
  end: number;
}

export interface GoldAttribution {
  content: Span[];
  cue: Span[];
  source: Span[] | null;
  contentText: string;
  cueText: string;
  sourceText: string | null;
  kind: GoldKind;
}

export interface Article {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Code-point offset → UTF-16 offset table for one text. */
function codePointTable(text: string): number[] {
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return table;
}

const QUOTE_OPEN = /^(?:[“"]|'')/;
const QUOTE_MARKS = /[“”"]|''/;

/**
 * Verbs of saying (lemmas' surface forms) for the "speech" kind. Beliefs and intentions
 * (think, believe, want, hope, expect, know, fear, feel, plan) are left out, as the corpus
 * README's rule says.
 */
const SAYING = new Set(
  `say says said saying tell tells told telling argue argues argued arguing add adds added adding
warn warns warned warning claim claims claimed claiming deny denies denied denying write writes wrote
writing state states stated stating note notes noted noting explain explains explained explaining
insist insists insisted insisting assert asserts asserted asserting acknowledge acknowledges
acknowledged acknowledging admit admits admitted admitting announce announces announced announcing
declare declares declared declaring tweet tweets tweeted tweeting reply replies replied respond
responds responded answer answered concede concedes conceded conceding suggest suggests suggested
suggesting predict predicts predicted predicting promise promises promised promising pledge pledges
pledged vow vows vowed vowing counter countered contend contends contended allege alleges alleged
alleging report reports reported reporting confirm confirms confirmed confirming reveal reveals
revealed disclose disclosed complain complains complained boast boasted testify testified reiterate
reiterated maintain maintains maintained emphasize emphasized stress stressed charge charged accuse
accused accusing urge urged urging ask asked asking recall recalled recalls remark remarked comment
commented observe observed conclude concluded estimate estimated indicate indicated indicates
mention mentioned mentions quip quipped joke joked concluded point pointed suggest announce
insinuate insinuated proclaim proclaimed repeat repeated repeating caution cautioned
assure assured assuring inform informed informing blast blasted slam slammed criticize criticized
lament lamented contend told explain according tweet`
    .split(/\s+/)
    .filter(Boolean),
);

export function isSayingCue(cue: string): boolean {
  const words = cue.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => SAYING.has(w));
}

export function classify(content: string, cue: string): GoldKind {
  const c = content.trimStart();
  if (QUOTE_OPEN.test(c)) return "direct";
  const words = c.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  // Mixed: a paraphrase (a clause of 5+ words, not a bare quoted noun phrase) with quoted words.
  if (QUOTE_MARKS.test(c)) return words.length >= 5 ? "mixed" : "other";
  if (words.length >= 5 && isSayingCue(cue)) return "speech";
  return "other";
}

function parseSpans(field: string, table: number[]): Span[] {
  return field.split(";").map((p) => {
    const [a, b] = p.trim().split(/\s+/).map(Number);
    return { start: table[a as number] as number, end: table[b as number] as number };
  });
}

function parseAnn(ann: string, text: string): GoldAttribution[] {
  const table = codePointTable(text);
  const spans = new Map<string, { label: string; spans: Span[] }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split("\n")) {
    if (line.startsWith("T")) {
      const [id, meta] = line.split("\t");
      if (!id || !meta) continue;
      const sp = meta.indexOf(" ");
      spans.set(id, { label: meta.slice(0, sp), spans: parseSpans(meta.slice(sp + 1), table) });
    } else if (line.startsWith("E")) {
      const [, body] = line.split("\t");
      const roles: Record<string, string> = {};
      for (const part of (body ?? "").trim().split(/\s+/)) {
        const [role, ref] = part.split(":");
        if (role && ref) roles[role.replace(/\d+$/, "")] = ref;
      }
      events.push(roles);
    }
  }
  const join = (s: Span[]) => s.map((x) => text.slice(x.start, x.end)).join(" ");
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content)?.spans : undefined;
    if (!content) continue;
    const cue = (e.Cue ? spans.get(e.Cue)?.spans : undefined) ?? [];
    const source = e.Source ? (spans.get(e.Source)?.spans ?? null) : null;
    const contentText = join(content);
    const cueText = join(cue);
    out.push({
      content,
      cue,
      source,
      contentText,
      cueText,
      sourceText: source ? join(source) : null,
      kind: classify(contentText, cueText),
    });
  }
  return out;
}

/** Loads one split ("train" or "dev"); one annotator per article (the first by file name). */
export function loadSplit(split: string, root = POLNEAR_ROOT): Article[] {
  const dir = join(root, split);
  if (!existsSync(dir)) return [];
  const anns = readdirSync(join(dir, "attributions")).sort();
  const out: Article[] = [];
  for (const f of readdirSync(join(dir, "text")).sort()) {
    if (!f.endsWith(".txt")) continue;
    const name = f.slice(0, -4);
    const ann = (process.env.POLNEAR_LAST ? [...anns].reverse() : anns).find(
      (a) => a.startsWith(`${name}_`) && a.endsWith(".ann"),
    );
    if (!ann) continue;
    const text = readFileSync(join(dir, "text", f), "utf8");
    const attributions = parseAnn(readFileSync(join(dir, "attributions", ann), "utf8"), text);
    out.push({ name, text, attributions });
  }
  return out;
}
