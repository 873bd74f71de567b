// Word meaning learned from text in ../shared, without downloads: low-rank word vectors (PPMI of
// stems in a window, then a truncated eigendecomposition) and an IBM model 1 translation table
// P(claim stem | statement stem) from paired texts. Used by the experiments of issue 21
// (try-meaning.ts); nothing here is read at run time.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeText } from "../../src/matching/analyze-text.ts";
import { createRng } from "../../src/testing/random.ts";
import { parseTsv } from "./read-checkthat.ts";

const SHARED = resolve(import.meta.dirname, "../../../../../shared/datasets");

/** Stems of each text: the matcher's own analysis (stop words dropped). */
export const stemsOf = (text: string): string[] => analyzeText(text, { clean: false }).stems;

/** LIAR statements (train + valid) and PolNeAR train paragraphs, as stem lists. */
export function unlabelledTexts(): string[][] {
  const docs: string[][] = [];
  for (const file of ["train.tsv", "valid.tsv"]) {
    for (const row of readFileSync(join(SHARED, "liar", file), "utf8").split("\n")) {
      const statement = row.split("\t")[2];
      if (statement) docs.push(stemsOf(statement));
    }
  }
  const dir = join(SHARED, "polnear", "train", "text");
  for (const name of readdirSync(dir).sort()) {
    for (const paragraph of readFileSync(join(dir, name), "utf8").split(/\n\s*\n/)) {
      const stems = stemsOf(paragraph);
      if (stems.length >= 3) docs.push(stems);
    }
  }
  return docs;
}

export function claimTexts(): { vclaim: string[]; title: string[] }[] {
  return parseTsv(
    readFileSync(join(SHARED, "checkthat-2020-task2", "verified_claims.docs.tsv"), "utf8"),
  )
    .slice(1)
    .filter((row) => row[0]?.trim())
    .map(([, vclaim = "", title = ""]) => ({ vclaim: stemsOf(vclaim), title: stemsOf(title) }));
}

export interface WordVectors {
  dims: number;
  vocabulary: Map<string, number>;
  /** row-normalised, vocabulary.size x dims */
  vectors: Float32Array;
}

/** Columns of `m` (n x k, row-major) made orthonormal (modified Gram-Schmidt). */
function orthonormalise(m: Float64Array, n: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < j; i++) {
      let d = 0;
      for (let r = 0; r < n; r++) d += (m[r * k + i] as number) * (m[r * k + j] as number);
      for (let r = 0; r < n; r++)
        m[r * k + j] = (m[r * k + j] as number) - d * (m[r * k + i] as number);
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += (m[r * k + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) m[r * k + j] = (m[r * k + j] as number) / norm;
  }
}

/** Eigenvalues and vectors of a small symmetric matrix (cyclic Jacobi). */
function jacobi(a: Float64Array, k: number): { values: number[]; vectors: Float64Array } {
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++)
      for (let q = p + 1; q < k; q++) off += (a[p * k + q] as number) ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q] as number;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = ((a[q * k + q] as number) - (a[p * k + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p] as number;
          const arq = a[r * k + q] as number;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r] as number;
          const aqr = a[q * k + r] as number;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p] as number;
          const vrq = v[r * k + q] as number;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Array.from({ length: k }, (_, i) => a[i * k + i] as number), vectors: v };
}

/**
 * Word vectors: positive PMI of two stems within `window` of each other (context counts
 * smoothed to the power 0.75), then the top `dims` eigenvectors of that symmetric matrix by
 * subspace iteration, scaled by the square root of their eigenvalues, rows normalised.
 */
