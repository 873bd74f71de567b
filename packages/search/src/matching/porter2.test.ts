import { describe, expect, it } from "vitest";
import { stemPorter2 } from "./porter2.ts";

/** Values of PostgreSQL 15 ts_lexize('english_stem', word), taken once with psql. */
const PG_STEMS: Record<string, string> = {
  news: "news",
  communism: "communism",
  communist: "communist",
  unemployed: "unemploy",
  unemployment: "unemploy",
  generous: "generous",
  generously: "generous",
  generate: "generat",
  generation: "generat",
  arsenal: "arsenal",
  communities: "communiti",
  community: "communiti",
  university: "univers",
  universal: "univers",
  organization: "organ",
  organic: "organ",
  emergency: "emerg",
  skies: "sky",
  dying: "die",
  lying: "lie",
  early: "earli",
  only: "",
  cries: "cri",
  ties: "tie",
  gas: "gas",
  this: "",
  kiwis: "kiwi",
  caresses: "caress",
  ponies: "poni",
  caress: "caress",
  cats: "cat",
  feed: "feed",
  agreed: "agre",
  plastered: "plaster",
  bled: "bled",
  motoring: "motor",
  sing: "sing",
  conflated: "conflat",
  troubled: "troubl",
  sized: "size",
  hopping: "hop",
  tanned: "tan",
  falling: "fall",
  hissing: "hiss",
  fizzed: "fizz",
  failing: "fail",
  filing: "file",
  happy: "happi",
  sky: "sky",
  relational: "relat",
  conditional: "condit",
  rational: "ration",
  valenci: "valenc",
  hesitanci: "hesit",
  digitizer: "digit",
  conformabli: "conform",
  radicalli: "radic",
  differentli: "differ",
  vileli: "vile",
  analogousli: "analog",
  vietnamization: "vietnam",
  predication: "predic",
  operator: "oper",
  feudalism: "feudal",
  decisiveness: "decis",
  hopefulness: "hope",
  callousness: "callous",
  formaliti: "formal",
  sensitiviti: "sensit",
  sensibiliti: "sensibl",
  triplicate: "triplic",
  formative: "format",
  formalize: "formal",
  electriciti: "electr",
  electrical: "electr",
  hopeful: "hope",
  goodness: "good",
  revival: "reviv",
  allowance: "allow",
  inference: "infer",
  airliner: "airlin",
  gyroscopic: "gyroscop",
  adjustable: "adjust",
  defensible: "defens",
  irritant: "irrit",
  replacement: "replac",
  adjustment: "adjust",
  dependent: "depend",
  adoption: "adopt",
  homologou: "homologou",
  activate: "activ",
  angulariti: "angular",
  homologous: "homolog",
  effective: "effect",
  bowdlerize: "bowdler",
  probate: "probat",
  rate: "rate",
  cease: "ceas",
  controll: "control",
  roll: "roll",
  taxes: "tax",
  jobs: "job",
  teachers: "teacher",
  stimulus: "stimulus",
  immigrants: "immigr",
  immigration: "immigr",
  illegal: "illeg",
  voted: "vote",
  voting: "vote",
  billion: "billion",
  millions: "million",
  percent: "percent",
  healthcare: "healthcar",
  insurance: "insur",
  premiums: "premium",
  deficit: "deficit",
  spending: "spend",
  unconstitutional: "unconstitut",
  obamacare: "obamacar",
  senators: "senat",
  congressional: "congression",
  elections: "elect",
};

describe("stemPorter2", () => {
  it("gives PostgreSQL's english stems word for word", () => {
    const words = Object.entries(PG_STEMS).filter(([, stem]) => stem !== ""); // "" = stop word
    expect(words.length).toBeGreaterThan(100);
    const wrong = words.filter(([word, stem]) => stemPorter2(word) !== stem);
    expect(wrong).toEqual([]);
  });

  it("agrees with PostgreSQL where the 1980 Porter stemmer does not", () => {
    for (const word of ["news", "communism", "unemployed", "generously"]) {
      expect(stemPorter2(word)).toBe(PG_STEMS[word]);
    }
    // what the 1980 Porter stemmer (the `stemmer` package the memory engine used) gives
    const porter1980: Record<string, string> = {
      news: "new",
      communism: "commun",
      unemployed: "unemploi",
    };
    for (const [word, old] of Object.entries(porter1980)) {
      expect(stemPorter2(word)).not.toBe(old);
    }
  });

  it("leaves short words and non-letters as they are", () => {
    expect(stemPorter2("us")).toBe("us");
    expect(stemPorter2("2019")).toBe("2019");
    expect(stemPorter2("")).toBe("");
  });
});
