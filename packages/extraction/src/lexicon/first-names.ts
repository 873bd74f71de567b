/**
 * Small built-in gazetteer of given names with a grammatical-gender hint.
 * Used to recognise person names and to resolve "he"/"she". Not exhaustive on purpose;
 * unknown names are still recognised from titles, roles and speech-verb positions.
 */
const MALE = `aaron abdul adam adrian ahmed ahmad alan albert alejandro alex alexander alexei alfred ali
amir andre andrew andrés angel anthony antonio arjun armando arnold arthur ashok barack ben benjamin
benny bernard bernie bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos
charles charlie chris christian christopher chuck clarence colin connor craig dale dan daniel danny darius
dave david dean dennis derek diego dmitry dominic don donald doug douglas duncan dustin dwight earl ed eddie
edward elijah elon emmanuel eric ernest esteban ethan eugene evan felix fernando francis francisco frank
franklin fred frederick gabriel gary gavin george gerald gilbert glenn gordon graham greg gregory guillermo
gustavo hakeem hamza hank harold harry hassan hector henry herbert howard hugh hugo hunter ian ibrahim igor
isaac ivan jack jacob jaime jake james jamal jared jason javier jay jeff jeffrey jeremy jerome jerry jesse
jim jimmy joe joel john johnny jon jonathan jorge jose josé joseph josh joshua juan julian justin kamal karl
keir keith ken kenneth kevin khalid kyle lance larry lawrence lee leo leon leonard liam lloyd logan lorenzo
louis lucas luis luke malik marco marcus mario mark martin mason matt matthew max michael miguel mike
mitch mitchell mohamed mohammed muhammad nathan neil nicholas nick nigel noah olaf oliver omar oscar owen
pablo patrick paul pedro pete peter phil philip pierre rafael rahul rajesh ralph ramon randy raul ray
raymond ricardo richard rick rishi rob robert roberto rodrigo roger roman ron ronald ross roy rudy russell
ryan sam samuel scott sean sebastian sergei sergey seth shawn simon stanley stephen steve steven stuart
tariq ted terry thomas tim timothy toby todd tom tommy tony travis trevor tyler victor vikram vincent
vladimir volodymyr walter warren wayne wesley will william xavier yusuf zach zachary emmanuel olaf jens
mateo tobias marcus hiroshi kenji takeshi wei jun chen rami yuri anton viktor mikhail pavel andrzej lars
sven jan piet hans klaus jürgen wolfgang friedrich francois françois jacques jean-luc luc antoine
reince newt rand jeb corey mitt beto cory rahm orrin trey devin jerrold joaquin rex dick tucker rush
lester wolf anderson barron beau lincoln nate reid elliot marty rod tad roland rodney curtis dwayne
`;

const FEMALE = `abigail ada adriana aisha alexandra alice alicia alison allison amanda amber amelia amy ana
andrea angela angelina anita ann anna anne annie antonia april ashley audrey barbara beatriz becky bella
beth betty beverly bianca brenda brianna bridget brittany camila carla carmen carol caroline carolyn
catherine cathy charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen
courtney crystal cynthia daisy dana daniela danielle deborah debra denise diana diane dolores donna dora
doris dorothy eleanor elena elisa elizabeth ella ellen emily emma erica erin esther eva evelyn fatima
fiona frances gabriela gabrielle gail gina giorgia gloria grace greta hannah harriet hayley heather helen
hillary holly ines ingrid irene isabel isabella jacqueline jane janet janice jasmine jean jennifer jenny
jessica jill joan joanna jocelyn josephine joyce judith judy julia julie june karen kamala kate katherine
kathleen kathryn kathy katie kayla kelly kim kimberly kristen kristi kristin laura lauren leah leila
lily linda lisa liz lori louise lucia lucy lydia lynn madeleine madison maggie mallory marcia margaret
maria marie marilyn marina marisol marjorie martha mary maya megan melania melanie melissa mia michelle
lena mila miranda molly monica nadia nancy naomi natalie natasha nicole nikki nina nora olivia pamela patricia
paula pauline penny phyllis priya rachel rebecca regina rita rosa rose ruth sabrina sally samantha sandra
sara sarah sharon shirley sofia sonia sophia sophie stacey stephanie susan suzanne sylvia tamara tanya
teresa theresa tiffany tina tracy ursula valerie vanessa vera veronica victoria virginia wendy yolanda
yvonne zoe ayesha priyanka meera anjali sunita keiko yuki mei ling ngozi amara chiamaka fatou aminata
ingrid astrid sigrid annalena angela marine ségolène elisabeth giulia francesca chiara
heidi kellyanne huma sheryl debbie elaine gennifer tulsi kirsten loretta condoleezza carly ivanka ivana
marla megyn rosie mika gwen maxine tammy patty dianne shelley jeanne joni marsha ayanna ilhan kyrsten
stacey zephyr hope katrina jodi huma ava oprah beyoncé serena venus tina karen alexandria
`;

function toSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

export const MALE_NAMES: ReadonlySet<string> = toSet(MALE);
export const FEMALE_NAMES: ReadonlySet<string> = toSet(FEMALE);

export function genderOfFirstName(name: string): "m" | "f" | null {
  const lower = name.toLowerCase();
  const m = MALE_NAMES.has(lower);
  const f = FEMALE_NAMES.has(lower);
  if (m && !f) return "m";
  if (f && !m) return "f";
  return null;
}

export function isKnownFirstName(name: string): boolean {
  const lower = name.toLowerCase();
  return MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower);
}
