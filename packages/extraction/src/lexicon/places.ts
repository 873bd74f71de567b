/** Small gazetteer of places (countries, regions, major cities, US states). Lowercase keys. */
const PLACES = `afghanistan africa alabama alaska albania algeria america americas amsterdam angola antarctica
argentina arizona arkansas armenia asia athens atlanta australia austria azerbaijan baghdad bahrain
baltimore bangkok bangladesh barcelona beijing beirut belarus belgium berlin bolivia bosnia boston brazil
brisbane britain brussels bucharest budapest buenos aires bulgaria cairo california cambodia cameroon
canada cape town caracas chicago chile china colombia colorado congo connecticut copenhagen crimea
croatia cuba cyprus czechia damascus dallas delaware delhi denmark denver detroit doha donbas donetsk
dubai dublin ecuador edinburgh egypt england estonia ethiopia europe finland florida france gaza geneva
georgia germany ghana glasgow greece greenland guatemala haiti hamburg havana hawaii helsinki honduras
hong kong houston hungary iceland idaho illinois india indiana indonesia iowa iran iraq ireland israel
istanbul italy jakarta jamaica japan jerusalem jordan kabul kansas kazakhstan kentucky kenya kharkiv
kherson kyiv kiev kosovo kuwait lagos latvia lebanon libya lisbon lithuania london los angeles louisiana
luhansk luxembourg lyon madrid maine malaysia mali manchester manila maryland massachusetts melbourne
mexico miami michigan milan minnesota minsk mississippi missouri moldova monaco mongolia montana montenegro
montreal morocco moscow mumbai munich myanmar nairobi nebraska nepal netherlands nevada new delhi new
hampshire new jersey new mexico new orleans new york new zealand nicaragua niger nigeria north korea
north carolina north dakota norway odesa odessa ohio oklahoma oman ontario oregon oslo ottawa pakistan
palestine panama paraguay paris pennsylvania persia peru philadelphia philippines phoenix poland portugal
prague puerto rico qatar quebec rhode island riyadh romania rome russia rwanda san francisco san diego
santiago sao paulo saudi arabia scotland seattle senegal seoul serbia shanghai singapore slovakia
slovenia somalia south africa south korea south carolina south dakota spain sri lanka stockholm sudan
sweden switzerland sydney syria taipei taiwan tehran tennessee texas thailand the hague tokyo toronto
tunisia turkey uganda ukraine united kingdom united states uk us u.s. u.k. usa uruguay utah uzbekistan
vancouver venezuela vermont vienna vietnam virginia wales warsaw washington west virginia wisconsin
wyoming yemen zagreb zambia zimbabwe middle east black sea gulf europe asia-pacific latin america
brooklyn manhattan queens the bronx silicon valley kent yorkshire cornwall devon essex bristol leeds
liverpool birmingham cardiff belfast oxford cambridge sheffield newcastle nottingham leicester
`;

const MULTI = new Set<string>();
const SINGLE = new Set<string>();
// Multi-word entries are written with single spaces; rebuild them from the word stream.
const KNOWN_MULTI = [
  "buenos aires",
  "cape town",
  "hong kong",
  "los angeles",
  "new delhi",
  "new hampshire",
  "new jersey",
  "new mexico",
  "new orleans",
  "new york",
  "new zealand",
  "north korea",
  "north carolina",
  "north dakota",
  "puerto rico",
  "rhode island",
  "san francisco",
  "san diego",
  "sao paulo",
  "saudi arabia",
  "south africa",
  "south korea",
  "south carolina",
  "south dakota",
  "sri lanka",
  "the hague",
  "united kingdom",
  "united states",
  "west virginia",
  "middle east",
  "black sea",
  "latin america",
  "the bronx",
  "silicon valley",
  "new york city",
  "united arab emirates",
  "gaza strip",
  "west bank",
];
for (const m of KNOWN_MULTI) MULTI.add(m);
/**
 * US state abbreviations of news datelines and party tags ("Beaumont, Tex.", "Nashua, N.H."), the
 * ones that are not also English words or names (no Ill., Ind., La., Mass., Miss., Mo., Pa.).
 * Added after PolNeAR train showed "N.H." read as a person (issue 15).
 */
const STATE_ABBREVIATIONS = `ala ariz ark calif colo conn fla ga kan ky md mich minn neb nev okla tenn
tex vt wis wyo n.h. n.y. n.j. n.c. n.d. n.m. s.c. s.d. r.i. w.va. d.c.`;
for (const w of STATE_ABBREVIATIONS.split(/\s+/)) if (w) SINGLE.add(w);
for (const w of PLACES.split(/\s+/)) if (w) SINGLE.add(w);
// Words that only make sense as part of a multi-word place.
for (const w of [
  "new",
  "north",
  "south",
  "west",
  "san",
  "los",
  "cape",
  "the",
  "sao",
  "sri",
  "saudi",
])
  SINGLE.delete(w);

/** "Midway Atoll", "Pacific Ocean", "Long Island": a name ending in a geographic head word. */
const GEO_HEAD =
  /\s(atoll|island|islands|bay|reef|river|lake|valley|mountains|peninsula|sea|ocean|gulf|strait|canyon|desert)$/;

export function isPlace(name: string): boolean {
  const lower = name.toLowerCase();
  return SINGLE.has(lower) || MULTI.has(lower) || GEO_HEAD.test(lower);
}

/** Nationality adjectives: capitalised but not names; they can start a role ("Russian President"). */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `afghan african albanian algerian american argentine argentinian armenian asian australian austrian
belarusian belgian bolivian brazilian british bulgarian canadian chilean chinese colombian croatian cuban
czech danish dutch egyptian emirati english estonian ethiopian european filipino finnish french georgian
german ghanaian greek haitian hungarian icelandic indian indonesian iranian iraqi irish israeli italian
jamaican japanese jordanian kenyan korean kuwaiti latvian lebanese libyan lithuanian malaysian mexican
moldovan moroccan nigerian norwegian pakistani palestinian peruvian polish portuguese qatari romanian
russian rwandan saudi scottish serbian singaporean slovak somali spanish sudanese swedish swiss syrian
taiwanese thai turkish ugandan ukrainian venezuelan vietnamese welsh yemeni western eastern northern
southern federal state national local democratic republican conservative labour liberal
`
    .split(/\s+/)
    .filter(Boolean),
);
