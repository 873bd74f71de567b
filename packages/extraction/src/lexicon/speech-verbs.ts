/**
 * Verbs of saying. Used for quote attribution ('"…," she said') and reported speech
 * ("X claimed that …"). Forms are listed explicitly: no stemming at run time.
 */
const LEMMAS: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  state: ["state", "states", "stated", "stating"],
  add: ["add", "adds", "added", "adding"],
  note: ["note", "notes", "noted", "noting"],
  explain: ["explain", "explains", "explained", "explaining"],
  argue: ["argue", "argues", "argued", "arguing"],
  claim: ["claim", "claims", "claimed", "claiming"],
  insist: ["insist", "insists", "insisted", "insisting"],
  deny: ["deny", "denies", "denied", "denying"],
  warn: ["warn", "warns", "warned", "warning"],
  assert: ["assert", "asserts", "asserted", "asserting"],
  emphasize: [
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "emphasise",
    "emphasises",
    "emphasised",
    "emphasising",
  ],
  stress: ["stress", "stresses", "stressed", "stressing"],
  maintain: ["maintain", "maintains", "maintained", "maintaining"],
  acknowledge: ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
  admit: ["admit", "admits", "admitted", "admitting"],
  announce: ["announce", "announces", "announced", "announcing"],
  declare: ["declare", "declares", "declared", "declaring"],
  write: ["write", "writes", "wrote", "writing"],
  tweet: ["tweet", "tweets", "tweeted", "tweeting"],
  post: ["posted"],
  reply: ["reply", "replies", "replied", "replying"],
  respond: ["respond", "responds", "responded", "responding"],
  answer: ["answer", "answers", "answered", "answering"],
  continue: ["continued", "continues"],
  observe: ["observe", "observes", "observed", "observing"],
  remark: ["remark", "remarks", "remarked", "remarking"],
  comment: ["comment", "comments", "commented", "commenting"],
  concede: ["concede", "concedes", "conceded", "conceding"],
  suggest: ["suggest", "suggests", "suggested", "suggesting"],
  convey: ["convey", "conveys", "conveyed", "conveying"],
  recall: ["recall", "recalls", "recalled", "recalling"],
  predict: ["predict", "predicts", "predicted", "predicting"],
  promise: ["promise", "promises", "promised", "promising"],
  pledge: ["pledge", "pledges", "pledged", "pledging"],
  vow: ["vow", "vows", "vowed", "vowing"],
  urge: ["urge", "urges", "urged", "urging"],
  counter: ["counter", "counters", "countered", "countering"],
  retort: ["retort", "retorts", "retorted"],
  shout: ["shout", "shouts", "shouted"],
  ask: ["ask", "asks", "asked"],
  whisper: ["whispered"],
  joke: ["joked", "jokes"],
  conclude: ["conclude", "concludes", "concluded", "concluding"],
  contend: ["contend", "contends", "contended", "contending"],
  allege: ["allege", "alleges", "alleged", "alleging"],
  report: ["report", "reports", "reported"],
  confirm: ["confirm", "confirms", "confirmed", "confirming"],
  disclose: ["disclose", "discloses", "disclosed", "disclosing"],
  reveal: ["reveal", "reveals", "revealed", "revealing"],
  estimate: ["estimate", "estimates", "estimated"],
  caution: ["caution", "cautions", "cautioned", "cautioning"],
  complain: ["complain", "complains", "complained", "complaining"],
  boast: ["boast", "boasts", "boasted", "boasting"],
  lament: ["lament", "laments", "lamented"],
  repeat: ["repeated"],
  reiterate: ["reiterate", "reiterates", "reiterated", "reiterating"],
  testify: ["testify", "testifies", "testified", "testifying"],
  indicate: ["indicate", "indicates", "indicated", "indicating"],
  hint: ["hinted"],
  charge: ["charged"],
  object: ["objected"],
  protest: ["protested"],
  affirm: ["affirm", "affirms", "affirmed", "affirming"],
  assure: ["assure", "assures", "assured", "assuring"],
  clarify: ["clarify", "clarifies", "clarified", "clarifying"],
  confess: ["confess", "confesses", "confessed"],
  highlight: ["highlight", "highlights", "highlighted", "highlighting"],
  inform: ["informed"],
  mention: ["mention", "mentions", "mentioned", "mentioning"],
  proclaim: ["proclaim", "proclaims", "proclaimed"],
  reaffirm: ["reaffirm", "reaffirms", "reaffirmed", "reaffirming"],
  remind: ["remind", "reminds", "reminded", "reminding"],
  underline: ["underline", "underlines", "underlined"],
  underscore: ["underscore", "underscored"],
  believe: ["believe", "believes", "believed"],
  think: ["think", "thinks", "thought"],
  contest: ["contested"],
  agree: ["agree", "agrees", "agreed"],
  recount: ["recounted", "recounts"],
  describe: ["described", "describes", "describing"],
  call: ["called", "calls", "calling"],
  dismiss: ["dismissed", "dismisses", "dismissing"],
  brand: ["branded"],
  label: ["labelled", "labeled"],
  put: ["put"],
  exclaim: ["exclaimed"],
  muse: ["mused"],
  quip: ["quipped"],
  snap: ["snapped"],
  scoff: ["scoffed"],
  demand: ["demanded"],
  point: ["pointed"],
  shoot: ["shot"],
  fire: ["fired"],
  specify: ["specified"],
  forecast: ["forecast"],
  projected: ["projected"],
  accuse: ["accused", "accuses"],
  blame: ["blamed", "blames"],
  praise: ["praised"],
  criticize: ["criticized", "criticised"],
  hope: ["hopes"],
  expect: ["expects"],
  feel: ["feels", "felt"],
  fear: ["fears", "feared"],
  know: ["knows"],
  recognize: ["recognized", "recognised"],
  find: ["found"],
  show: ["showed", "shows"],
};

