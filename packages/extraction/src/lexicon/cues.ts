/**
 * Reporting-verb lemmas for the broad speech-frame pass (src/speech-frames.ts). The list was
 * grown from the cue words annotated in PolNeAR train (the lemmas of `SPEECH_VERBS` that the
 * corpus's annotators marked as cues of reported or mixed speech at least a few times; see
 * docs/decisions/008-polnear-speech-frames.md). Only the words are taken, no article text.
 */
export const FRAME_CUE_LEMMAS: ReadonlySet<string> = new Set(
  `say tell ask suggest note report argue add announce write claim promise acknowledge insist
explain warn urge declare reveal vow respond tweet state pledge predict mention indicate recall
conclude admit complain allege deny assure assert confirm comment emphasize concede reiterate
estimate remark stress lament answer caution disclose joke repeat maintain contend post counter
proclaim reply inform testify observe boast`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lemmas whose content may be an infinitive: "vowed to expand taxpayer funding". */
export const INFINITIVE_CUE_LEMMAS: ReadonlySet<string> = new Set(
  "promise vow pledge urge ask threaten warn tell".split(" "),
);

/** Lemmas whose content may be an indirect question: "asked whether he would …". */
export const QUESTION_CUE_LEMMAS: ReadonlySet<string> = new Set(["ask", "wonder", "question"]);
