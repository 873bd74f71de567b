/**
 * Title and role words that can precede a name ("Secretary of Defense Pete Hegseth",
 * "Dr. Maria Chen") or stand in for a person ("the senator said"). Lowercase.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `president vice prime minister secretary chancellor senator sen. sen representative rep. rep governor
gov. gov mayor judge justice general gen. gen admiral adm. colonel col. col lieutenant lt. lt sergeant
sgt. captain capt. commissioner director chairman chairwoman chairperson chair chief ceo cfo coo cto
spokesperson spokesman spokeswoman ambassador king queen prince princess pope bishop archbishop rev.
reverend father sister dr. dr doctor professor prof. prof mr. mr mrs. mrs ms. ms miss sir dame lord lady
attorney speaker leader deputy assistant inspector detective officer coach councilman councilwoman
councillor councilor mp mep superintendent sheriff premier president-elect secretary-general
commander marshal minister-president congressman congresswoman assemblyman assemblywoman delegate
treasurer comptroller auditor provost dean rabbi imam cardinal sheikh emir sultan chef founder
co-founder executive manager analyst economist researcher scientist epidemiologist lawyer
attorney-general solicitor barrister editor reporter correspondent chairman-elect head developer guard
forward striker quarterback pitcher goalkeeper midfielder defender engineer nurse teacher farmer author
writer artist actor actress singer designer architect pastor controller activist historian novelist
journalist photographer producer student physician surgeon pediatrician veteran trustee commander-in-chief`
    .split(/\s+/)
    .filter(Boolean),
);

/** Honorifics that carry gender. */
export const HONORIFIC_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ["mr", "m"],
  ["mr.", "m"],
  ["sir", "m"],
  ["lord", "m"],
  ["king", "m"],
  ["prince", "m"],
  ["father", "m"],
  ["mrs", "f"],
  ["mrs.", "f"],
  ["ms", "f"],
  ["ms.", "f"],
  ["miss", "f"],
  ["dame", "f"],
  ["lady", "f"],
  ["queen", "f"],
  ["princess", "f"],
  ["sister", "f"],
  ["spokeswoman", "f"],
  ["spokesman", "m"],
  ["chairwoman", "f"],
  ["congresswoman", "f"],
  ["congressman", "m"],
  ["councilwoman", "f"],
  ["councilman", "m"],
  ["assemblywoman", "f"],
  ["assemblyman", "m"],
]);

/** Honorifics only (no role content): dropped from speakerRole when a real role is known. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "miss",
  "sir",
  "dame",
  "lord",
  "lady",
]);

/** Words that may follow "of" inside a role ("Secretary of Defense", "Minister of Health"). */
export const ROLE_OBJECTS: ReadonlySet<string> = new Set(
  `defense defence state health homeland security education justice energy commerce labor labour
agriculture transportation transport treasury interior finance foreign affairs home staff police
communications culture environment housing veterans trade economy science technology operations public
the england france staff research medicine medicine`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase nouns that can refer back to a person ("the senator", "the Russian leader"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `president minister secretary chancellor senator representative governor mayor judge general admiral
colonel commissioner director chairman chairwoman chair chief executive spokesperson spokesman
spokeswoman ambassador king queen prince princess pope bishop doctor professor leader lawmaker
legislator official officer economist scientist researcher epidemiologist lawyer attorney analyst
candidate founder owner organiser organizer manager boss coach player activist author teacher nurse resident farmer
mother father woman man premier diplomat treasurer controller comptroller pediatrician developer envoy negotiator congressman congresswoman councillor
councilor sheriff superintendent prosecutor investigator inspector engineer physician surgeon
architect historian expert critic`
    .split(/\s+/)
    .filter(Boolean),
);
