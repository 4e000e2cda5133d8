/**
 * Titles, honorifics and role words for entity resolution, as plain data: which words make a
 * title before a name ("Kremlin adviser Yuri Ushakov"), which honorifics are dropped from a
 * name for matching ("Mr. Putin"), and which role words may describe the same office ("the
 * Russian leader" for a "Russian President"). Every word is lower case, as in `Token.norm`.
 */

/** The head word of a title: the office itself ("president", "adviser", "sen."). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'minister', 'secretary', 'secretary-general', 'senator', 'sen.', 'representative',
  'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'pope', 'emir', 'sheikh', 'sheik', 'sheikha', 'sultan', 'ayatollah', 'ambassador', 'envoy', 'negotiator', 'adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'general', 'gen.', 'admiral', 'adm.', 'commander',
  'colonel', 'col.', 'captain', 'capt.', 'lt.', 'sgt.', 'maj.', 'cmdr.', 'cpl.', 'pvt.', 'pfc.', 'spc.', 'det.', 'msgr.',
  'judge', 'justice', 'attorney', 'lawyer', 'leader', 'speaker',
  'candidate', 'nominee', 'official', 'officer', 'executive', 'ceo', 'founder', 'co-founder', 'head', 'analyst', 'professor',
  'prof.', 'dr.', 'strategist', 'pollster', 'deputy', 'commissioner', 'councilman', 'councilwoman', 'lawmaker', 'legislator',
  'diplomat', 'emissary', 'counsel', 'economist', 'treasurer', 'manager', 'editor', 'columnist', 'correspondent', 'reporter',
  'host', 'anchor', 'author', 'activist', 'organizer', 'staffer', 'son-in-law', 'daughter-in-law', 'father-in-law',
  'mother-in-law', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow', 'rabbi', 'cardinal',
  'archbishop', 'bishop', 'pastor', 'reverend', 'rev.', 'sheriff', 'prosecutor', 'businessman', 'businesswoman', 'billionaire',
  'rapper', 'singer', 'actor', 'actress', 'comedian', 'coach', 'president-elect', 'sec.', 'member', 'councilor', 'councillor',
  'alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'trustee', 'supervisor', 'mp', 'mep', 'msp', 'mla', 'mk',
  'director-general', 'attorney-general', 'solicitor-general', 'auditor-general', 'inspector-general', 'surgeon-general',
  'governor-general', 'vice-chancellor', 'vice-chair', 'vice-chairman',
  // Jobs and standings that news text writes before a name like a title: "Resident Tom Ashby",
  // "Shopkeeper Ana Lind". (Not those that are common surnames too: Dean, Major, Farmer, Driver.)
  'resident', 'guard', 'shopkeeper', 'superintendent', 'administrator', 'principal', 'inspector', 'detective', 'sergeant',
  'lieutenant', 'corporal', 'trooper', 'firefighter', 'paramedic', 'volunteer', 'selectman', 'selectwoman', 'comptroller',
  'auditor', 'registrar', 'magistrate', 'chaplain', 'imam', 'vicar', 'rector', 'engineer', 'scientist', 'researcher',
  'historian', 'planner', 'curator', 'librarian', 'homeowner', 'landlord', 'tenant', 'voter', 'shopper', 'protester',
  'rancher', 'fisherman', 'grower', 'teacher', 'student', 'owner', 'referee', 'umpire', 'intern', 'doctor',
  'forecaster', 'meteorologist', 'epidemiologist', 'virologist', 'physician', 'surgeon', 'pharmacist', 'geologist',
  'seismologist', 'hydrologist', 'biologist', 'psychologist', 'investigator',
  // Scholars of society and belief, written before a name as the sciences are: "Sociologist Ana
  // Lind", "the theologian Tom Reyes".
  'sociologist', 'anthropologist', 'criminologist', 'demographer', 'theologian', 'statistician', 'archaeologist',
  // Medical specialists and scientists of the earth and climate, as the sciences above: "Neurologist
  // Ana Lind", "Tom Reyes, a climatologist at the institute,".
  'neurologist', 'cardiologist', 'oncologist', 'radiologist', 'pathologist', 'immunologist', 'toxicologist',
  'pharmacologist', 'psychiatrist', 'pediatrician', 'paediatrician', 'neuroscientist', 'dermatologist', 'obstetrician',
  'anesthesiologist', 'climatologist', 'ecologist', 'oceanographer', 'volcanologist', 'glaciologist',
  // Those who broker talks or run relief: "Mediator Ana Lind", "the UN aid coordinator, Tom Reyes".
  'coordinator', 'mediator', 'arbitrator', 'conciliator', 'organiser', 'nurse', 'medic',
  // Trades and standings of those caught up in a blockade, a strike or a disaster: "Trucker Ana
  // Lind", "Rescuers said", "Pensioners complained". (Not "miner" or "baker", which are surnames too.)
  'rescuer', 'trucker', 'dockworker', 'pensioner', 'renter', 'commuter', 'autoworker', 'steelworker',
  // Local offices: "City Clerk Mary Fox", "Fire Marshal Tom Reyes", "County Coroner Ana Lind".
  'clerk', 'marshal', 'assessor', 'coroner', 'constable', 'ombudsman', 'recorder',
  // Playing positions, which sports copy writes before a name as a title: "Goalkeeper Liam Orr",
  // "quarterback Dan Pruitt". (Not "forward" or "center", which are other words as well.)
  'goalkeeper', 'goalie', 'goaltender', 'striker', 'midfielder', 'defender', 'winger', 'fullback', 'quarterback',
  'linebacker', 'cornerback', 'shortstop', 'outfielder', 'infielder', 'pitcher', 'skipper', 'playmaker',
  // Sports and events, written before a name in the same way: "the sprinter Kay Orr", "Cyclist Ana
  // Lind". (Not those that are common surnames too: Boxer, Runner, Fencer.)
  'athlete', 'sprinter', 'hurdler', 'marathoner', 'cyclist', 'swimmer', 'skier', 'snowboarder', 'gymnast', 'wrestler',
  'golfer', 'weightlifter', 'rower', 'jockey', 'racer',
  // Trades of film, music and books, written before a name as the others are: "the producer Kit
  // Olsen", "songwriter Ana Lind", "her publicist, Dana Morrow".
  'producer', 'screenwriter', 'filmmaker', 'showrunner', 'musician', 'songwriter', 'composer', 'novelist', 'playwright',
  'publicist', 'photographer', 'choreographer', 'presenter',
]);

/** Lower-case words that may stand before a title's head: "former President", "senior adviser". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'then', 'acting', 'interim', 'incoming', 'outgoing', 'foreign', 'defense', 'defence', 'state', 'national',
  'security', 'press', 'campaign', 'communications', 'policy', 'senior', 'top', 'special', 'presidential', 'vice', 'deputy',
  'assistant', 'chief', 'prime', 'majority', 'minority', 'attorney', 'opposition', 'ex', 'late', 'longtime', 'veteran',
  'fellow', 'military', 'economic', 'trade', 'finance', 'health', 'interior', 'energy', 'executive', 'general', 'first',
  'lead', 'key', 'close', 'political', 'legal', 'security', 'u.s.', 'us', 'house', 'senate', 'white', 'party', 'republican',
  'democratic', 'gop', 'federal', 'district', 'county', 'city', 'former', 'retired', 'exiled', 'jailed', 'embattled',
  'council', 'board', 'committee', 'cabinet', 'parliament', 'school',
]);

/**
 * Capitalised words after "of" inside a title: "Secretary of State Mike Pompeo", "Chief of
 * Staff John Kelly", "Minister of Foreign Affairs".
 */
