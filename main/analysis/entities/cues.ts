/**
 * Cue words: the short, closed lists that tell what kind of name follows or contains them.
 * (Names themselves come from packages, see lexicon.ts.)
 */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised titles written before a person's name; stripped from the canonical name. */
export const TITLE_WORDS = words(`
  president vice prime minister secretary chancellor senator sen sen. representative rep rep. congressman congresswoman
  governor gov gov. mayor judge justice presiding general gen gen. admiral colonel col col. lieutenant lt lt. major captain capt capt.
  commander sergeant king queen prince princess pope cardinal bishop archbishop rev rev. reverend sheikh emir sultan
  mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady chairman chairwoman chair director ceo cfo coo cto
  chief executive officer spokesman spokeswoman spokesperson ambassador envoy leader speaker deputy assistant foreign
  defence defense interior finance treasury trade state commissioner attorney premier founder co-founder cofounder
  inspector superintendent detective coach analyst editor head manager c.e.o.
  councillor councilor alderman alderwoman corporator mp mep msp mla td
  justices judges senators atty atty. cllr cllr. maj maj. brig brig. adm adm. cmdr cmdr. sgt sgt. supt supt. insp insp.
`);

/** Title words that are also organisation heads when they end a name ("U.S. Treasury", "State Department"). */
export const TITLE_ALSO_ORG = words('treasury');

/**
 * Words that, inside a capitalised name, make it an organisation, beyond compromise's list of organisation nouns
 * (lexicon.ts joins both): legal forms of companies, bodies of state, media, the sector words companies are named
 * by ("X Motors", "X Aircraft", "X Computer"), and the seats of power that stand for a government ("the Kremlin").
 */
export const ORG_HEADS = words(`
  inc inc. corp corp. corporation co co. company companies ltd ltd. limited plc llc llp lp n.v. nv b.v. bv ag sa s.a. gmbh
  asa oyj pty pvt bhd sdn tbk srl s.r.l. sarl ltda lda group holdings
  airlines airline airways aerospace motors systems technologies technology electronics industries communications ventures
  networks software pharmaceuticals energy petroleum bank banks capital partners securities investments fund reserve
  exchange ministry department agency administration bureau office commission committee council authority board service chamber
  services force forces army navy guard police court tribunal parliament congress senate assembly government party
  cabinet alliance university college school institute academy laboratory laboratories labs foundation association
  society federation organization organisation league club conference forum journal times post news press herald
  tribune telegraph gazette magazine network broadcasting radio television tv media publishing records studios pictures
  entertainment treasury pentagon kremlin research museum hospital church corps aviation aircraft computer
  legislature ledger courier chronicle examiner inquirer dispatch sentinel
`);

/** Words that, ending a capitalised name, make it a place. */
export const PLACE_HEADS = words(`
  airport airfield station square river lake mountains mountain ocean sea bay gulf island islands peninsula province county oval
  district valley strait canal desert coast harbor harbour port city town village region state center centre theater theatre
  arena stadium park street avenue factory plant headquarters road highway expressway motorway freeway boulevard bridge
  building hall ground grounds gardens tower plaza mall cathedral temple mosque palace castle terminal pier dam ridge hills
  basin junction reservoir glacier plateau forest reef cape beach creek canyon falls heights gate jail prison quarter meadow meadows moor heath marsh
  fort bazaar field barrage lane crescent
  vihar nagar bagh chowk enclave ganj
`);

/** Words that end the name of an event ("the Olympic Games", "the World Cup"): not a person, organisation or place. */
export const EVENT_HEADS = words('games olympics olympiad cup championship championships tournament festival expo exhibition show summit marathon prix conference convention');

/** Lower-case nouns of kinds of product: an unknown name right before one names a product ("the Zephyr laptops"). */
export const PRODUCT_NOUNS = words(`
  processor processors chip chips laptop laptops notebook notebooks computer computers desktop desktops tablet tablets
  phone phones smartphone smartphones handset handsets software browser app apps console consoles camera cameras
  player players device devices aircraft jet jets jetliner jetliners airliner airliners plane planes fighter fighters
  helicopter helicopters engine engines car cars truck trucks model models series version versions platform operating
  drug drugs vaccine vaccines rifle rifles missile missiles
`);