export const SPEECH_VERBS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(LEMMAS)) for (const f of forms) map.set(f, lemma);
  return map;
})();

/** Lemmas strong enough to attribute a direct quote that sits next to them. */
export const QUOTE_VERB_LEMMAS: ReadonlySet<string> = new Set(
  Object.keys(LEMMAS).filter(
    (l) =>
      ![
        "believe",
        "think",
        "agree",
        "hope",
        "expect",
        "feel",
        "fear",
        "know",
        "recognize",
        "find",
        "show",
        "praise",
        "criticize",
        "accuse",
        "blame",
        "estimate",
        "report",
        "underscore",
        "highlight",
      ].includes(l),
  ),
);

/**
 * Lemmas that introduce reported speech with a "that"-clause (or a bare clause for say/tell).
 * Cognition verbs are included: "X believes that …" reports X's position.
 */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(
  `say tell state add note explain argue claim insist deny warn assert emphasize stress maintain
acknowledge admit announce declare write tweet post reply respond answer observe remark comment concede
suggest convey recall predict promise pledge vow counter retort conclude contend allege confirm disclose
reveal estimate caution complain boast lament reiterate testify indicate affirm assure clarify confess
mention proclaim reaffirm remind underline believe think agree recount contest hope expect fear feel
know recognize point specify forecast accuse report shoot fire`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that may take a bare clause without "that": "Shaw said the plan failed." */
export const BARE_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "claim",
  "argue",
  "insist",
  "warn",
  "believe",
  "think",
  "add",
  "write",
  "estimate",
  "predict",
  "contend",
  "allege",
  "maintain",
  "acknowledge",
  "admit",
  "note",
  "fear",
  "hope",
  "expect",
  "testify",
  "suggest",
  "assert",
  "confirm",
  "reveal",
  "announce",
  "explain",
]);

/** Objects that "told" takes before its clause: "told reporters (that) …". */
export const TELL_OBJECTS: ReadonlySet<string> = new Set(
  `reporters journalists lawmakers senators congress parliament mps the a an us me him her them
supporters investors analysts viewers listeners readers students officials members colleagues staff
employees workers delegates voters residents crowd audience committee court jury police press`
    .split(/\s+/)
    .filter(Boolean),
);
