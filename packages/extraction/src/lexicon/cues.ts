/**
 * Reporting-verb lemmas for the broad speech-frame pass (src/speech-frames.ts). The list was
 * grown from the cue words annotated in PolNeAR train (the lemmas of `SPEECH_VERBS` that the
 * corpus's annotators marked as cues of reported or mixed speech at least a few times; see
 * docs/decisions/010-polnear-speech-frames.md). Only the words are taken, no article text.
 */
export const FRAME_CUE_LEMMAS: ReadonlySet<string> = new Set(
  `say tell ask suggest note report argue add announce write claim promise acknowledge insist
explain warn urge declare reveal vow respond tweet state pledge predict mention indicate recall
conclude admit complain allege deny assure assert confirm comment emphasize concede reiterate
estimate remark stress lament answer caution disclose joke repeat maintain contend post counter
proclaim reply inform testify observe boast charge point`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Lemmas whose content may be an infinitive ("vowed to block the bill"), read by
 * src/infinitive-promises.ts. PolNeAR counts these as speech; "promise" is left out because the
 * desk's own fixtures treat "promised to end street homelessness" as no statement, and
 * directives ("urged parents to check …") stay out for the same reason (docs/decisions/025).
 */
export const INFINITIVE_CUE_LEMMAS: ReadonlySet<string> = new Set<string>(["vow", "pledge"]);

/** Lemmas whose content may be an indirect question: "asked whether he would …". */
export const QUESTION_CUE_LEMMAS: ReadonlySet<string> = new Set(["ask", "wonder", "question"]);

/**
 * Verbs that report speech only with quoted words in their complement ("called Machado
 * “disgusting”", "condemned the test as “provocative”"): mixed speech, never bare reported.
 */
export const MIXED_ONLY_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const lemmas: Record<string, string> = {
    call: "called calls calling",
    describe: "described describes describing",
    cite: "cited cites citing",
    condemn: "condemned condemns condemning",
    criticize: "criticized criticizes criticizing criticised",
    accuse: "accused accuses accusing",
    label: "labeled labels labeling labelled",
    dub: "dubbed dubs",
    praise: "praised praises praising",
    blast: "blasted blasts blasting",
    slam: "slammed slams slamming",
    demand: "demanded demands demanding",
    dismiss: "dismissed dismisses dismissing",
    defend: "defended defends defending",
    tout: "touted touts touting",
    encourage: "encouraged encourages encouraging",
    mock: "mocked mocks mocking",
    attack: "attacked attacks attacking",
    brand: "branded brands branding",
    rate: "rated rates",
    rule: "ruled rules",
    hail: "hailed hails",
    liken: "likened likens",
    // Added after decision 025 (x15r), from PolNeAR train mixed misses.
    pronounce: "pronounced pronounces",
    blame: "blamed blames blaming",
    denounce: "denounced denounces denouncing",
    decry: "decried decries decrying",
    deride: "derided derides deriding",
    refer: "referring",
  };
  for (const [lemma, forms] of Object.entries(lemmas))
    for (const f of forms.split(" ")) m.set(f, lemma);
  return m;
})();