export const TITLE_OF_TAILS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'staff', 'treasury', 'commerce', 'justice', 'energy', 'homeland', 'security', 'foreign',
  'affairs', 'labor', 'education', 'health', 'agriculture', 'interior', 'transportation', 'finance', 'the', 'police',
]);

/**
 * Honorifics that go before a name and are dropped from it for matching. `title` marks those
 * that are also a role ("Sen." is a senator; "Mr." is no office). `gender` is what they tell.
 */
export const HONORIFICS: ReadonlyMap<string, { readonly title: boolean; readonly gender?: 'male' | 'female' }> = new Map([
  ['mr.', { title: false, gender: 'male' }],
  ['mr', { title: false, gender: 'male' }],
  ['mrs.', { title: false, gender: 'female' }],
  ['mrs', { title: false, gender: 'female' }],
  ['ms.', { title: false, gender: 'female' }],
  ['ms', { title: false, gender: 'female' }],
  ['miss', { title: false, gender: 'female' }],
  ['mx.', { title: false }],
  ['sir', { title: false, gender: 'male' }],
  ['dame', { title: false, gender: 'female' }],
  ['sen.', { title: true }],
  ['gov.', { title: true }],
  ['rep.', { title: true }],
  ['dr.', { title: true }],
  // (British style writes these without a period: "Dr Miriam Okafor", "Prof Hannah Lind".)
  ['dr', { title: true }],
  ['prof.', { title: true }],
  ['prof', { title: true }],
  ['gen.', { title: true }],
  ['rev.', { title: true }],
  ['lt.', { title: true }],
  ['sgt.', { title: true }],
  ['capt.', { title: true }],
  ['col.', { title: true }],
  ['adm.', { title: true }],
  ['sec.', { title: true }],
  ['pres.', { title: true }],
  ['brig.', { title: true }],
  ['maj.', { title: true }],
  ['cmdr.', { title: true }],
  ['cpl.', { title: true }],
  ['pvt.', { title: true }],
  ['pfc.', { title: true }],
  ['spc.', { title: true }],
  ['det.', { title: true }],
  ['msgr.', { title: true }],
]);

