/**
 * Frequent English words that appear capitalised at the start of a sentence but are not names.
 * Also used as a crude "is this English?" signal and as the stopword list for fingerprints.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although always am among an and another any are around
as at be because been before being below between both but by can could did do does doing down during
each either else even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like many may me might more most
much must my myself neither never no nor not now of off often on once only or other our ours ourselves
out over own per perhaps quite rather same several shall she should since so some still such than that
the their theirs them themselves then there these they this those though through thus to too toward
towards under until up upon us very via was we were what whatever when where whether which while who
whom whose why will with within without would yet you your yours yourself yourselves`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that commonly open a sentence and are never names on their own. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  `according additionally after afterward afterwards again ahead all also although amid among an and
another anyway as asked at back based because before besides both but by citing despite during each
earlier either elsewhere even eventually every everyone finally first following for from further
furthermore given hence here however if in including indeed instead it its just last lastly later
like likewise many meanwhile moreover most much nevertheless next no nonetheless not nothing now of on
once one only or other others overall perhaps previously rather recently regardless responding second
separately similarly since so some someone sometimes soon speaking still such that the their then there
thereafter therefore these they this those though thus today together tomorrow too under unlike until
upon we what when whenever where whereas whether which while who why with within without yesterday yet
you critics supporters officials experts analysts residents asked notably specifically ultimately
initially currently historically fortunately unfortunately interestingly importantly clearly obviously
certainly surely sadly nobody everybody somebody anybody anyone`
    .split(/\s+/)
    .filter(Boolean),
);

/** Sentence-opening words that look like names but are not ("Reacting", "Hastily", "Six"). */
export const NOT_A_NAME =
  /^(\p{Lu}\p{Ll}+(ly|ing|ed)|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/u;

export const MONTHS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december jan jan. feb
feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`
    .split(/\s+/)
    .filter(Boolean),
);

export const WEEKDAYS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/).filter(Boolean),
);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
  ["hundred", 100],
  ["thousand", 1000],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["dozen", 12],
  ["half", 0.5],
  ["twice", 2],
  ["double", 2],
  ["triple", 3],
]);

/** Abbreviations whose trailing period never ends a sentence (titles, initials-like forms). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof sr jr st gen gov sen rep lt col capt sgt adm rev hon pres mt ft no vs v e.g i.e cf
approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec messrs mme mlle`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviations that may also end a sentence ("… in the U.S. The next day …"). */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `u.s u.k u.n e.u inc corp co ltd etc a.m p.m d.c l.a n.y ph.d llc plc bros al`
    .split(/\s+/)
    .filter(Boolean),
);