/** Lower-case nouns written just before an organisation's name ("shoe maker Brandt", "the carrier Air Malaya"). */
export const ORG_NOUNS = words(`
  airline airlines carrier company firm maker manufacturer group magazine newspaper paper daily bank agency retailer
  giant rival subsidiary parent startup conglomerate network broadcaster website site studio label publisher developer
  operator supplier contractor consortium organisation organization union team club chain brand insurer lender regulator
  watchdog ministry
`);

/** Lower-case nouns written just before (or in apposition after) a person's name. */
export const PERSON_ROLES = words(`
  spokesman spokeswoman spokesperson analyst executive chief ceo cfo coo cto director president chairman chairwoman
  minister secretary official officer leader founder co-founder head chair manager editor correspondent reporter professor
  senator representative governor judge ambassador envoy lawyer attorney economist expert specialist researcher scientist
  engineer designer consultant adviser advisor aide colleague member counterpart deputy commander general chancellor
  premier mayor king queen prince pope strategist lobbyist fellow writer author journalist columnist blogger critic
  commentator pilot passenger witness victim activist candidate nominee boss owner investor trader banker entrepreneur
  actor actress singer player coach father mother son daughter wife husband brother sister
  councillor councilor councilman councilwoman alderman lawmaker legislator mp mla mep td regent sheriff chairperson
  treasurer prosecutor defendant plaintiff suspect resident student nurse headteacher principal imam miner shopkeeper
  vendor homeowner volunteer campaigner organiser organizer novelist referee striker midfielder defender winger skipper
  opener bowler batsman wicketkeeper runner cyclist swimmer boxer jockey trainer
`);

/** Small words that may join capitalised words inside one name. */
export const NAME_PARTICLES = words('de der den van von al bin da del di du le la dos das ibn');

/** Verbs of speech that attribute a statement. */
export const SPEECH_VERBS = words(`
  said says say told tells tell added adds stated states explained explains noted notes wrote writes commented comments
  remarked claimed claims argued argues insisted insists warned warns announced announces declared declares asked asks
  replied replies responded responds reported reports continued concluded recalled acknowledged admitted emphasized
  emphasised stressed suggested suggests saying described describes called calls confirmed confirms denied denies
  observed predicted tweeted posted
`);

/** Company-form suffixes that end an organisation's name ("Acme Inc." in "Acme Inc. Jane Roe"). */
export const CORPORATE_SUFFIXES = words('inc. inc corp. corp ltd. ltd plc llc llp n.v. b.v. gmbh ag asa oyj pty pvt bhd tbk srl s.r.l. sarl ltda');

/** Capitalised calendar words: never names. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter thanksgiving halloween
  ramadan hanukkah passover diwali
`);

/**
 * Lower-case words after a name that make it a place ("Gatwick airport", "the Harbourside center"); the last line,
 * the body, officer and people only a place has ("the Wexham council", "the Dornby mayor", "Mirel residents"), a
 * party's adjective before them being guarded in index.ts. Not "councillors": parties have them as much as towns
 * ("Lib Dem councillors").
 */
export const LOWER_PLACE_HEADS = words(`
  airport airfield river lake island islands mountains ocean sea bay province county district valley center centre square
  city cities town towns village villages region parish suburb municipality port crossing volcano basin market
  stadium estate ward wards shire shires township townships constituency neighbourhood neighborhood suburbs building campus
  districts counties provinces regions municipalities parishes
  mine mines shaft quarry smelter refinery barrage dam weir floodplain
  coast coastline peninsula plateau delta archipelago highlands plains desert
  council councils mayor residents villagers townspeople
`);

/**
 * Initialisms of common nouns ("AI", "GP", "A&E", "GDP"): capitalised like the acronym of a body, but no name.
 * (Role initialisms, "MP", "CEO", are read from PERSON_ROLES and TITLE_WORDS.)
 */
export const COMMON_INITIALISMS = words(`
  ai gp gps a&e icu er gdp gnp cpi ipo tv pc dna rna hiv aids mri ivf atm pin vat gst it hr pr vr ar ev evs suv suvs
  led lng lpg cctv id ngo ngos faq diy ceo cfo coo cto vip q&a r&d m&a
`);

