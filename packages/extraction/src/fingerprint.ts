/**
 * Stable claim fingerprint: lowercase, accent-, punctuation- and stopword-insensitive, with simple
 * number normalisation ("ten percent" == "10%"). Word order and negation are kept, so "A beat B"
 * and "A did not beat B" differ. Output: "fp1:" + 16 hex chars (64-bit FNV-1a).
 */

const STOPWORDS = new Set(
  `a an the and or but of to in on at by for from with as into onto about over under is are was were be
been being am has have had having do does did this that these those it its it's he she they them his
her their him we us our i me my you your there here which who whom whose what when where while so
also just very really quite then than too said says say told according stated added noted claimed
argued insisted asserted emphasized emphasised warned explained`
    .split(/\s+/)
    .filter(Boolean),
);

const NUMBER_WORDS: Record<string, string> = {
  zero: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  hundred: "100",
  thousand: "1000",
  dozen: "12",
};

/** Normalised words of a claim (exported for tests and debugging). */
export function fingerprintTokens(text: string): string[] {
  const normal = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/%/g, " percent ")
    .replace(/\bper cent\b/g, " percent ")
    .replace(/&/g, " and ")
    .replace(/'s\b/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  const words = normal.match(/[\p{L}\p{N}]+(?:\.\d+)?/gu) ?? [];
  const out: string[] = [];
  for (const w of words) {
    if (STOPWORDS.has(w)) continue;
    out.push(NUMBER_WORDS[w] ?? w);
  }
  return out;
}

function fnv1a64(text: string): string {
  // 64-bit FNV-1a over UTF-16 code units, using two 32-bit halves.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // multiply by FNV prime 0x100000001b3 in 16-bit limbs
    const t0 = h0 * 0x01b3;
    const t1 = h1 * 0x01b3;
    const t2 = h2 * 0x01b3 + h0 * 0x0100;
    const t3 = h3 * 0x01b3 + h1 * 0x0100;
    h1 = t1 + (t0 >>> 16);
    h0 = t0 & 0xffff;
    h2 = t2 + (h1 >>> 16);
    h1 &= 0xffff;
    h3 = (t3 + (h2 >>> 16)) & 0xffff;
    h2 &= 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, "0");
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** Fingerprint of a claim text; identical for trivially different wordings of the same claim. */
export function fingerprintText(text: string): string {
  return `fp1:${fnv1a64(fingerprintTokens(text).join(" "))}`;
}
