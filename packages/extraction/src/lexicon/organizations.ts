/** Heads that make a capitalised phrase an organisation ("Ministry of Health", "Acme Corp."). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  `ministry department university inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh party
committee council agency commission association institute institution foundation bank group company
police army navy court parliament congress senate times post news network center centre hospital
school college board bureau office service services union league federation organization organisation
authority administration coalition alliance fund trust society club church airlines airways motors
technologies labs laboratories systems pharmaceuticals pharma industries holdings partners capital media
press journal tribune guardian herald telegraph gazette reuters campaign coalition assembly cabinet
government secretariat directorate force forces guard command ministry's agency's firm studio studios
university's clinic institute's caucus fbi cia nsa semiconductor semiconductors energy water foods
software insurance logistics solutions entertainment electric power steel mining telecom securities
ventures therapeutics biotech robotics automotive aerospace dynamics programme program agencies
supply supplies chemical chemicals retail stores brands airline bancorp`
    .split(/\s+/)
    .filter(Boolean),
);

/** Well-known organisations that carry no org head word. Lowercase. */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  "nato",
  "un",
  "u.n.",
  "eu",
  "e.u.",
  "who",
  "fbi",
  "cia",
  "nasa",
  "pentagon",
  "kremlin",
  "white house",
  "downing street",
  "congress",
  "senate",
  "google",
  "apple",
  "microsoft",
  "amazon",
  "meta",
  "facebook",
  "twitter",
  "tesla",
  "openai",
  "pfizer",
  "moderna",
  "reuters",
  "ap",
  "bbc",
  "cnn",
  "nbc",
  "cbs",
  "abc",
  "npr",
  "fox news",
  "imf",
  "world bank",
  "opec",
  "red cross",
  "unicef",
  "unesco",
  "interpol",
  "hamas",
  "hezbollah",
  "taliban",
  "nhs",
  "cdc",
  "fda",
  "epa",
  "sec",
  "irs",
  "gop",
  "ofcom",
  "amnesty international",
  "human rights watch",
  "greenpeace",
  "boeing",
  "airbus",
  "exxon",
  "shell",
  "bp",
  "walmart",
  "nvidia",
  "ibm",
  "intel",
  "samsung",
  "toyota",
  "volkswagen",
  "siemens",
  "gazprom",
  "eurostat",
  "oecd",
  "wto",
  "icc",
  "icj",
]);

/** Lowercase nouns that can stand for an organisation in "the ministry said". */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  `ministry department company firm agency government council commission committee university hospital
police union party campaign administration organization organisation group association institute
foundation bank court board office authority military army navy kremlin pentagon regulator watchdog
coalition charity network newspaper broadcaster airline manufacturer retailer startup school district
city county state team club`
    .split(/\s+/)
    .filter(Boolean),
);

/** Acronyms that are not organisations. */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set(
  `ai ceo cfo coo cto gdp mmr covid hiv aids dna rna nft ev evs tv pm am faq vat ipo etf cpi ppe icu er
rss url api pdf lng gps atm suv hr pr it ok id usb lgbt lgbtq mp mps mep ii iii iv vs ad bc sat act pdt
est pst gmt utc`
    .split(/\s+/)
    .filter(Boolean),
);
