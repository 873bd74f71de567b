/**
 * Check-worthiness in 0–1, in the spirit of ClaimBuster: factual, specific, verifiable sentences
 * (numbers, dates, quantities, comparisons, causes, superlatives, named entities) score high;
 * questions, opinions, hedges, headings and filler score low. A fixed logistic model over
 * hand-weighted features: deterministic and O(length).
 */

const MAX_SCORED_CHARS = 1500;

const RE_NUMBER = /\d/;
const RE_MONEY_PERCENT =
  /[$€£¥]\s?\d|\d\s?(%|percent\b|per cent\b)|\b\d[\d,.]*\s?(million|billion|trillion|thousand)\b/i;
const RE_NUMBER_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|twice|double|triple|quarter|third)\b/i;
const RE_DATE =
  /\b(1[89]\d\d|20\d\d)\b|\b(january|february|march|april|june|july|august|september|october|november|december)\b|\blast (year|month|decade)\b/i;
const RE_WEEKDAY =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week)\b/i;
/**
 * Schedules and programme notes are news, not claims: "The board is expected to take up the
 * contract again on March 12.", "will vote on the plan next week", "airs weekdays from 6 a.m.".
 */
const RE_SCHEDULE =
  /\b(is|are|was|were) (expected|scheduled|set|due|slated|poised) to\b|\b(will|is to|are to|plans? to) (meet|vote|hold|take up|convene|hear|resume|reconvene|debate|decide|consider|appear|speak|travel|visit|host|attend|return|campaign|announce|release|testify)\b|\bairs? (on|weekdays|daily|live)\b|\b(tune in|watch live|live stream|listen live)\b/i;
/** Standing editorial notes and embeds: "Editor's note: …", "pic.twitter.com/…". */
const RE_EDITORIAL = /^editor[’']s note\b|pic\.twitter\.com\/|https?:\/\/t\.co\//i;
/** How a poll was taken is not what it found: "The survey was conducted …", "margin of error". */
const RE_METHOD =
  /\b(has|had|with) a margin of (sampling )?error\b|\bmargin of error (is|was|of)\b|\bwas conducted\b/i;
const RE_COMPARISON =
  /\b(more|less|fewer|higher|lower|larger|smaller|bigger|greater|cheaper|faster|slower|increase[ds]?|decrease[ds]?|rose|risen|rising|fell|fallen|falling|doubled|tripled|halved|grew|grown|declined|dropped|surged|soared|plunged|jumped|climbed|than|compared|outpaced|exceeded|cut|raised)\b/i;
const RE_SUPERLATIVE =
  /\b(most|least|largest|biggest|highest|lowest|best|worst|first|fastest|slowest|only|record|never before|all-time|unprecedented|\w{3,}est)\b/i;
const RE_CAUSAL =
  /\b(because|caused|causes|causing|due to|led to|leads to|lead to|result(ed|s)? in|as a result|linked to|responsible for|blamed|contributed to|triggered|prevent(ed|s)?|reduce[ds]?|increase[ds]? the risk)\b/i;
const RE_QUANTITY =
  /\b(people|deaths|dead|killed|cases|jobs|votes|voters|residents|patients|students|troops|soldiers|tons|tonnes|miles|kilometers|kilometres|km|acres|hectares|dollars|euros|pounds|percent|rate|average|median|budget|cost|costs|funding|tax|taxes|prices?|wages?|salary|population|gdp|inflation|unemployment|emissions|border|borders|invaded|war|law|bill|signed|passed|approved|voted|elected|arrested|charged|convicted|founded|born|died)\b/i;
const RE_FACTUAL_VERB = /\b(is|are|was|were|has|have|had|will be|did|does)\b/i;
const RE_OPINION =
  /\b(i think|i believe|we believe|i feel|in my (view|opinion)|should|ought|must|hope|hopefully|wish|perhaps|maybe|might|arguably|seems?|appears? to|beautiful|wonderful|amazing|terrible|awful|great|fantastic|best negotiator|love|hate|proud|honou?red|excited|delighted|pleased|happy|sad|shame)\b/i;
const RE_FIRST_PERSON = /\b(i|me|my|we|us|our)\b/i;
const RE_FILLER =
  /\b(click|subscribe|sign up|read more|follow us|stay tuned|share this|newsletter|all rights reserved|advertisement|related:|watch:|photo:|image:|copyright)\b/i;
const RE_VAGUE =
  /\b(watches closely|remains to be seen|time will tell|only time|could|may|potential|possibly|likely|might)\b/i;
const RE_FUTURE = /\b(will|would|going to|plans? to|intends? to)\b/i;

export interface CheckworthinessFeatures {
  /** Named people/organisations/places in the text. */
  namedEntities?: number;
  isHeading?: boolean;
  /** A reported question ("asked whether …"): who asked what, never a claim to check. */
  isQuestion?: boolean;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function scoreCheckworthiness(text: string, features: CheckworthinessFeatures = {}): number {
  if (features.isHeading) return 0.02;
  if (features.isQuestion) return 0;
  const t = text.length > MAX_SCORED_CHARS ? text.slice(0, MAX_SCORED_CHARS) : text;
  const words = t.split(/\s+/).filter(Boolean).length;
  let x = -1.6;
  if (RE_NUMBER.test(t)) x += 1.1;
  if (RE_MONEY_PERCENT.test(t)) x += 0.8;
  else if (RE_NUMBER_WORD.test(t)) x += 0.5;
  if (RE_DATE.test(t) || RE_WEEKDAY.test(t)) x += 0.7;
  // Nothing to measure against (no number, comparison, superlative, cause or record): narration
  // of an event ("X was escorted off the premises on Monday") rather than a claim.
  const checkable =
    RE_NUMBER.test(t) ||
    RE_NUMBER_WORD.test(t) ||
    RE_COMPARISON.test(t) ||
    RE_SUPERLATIVE.test(t) ||
    RE_CAUSAL.test(t);
  if (!checkable) x -= 0.6;
  if (RE_EDITORIAL.test(t)) x -= 3;
  if (RE_SCHEDULE.test(t)) x -= 1.5;
  if (RE_METHOD.test(t)) x -= 1.5;
  if (RE_COMPARISON.test(t)) x += 0.5;
  if (RE_SUPERLATIVE.test(t)) x += 0.4;
  if (RE_CAUSAL.test(t)) x += 0.5;
  if (RE_QUANTITY.test(t)) x += 0.5;
  if (RE_FACTUAL_VERB.test(t)) x += 0.3;
  x += Math.min(features.namedEntities ?? 0, 3) * 0.3;
  if (RE_OPINION.test(t)) x -= 1.0;
  if (RE_FIRST_PERSON.test(t)) x -= 0.3;
  if (RE_VAGUE.test(t)) x -= 0.5;
  if (RE_FUTURE.test(t)) x -= 0.3;
  if (RE_FILLER.test(t)) x -= 3;
  if (/\?\s*["”’')]*\s*$/.test(t)) x -= 3;
  if (words < 5) x -= 1.5;
  else if (words < 8) x -= 0.4;
  if (words > 60) x -= 0.3;
  return Math.round(sigmoid(x * 1.2) * 1000) / 1000;
}
