// Which claim words a statement's words stand for ("dead" -> "killed", "burning" -> "fire"): a
// table P(claim stem | statement stem) learned by IBM model 1 from paired texts (each verified
// claim and its fact-check's headline; CheckThat! 2020 train tweets and the claim each repeats)
// by scripts/checkthat/train-translations.ts, shipped in translation-model.ts. Read only.
import { TRANSLATION_MODEL } from "./translation-model.ts";

/** One source stem's translations: target stem -> probability. */
export type TranslationRows = Map<string, Map<string, number>>;

export class WordTranslations {
  constructor(private readonly rows: TranslationRows) {}

  /** From the packed text form: `source target:p target:p` lines (p in thousandths). */
  static unpack(packed: string): WordTranslations {
    const rows: TranslationRows = new Map();
    for (const line of packed.split("\n")) {
      const [source, ...targets] = line.split(" ");
      if (!source || targets.length === 0) continue;
      const row = new Map<string, number>();
      for (const t of targets) {
        const colon = t.lastIndexOf(":");
        row.set(t.slice(0, colon), Number(t.slice(colon + 1)) / 1000);
      }
      rows.set(source, row);
    }
    return new WordTranslations(rows);
  }

  static pack(rows: TranslationRows): string {
    return [...rows]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(
        ([source, row]) =>
          `${source} ${[...row].map(([t, p]) => `${t}:${Math.round(p * 1000)}`).join(" ")}`,
      )
      .join("\n");
  }

  /** The packed text form of this table. */
  packed(): string {
    return WordTranslations.pack(this.rows);
  }

  get size(): number {
    return this.rows.size;
  }

  /** For every target stem some of `stems` translate to: its best probability over them. */
  bestFrom(stems: Iterable<string>): Map<string, number> {
    const best = new Map<string, number>();
    for (const stem of stems) {
      const row = this.rows.get(stem);
      if (!row) continue;
      for (const [target, p] of row) if (p > (best.get(target) ?? 0)) best.set(target, p);
    }
    return best;
  }

  /** The stem of `stems` that translates to `target` best, if any. */
  sourceOf(target: string, stems: Iterable<string>): string | null {
    let best = 0;
    let source: string | null = null;
    for (const stem of stems) {
      const p = this.rows.get(stem)?.get(target) ?? 0;
      if (p > best) {
        best = p;
        source = stem;
      }
    }
    return source;
  }
}

let shipped: WordTranslations | null = null;
/** The table shipped in translation-model.ts, parsed once. */
export function shippedTranslations(): WordTranslations {
  shipped ??= WordTranslations.unpack(TRANSLATION_MODEL.table);
  return shipped;
}