/**
 * Seats of power that news uses for the government inside them ("Downing Street said", "the Kremlin denied"): an
 * organisation, unless a preposition of place puts someone at the building.
 */
export const SEATS_OF_POWER = new Set(['white house', 'downing street', 'kremlin', 'elysée', 'elysee', 'élysée palace', 'elysee palace', 'whitehall', 'pentagon', 'zhongnanhai', 'blue house']);

/**
 * Last words of football and other club names formed on a town's name ("Ashford City", "Tarvo United", "Orrin
 * Wanderers"): a club in a report of a match, not the town.
 */
export const CLUB_SUFFIXES = words('city town united county rovers rangers athletic wanderers albion villa wednesday hotspur');

/**
 * Words of match reports: a text with several of them is about sport, and a town's name there may be its team
 * ("Ashford beat Tarvo").
 */
export const SPORTS_WORDS = words(`
  goal goals striker midfielder defender goalkeeper referee penalty half-time hat-trick play-off play-offs semi-final
  quarter-final innings wicket wickets batsman bowler bowled century overs rebounds assists three-pointer touchdown
  quarterback inning homer pitcher fixture kick-off equaliser equalizer scored winger skipper
  spinner seamer all-rounder batter
`);

/** Verbs and nouns of a match after a team's name ("Ashford won", "Tarvo drew", "Ashford captain ..."). */
export const TEAM_VERBS = words(`
  beat beats won win wins lost lose loses led lead leads trailed trail drew draw draws rallied equalised equalized
  edged thrashed routed defeated hosted host hosts face faces play plays chased captain coach manager boss skipper
  striker goalkeeper midfielder defender players squad side fans supporters
  are were
`);

/**
 * The abbreviations of US states and Canadian provinces that news style books (AP) write after a town ("Van Nuys,
 * Calif.", "Halden, Ont."), with the place each names.
 */
export const REGION_ABBREVIATIONS = new Map<string, string>([
  ['ala', 'Alabama'], ['ariz', 'Arizona'], ['ark', 'Arkansas'], ['calif', 'California'], ['colo', 'Colorado'], ['conn', 'Connecticut'],
  ['del', 'Delaware'], ['fla', 'Florida'], ['ga', 'Georgia'], ['ill', 'Illinois'], ['ind', 'Indiana'], ['kan', 'Kansas'], ['kans', 'Kansas'],
  ['ky', 'Kentucky'], ['la', 'Louisiana'], ['md', 'Maryland'], ['mass', 'Massachusetts'], ['mich', 'Michigan'], ['minn', 'Minnesota'],
  ['miss', 'Mississippi'], ['mo', 'Missouri'], ['mont', 'Montana'], ['neb', 'Nebraska'], ['nev', 'Nevada'], ['n.h', 'New Hampshire'],
  ['n.j', 'New Jersey'], ['n.m', 'New Mexico'], ['n.y', 'New York'], ['n.c', 'North Carolina'], ['n.d', 'North Dakota'], ['okla', 'Oklahoma'],
  ['ore', 'Oregon'], ['pa', 'Pennsylvania'], ['r.i', 'Rhode Island'], ['s.c', 'South Carolina'], ['s.d', 'South Dakota'],
  ['vt', 'Vermont'], ['va', 'Virginia'], ['wash', 'Washington'], ['w.va', 'West Virginia'], ['wis', 'Wisconsin'], ['wyo', 'Wyoming'],
  ['ont', 'Ontario'], ['que', 'Quebec'], ['b.c', 'British Columbia'], ['alta', 'Alberta'], ['man', 'Manitoba'], ['sask', 'Saskatchewan'],
  ['n.s', 'Nova Scotia'], ['n.b', 'New Brunswick'], ['nfld', 'Newfoundland'], ['p.e.i', 'Prince Edward Island'],
]);

/**
 * Nouns of a trade or a part, by their English endings ("hydrologist", "statistician", "playmaker", "goalkeeper"):
 * rarer ones than the lexicon lists still act as a title when they open a sentence before a name.
 */
export const AGENT_NOUN = /^\p{Ll}{3,}(?:ologist|ographer|ician|ist|maker|keeper)$/u;