/** Title words that tell the holder's gender: "spokeswoman", "congressman", "son-in-law". */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['congressman', 'male'], ['congresswoman', 'female'],
  ['chairwoman', 'female'], ['councilman', 'male'], ['councilwoman', 'female'],
  ['businessman', 'male'], ['businesswoman', 'female'], ['king', 'male'], ['queen', 'female'], ['prince', 'male'],
  ['princess', 'female'], ['sheikh', 'male'], ['sheik', 'male'], ['sheikha', 'female'], ['sultan', 'male'], ['son', 'male'], ['daughter', 'female'], ['wife', 'female'], ['husband', 'male'],
  ['brother', 'male'], ['sister', 'female'], ['father', 'male'], ['mother', 'female'], ['widow', 'female'],
  ['son-in-law', 'male'], ['daughter-in-law', 'female'], ['father-in-law', 'male'], ['mother-in-law', 'female'],
  // ("The actor Delia Crane": "actor" is written of women too; only "actress" tells. So is
  // "chairman": "The board's chairman, Ilse Marten, ... she said"; only "chairwoman" tells.)
  ['actress', 'female'],
]);

/**
 * Titles written short, with the word they stand for: "Gov. Ana Pike" holds the title "governor"
 * as much as "Governor Ana Pike" does.
 */
export const ABBREVIATED_TITLES: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'], ['sen.', 'senator'], ['rep.', 'representative'], ['gen.', 'general'], ['prof.', 'professor'],
  ['lt.', 'lieutenant'], ['sgt.', 'sergeant'], ['capt.', 'captain'], ['col.', 'colonel'], ['maj.', 'major'], ['cmdr.', 'commander'],
  ['adm.', 'admiral'], ['det.', 'detective'], ['supt.', 'superintendent'], ['rev.', 'reverend'], ['atty.', 'attorney'],
]);

/**
 * Role words that can name the same office, in groups. A description whose head is in a group
 * with a role's head ("the Russian leader" for "Russian President") matches that role, more
 * weakly than the same word would ("the Russian president").
 */
export const ROLE_SYNONYMS: readonly (readonly string[])[] = [
  ['president', 'leader', 'head of state', 'president-elect'],
  ['prime minister', 'premier', 'leader', 'head of government'],
  ['chancellor', 'leader'],
  ['king', 'queen', 'monarch', 'leader'],
  ['adviser', 'advisor', 'aide', 'counselor', 'counsellor'],
  ['envoy', 'negotiator', 'emissary', 'ambassador', 'diplomat', 'representative'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'mouthpiece'],
  ['senator', 'sen.', 'lawmaker', 'legislator'],
  ['mp', 'mep', 'msp', 'mla', 'mk', 'lawmaker', 'legislator'],
  ['congressman', 'congresswoman', 'rep.', 'representative', 'lawmaker', 'legislator'],
  ['governor', 'gov.'],
  ['minister', 'secretary'],
  ['foreign minister', 'secretary of state', 'top diplomat', 'diplomat'],
  ['general', 'gen.', 'commander'],
  // Companies: "the company" for a name given as "drugmaker Halvex".
  ['company', 'firm', 'drugmaker', 'automaker', 'carmaker', 'chipmaker', 'retailer', 'lender', 'insurer', 'airline', 'manufacturer', 'maker', 'startup', 'conglomerate', 'broadcaster', 'brokerage', 'utility', 'supplier', 'provider'],
  ['ceo', 'chief executive', 'executive', 'boss'],
  ['candidate', 'nominee', 'contender', 'hopeful'],
  ['professor', 'prof.', 'academic', 'scholar'],
  ['lawyer', 'attorney', 'counsel'],
  ['chairman', 'chairwoman', 'chair'],
  ['son-in-law', 'relative'],
];

/** Role words that a description ("the Russian leader") can be built on, besides the title heads. */
export const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS, 'monarch', 'boss', 'contender', 'hopeful', 'mouthpiece', 'academic', 'scholar', 'counselor', 'counsellor',
  'relative', 'diplomat',
  // Jobs that follow a name in an appositive more than they precede it: "Ana Lind, a senior
  // fellow at the Lindgren Institute", "a partner at Roux Feld". (Not "expert" or "specialist":
  // their "on" and "in" name a subject, not a body.)
  'fellow', 'lecturer', 'consultant', 'partner',
]);