export function trainWordVectors(
  docs: string[][],
  options: { dims?: number; window?: number; minCount?: number; maxVocabulary?: number } = {},
): WordVectors {
  const dims = options.dims ?? 64;
  const window = options.window ?? 5;
  const counts = new Map<string, number>();
  for (const doc of docs) for (const s of doc) counts.set(s, (counts.get(s) ?? 0) + 1);
  const kept = [...counts]
    .filter(([, c]) => c >= (options.minCount ?? 3))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxVocabulary ?? 30_000)
    .map(([s]) => s)
    .sort();
  const vocabulary = new Map(kept.map((s, i) => [s, i]));
  const n = kept.length;
  const pairs = new Map<number, number>();
  for (const doc of docs) {
    const ids = doc.map((s) => vocabulary.get(s) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i] as number;
      if (a < 0) continue;
      for (let j = i + 1; j < Math.min(ids.length, i + 1 + window); j++) {
        const b = ids[j] as number;
        if (b < 0 || b === a) continue;
        const w = 1 / (j - i);
        pairs.set(a * n + b, (pairs.get(a * n + b) ?? 0) + w);
        pairs.set(b * n + a, (pairs.get(b * n + a) ?? 0) + w);
      }
    }
  }
  const row = new Float64Array(n);
  for (const [key, c] of pairs) row[Math.floor(key / n)] = (row[Math.floor(key / n)] as number) + c;
  let totalContext = 0;
  const context = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    context[i] = (row[i] as number) ** 0.75;
    totalContext += context[i] as number;
  }
  // sparse PPMI in coordinate form
  const rs: number[] = [];
  const cs: number[] = [];
  const vs: number[] = [];
  for (const [key, c] of pairs) {
    const a = Math.floor(key / n);
    const b = key % n;
    const pmi = Math.log((c * totalContext) / ((row[a] as number) * (context[b] as number)));
    if (pmi <= 0) continue;
    rs.push(a);
    cs.push(b);
    vs.push(pmi);
  }
  const k = dims + 8;
  const rnd = createRng(21);
  let q = new Float64Array(n * k);
  for (let i = 0; i < q.length; i++) q[i] = rnd() - 0.5;
  orthonormalise(q, n, k);
  const multiply = (x: Float64Array) => {
    const y = new Float64Array(n * k);
    for (let e = 0; e < vs.length; e++) {
      const a = rs[e] as number;
      const b = cs[e] as number;
      const v = vs[e] as number;
      for (let j = 0; j < k; j++)
        y[a * k + j] = (y[a * k + j] as number) + v * (x[b * k + j] as number);
    }
    return y;
  };
  for (let it = 0; it < 4; it++) {
    q = multiply(q);
    orthonormalise(q, n, k);
  }
  const mq = multiply(q);
  const small = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let d = 0;
      for (let r = 0; r < n; r++) d += (q[r * k + i] as number) * (mq[r * k + j] as number);
      small[i * k + j] = d;
    }
  const { values, vectors } = jacobi(small, k);
  const order = values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => b.v - a.v)
    .slice(0, dims);
  const out = new Float32Array(n * dims);
  for (let r = 0; r < n; r++) {
    let norm = 0;
    order.forEach(({ v, i }, d) => {
      let x = 0;
      for (let j = 0; j < k; j++) x += (q[r * k + j] as number) * (vectors[j * k + i] as number);
      x *= Math.sqrt(Math.max(v, 0));
      out[r * dims + d] = x;
      norm += x * x;
    });
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) out[r * dims + d] = (out[r * dims + d] as number) / norm;
  }
  return { dims, vocabulary, vectors: out };
}

/** Translation table t(target | source), sparse. */
export type Translation = Map<string, Map<string, number>>;

/**
 * IBM model 1 (EM, a NULL source word) over `pairs` of stem lists, each with a weight:
 * P(target stem | source stem). Entries below `floor` are dropped.
 */
export function trainTranslation(
  pairs: { source: string[]; target: string[]; weight: number }[],
  options: { iterations?: number; floor?: number } = {},
): Translation {
  const NULL = "\u0000";
  let t = new Map<string, Map<string, number>>();
  for (const { source, target } of pairs)
    for (const s of [NULL, ...new Set(source)]) {
      let m = t.get(s);
      if (!m) {
        m = new Map();
        t.set(s, m);
      }
      for (const w of new Set(target)) m.set(w, 1);
    }
  for (const [, m] of t) for (const w of m.keys()) m.set(w, 1 / m.size);
  for (let it = 0; it < (options.iterations ?? 6); it++) {
    const counts = new Map<string, Map<string, number>>();
    for (const { source, target, weight } of pairs) {
      const src = [NULL, ...new Set(source)];
      for (const w of new Set(target)) {
        let z = 0;
        for (const s of src) z += t.get(s)?.get(w) ?? 0;
        if (z <= 0) continue;
        for (const s of src) {
          const p = ((t.get(s)?.get(w) ?? 0) / z) * weight;
          let m = counts.get(s);
          if (!m) {
            m = new Map();
            counts.set(s, m);
          }
          m.set(w, (m.get(w) ?? 0) + p);
        }
      }
    }
    t = new Map();
    for (const [s, m] of counts) {
      let total = 0;
      for (const v of m.values()) total += v;
      const out = new Map<string, number>();
      for (const [w, v] of m) out.set(w, v / total);
      t.set(s, out);
    }
  }
  const floor = options.floor ?? 0.01;
  for (const [s, m] of t) {
    for (const [w, v] of m) if (v < floor) m.delete(w);
    if (m.size === 0) t.delete(s);
  }
  t.delete(NULL);
  return t;
}
