/**
 * The medium or setting a verb of saying names right after it, kept in the statement's cue:
 * "said in a statement", "said in an interview with The Associated Press", "said on Twitter",
 * "wrote on his official Twitter feed". One owner for both the frame pass (speech-frames.ts) and
 * the cue finder (find-cue.ts).
 */

/** "in a statement", "in an interview", "in a radio interview". */
const IN_SETTING =
  /^,? in (?:a|an|his|her|their|its) (?:statement|interview|email|letter|tweet|post|speech|op-ed|video|news release|press release|radio interview|televised interview|television interview|phone interview|telephone interview|written statement|Facebook post)\b/;

/** "on Twitter", "on his official Twitter feed", "on her Facebook page". */
const ON_SETTING =
  /^,? on (?:(?:his|her|their|its|the) (?:(?:official|personal|verified|own) )?)?(?:Twitter|Facebook|Instagram)(?: (?:feed|account|page|timeline))?\b/;

/** "with The Associated Press", "with CNN's Jake Tapper", "with Fox News": capitalised words. */
const WITH_NAME =
  /^ with (?:the )?(?:[A-Z][\w.&’'-]*(?:’s|'s)?)(?: (?:of )?[A-Z][\w.&’'-]*(?:’s|'s)?){0,4}/;

/** Length of the setting written at `input[at…]` (0 when there is none). */
export function settingLength(input: string, at: number): number {
  const rest = input.slice(at, at + 80);
  const m = IN_SETTING.exec(rest) ?? ON_SETTING.exec(rest);
  if (!m) return 0;
  let len = m[0].length;
  if (/interview$/.test(m[0])) {
    const w = WITH_NAME.exec(rest.slice(len));
    // "with USA TODAY." / "with Todd Starnes'": the sentence's period or a possessive mark is
    // not part of the name.
    if (w) len += w[0].replace(/(?<![A-Z]\.[A-Z])[.’']+$/, "").length;
  }
  return len;
}
