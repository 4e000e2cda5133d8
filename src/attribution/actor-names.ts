/**
 * Words that tell what kind of actor a name or description is, as plain data: news outlets
 * ("The New York Post", "Reuters"), governments and the places that stand for them ("Russia",
 * "the Kremlin", "the White House") and organizations ("the Democratic Party"). All lower case.
 */

/** Outlets known by a name of their own: "Reuters", "CNN", "Fox News". */
export const OUTLET_NAMES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'the associated press', 'associated press', 'afp', 'agence france-presse', 'cnn', 'fox news', 'fox',
  'msnbc', 'nbc', 'nbc news', 'abc', 'abc news', 'cbs', 'cbs news', 'npr', 'pbs', 'bbc', 'bloomberg', 'politico', 'axios',
  'the hill', 'buzzfeed', 'buzzfeed news', 'breitbart', 'breitbart news', 'vox', 'slate', 'salon', 'the atlantic',
  'the new yorker', 'newsweek', 'time', 'the economist', 'tass', 'ria novosti', 'interfax', 'rt', 'sputnik', 'al jazeera',
  'xinhua', 'cnbc', 'espn', 'univision', 'telemundo', 'huffpost', 'the huffington post', 'drudge report', 'the intercept',
  'propublica', 'the daily beast', 'mediaite', 'ukrinform', 'kyiv independent', 'meduza', 'kommersant', 'izvestia',
  'le monde', 'le figaro', 'le parisien', 'der spiegel', 'die zeit', 'bild', 'el pais', 'el país', 'el mundo', 'la repubblica',
  'corriere della sera', 'la stampa', 'haaretz', 'kyodo', 'kyodo news', 'yonhap', 'dpa', 'ansa', 'efe', 'nhk', 'ukrainska pravda',
  'novaya gazeta', 'usa today', 'democracy now',
]);

/**
 * Words before a name that say it is an outlet's: "the newspaper Le Figaro", "German weekly Die
 * Zeit", "the technology site Byteline", "the newsletter Tally".
 */
export const OUTLET_DESCRIPTORS: ReadonlySet<string> = new Set(['newspaper', 'daily', 'weekly', 'tabloid', 'broadsheet', 'magazine', 'website', 'journal', 'site', 'blog', 'newsletter', 'outlet']);

/** Last words that make a capitalised name an outlet: "The New York Post", "the Post", "The Wall Street Journal". */
export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'post', 'times', 'journal', 'tribune', 'herald', 'gazette', 'globe', 'chronicle', 'examiner', 'inquirer', 'telegraph',
  'guardian', 'observer', 'courier', 'register', 'sun', 'star', 'mirror', 'express', 'dispatch', 'bulletin', 'monitor',
  'standard', 'magazine', 'newspaper', 'pravda', 'free beacon', 'beacon', 'daily', 'ledger', 'sentinel', 'enquirer',
  'clarion', 'argus', 'bugle',
]);

/**
 * Names that stand for a government: countries, capitals used for their governments
 * ("Moscow said"), and seats of power.
 */
export const GOVERNMENT_NAMES: ReadonlySet<string> = new Set([
  'russia', 'ukraine', 'china', 'iran', 'israel', 'syria', 'turkey', 'germany', 'france', 'britain', 'united kingdom', 'uk',
  'u.k.', 'japan', 'india', 'pakistan', 'north korea', 'south korea', 'mexico', 'canada', 'cuba', 'venezuela', 'poland',
  'hungary', 'italy', 'spain', 'belarus', 'saudi arabia', 'egypt', 'iraq', 'afghanistan', 'qatar', 'taiwan', 'united states',
  'u.s.', 'us', 'usa', 'america', 'moscow', 'kyiv', 'kiev', 'washington', 'beijing', 'tehran', 'berlin', 'paris', 'london',
  'tokyo', 'ankara', 'jerusalem', 'damascus', 'pyongyang', 'seoul', 'brussels', 'warsaw', 'kremlin', 'the kremlin',
  'white house', 'the white house', 'pentagon', 'the pentagon', 'downing street', 'elysee', 'the elysee', 'state department',
  'the state department', 'european union', 'eu', 'the european union', 'european commission', 'nato', 'united nations',
  'the united nations', 'un', 'u.n.',
  // More states that news text names as actors ("Norway said", "Belarus rejected"). (Not those
  // that are also common given names, "Jordan", "Chad", "Georgia", which a person may be.)
  'norway', 'sweden', 'finland', 'denmark', 'iceland', 'estonia', 'latvia', 'lithuania', 'netherlands', 'the netherlands',
  'belgium', 'luxembourg', 'switzerland', 'austria', 'portugal', 'ireland', 'greece', 'cyprus', 'malta', 'czech republic',
  'czechia', 'slovakia', 'slovenia', 'croatia', 'serbia', 'bosnia', 'montenegro', 'albania', 'kosovo', 'north macedonia',
  'bulgaria', 'romania', 'moldova', 'armenia', 'azerbaijan', 'kazakhstan', 'uzbekistan', 'turkmenistan', 'kyrgyzstan',
  'tajikistan', 'mongolia', 'lebanon', 'kuwait', 'bahrain', 'oman', 'yemen', 'united arab emirates', 'uae', 'libya',
  'tunisia', 'algeria', 'morocco', 'sudan', 'south sudan', 'ethiopia', 'eritrea', 'somalia', 'kenya', 'uganda', 'tanzania',
  'rwanda', 'burundi', 'nigeria', 'ghana', 'senegal', 'mali', 'niger', 'burkina faso', 'cameroon', 'angola', 'zambia',
  'zimbabwe', 'mozambique', 'namibia', 'botswana', 'south africa', 'madagascar', 'bangladesh', 'sri lanka', 'nepal',
  'myanmar', 'thailand', 'vietnam', 'cambodia', 'laos', 'malaysia', 'singapore', 'indonesia', 'philippines',
  'the philippines', 'australia', 'new zealand', 'fiji', 'tuvalu', 'brazil', 'argentina', 'chile', 'peru', 'colombia',
  'ecuador', 'bolivia', 'paraguay', 'uruguay', 'nicaragua', 'honduras', 'guatemala', 'el salvador', 'costa rica',
  'panama', 'haiti', 'dominican republic',
  // The seat of the Catholic Church, a state of its own: "The Vatican declined to comment".
  'vatican', 'the vatican', 'holy see', 'the holy see',
]);

/** Head words of descriptions and names that are governments: "the administration", "the ministry". */
export const GOVERNMENT_HEADS: ReadonlySet<string> = new Set([
  'government', 'administration', 'ministry', 'kremlin', 'pentagon', 'cabinet', 'presidency', 'embassy', 'consulate',
  'authorities', 'regime', 'junta', 'state department', 'white house',
  // "The county decided", "Harris County said", "the city said": local governments; "the
  // district said", "Fenwick Unified School District": a school or water district is one too.
  'county', 'city', 'town', 'village', 'municipality', 'province', 'borough', 'district',
]);

/** Head words of organizations: "the Democratic Party", "the campaign", "Gallup Organization". */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'party', 'committee', 'department', 'council', 'commission', 'agency', 'institute', 'university', 'college', 'company',
  'corporation', 'corp.', 'inc.', 'co.', 'ltd.', 'llc', 'campaign', 'foundation', 'association', 'union', 'center', 'centre',
  'bank', 'court', 'senate', 'congress', 'house', 'fund', 'group', 'network', 'bureau', 'office', 'organization',
  'organisation', 'coalition', 'alliance', 'federation', 'confederation', 'board', 'service', 'police', 'army', 'navy', 'force', 'forces',
  'league', 'club', 'team', 'firm', 'society', 'movement', 'caucus', 'parliament', 'chamber',
  'assembly', 'legislature', 'tribunal', 'church', 'school', 'hospital', 'fbi', 'cia', 'nsa', 'gop', 'dnc', 'rnc',
  'cooperative', 'co-op', 'trust', 'authority', 'commission', 'institution', 'academy', 'lab', 'laboratory', 'network',
  // "Kestria's military said", "the monitoring mission said": bodies, not people.
  'military', 'mission',
  // "The defense says the email proves nothing", "the prosecution argued": the sides of a trial, each a legal team.
  'defense', 'defence', 'prosecution',
  // "The front said" (an armed or political front), "Management countered that ...": bodies too.
  'front', 'militia', 'management',
  // "The diocese said", "the Methodist synod voted": the bodies of a church.
  'diocese', 'archdiocese', 'parish', 'synod',
  // "The observatory said", "the museum said": institutions that speak through their staff.
  'observatory', 'museum', 'library',
]);

/**
 * Head words of descriptions that are things, not people: "the report said", "a new poll
 * shows". A speaking description with another singular head ("the harbor master") is a person.
 */
export const THING_HEADS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'poll', 'polls', 'polling', 'survey', 'statement', 'document', 'documents', 'letter', 'memo', 'data',
  'analysis', 'post', 'tweet', 'ad', 'advertisement', 'book', 'article', 'website', 'site', 'law', 'bill', 'plan',
  'proposal', 'filing', 'complaint', 'lawsuit', 'suit', 'ruling', 'order', 'release', 'video', 'email', 'message',
  'research', 'evidence', 'records', 'figures', 'numbers', 'estimate', 'estimates', 'forecast', 'model', 'index', 'chart',
  'review', 'audit', 'investigation', 'paper', 'editorial', 'headline', 'story', 'account', 'transcript', 'footage', 'minutes',
  'agreement', 'deal', 'draft', 'text', 'resolution', 'decision', 'verdict', 'budget', 'census', 'count', 'tally', 'map',
  'summary', 'schedule', 'average', 'calendar', 'timeline', 'memoir', 'biography', 'documentary', 'film', 'movie',
  'copy', 'copies', 'excerpt', 'excerpts', 'recording', 'recordings', 'sign', 'signs', 'banner', 'placard', 'poster', 'slogan', 'notice', 'caption', 'inscription', 'plaque', 'billboard',
  'flyer', 'leaflet', 'pamphlet', 'shirt', 't-shirt', 'note', 'readout', 'communique', 'communiqué', 'cable', 'dossier', 'petition',
  'manifesto', 'correspondence', 'results',
  // Pictures and clips: "a screenshot shows", "the clip appears to show".
  'screenshot', 'screenshots', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'clip', 'clips',
  // Court papers: "the indictment says", "according to the affidavit", "the majority opinion said", "the dissent warned".
  'indictment', 'affidavit', 'motion', 'warrant', 'subpoena', 'deposition', 'testimony', 'judgment', 'memorandum', 'treaty',
  'opinion', 'dissent', 'concurrence', 'brief',
  // Advice set down: "the guidance says", "the new guidelines recommend".
  'guidance', 'guideline', 'guidelines', 'recommendation', 'recommendations', 'advisory', 'policy', 'rules', 'regulation', 'regulations',
]);

/**
 * Head words of descriptions that are organizations, besides {@link ORGANIZATION_HEADS}: "the
 * airline said", "the software supplier". Common nouns that are also surnames ("Carrier",
 * "Brand") are only read so in lower case, which is why they are kept apart from the heads of names.
 */
export const ORGANIZATION_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'airline', 'carrier', 'insurer', 'supplier', 'utility', 'regulator', 'operator', 'manufacturer', 'maker', 'carmaker',
  'automaker', 'drugmaker', 'chipmaker', 'retailer', 'lender', 'brokerage', 'railway', 'railroad', 'watchdog',
  'startup', 'start-up', 'conglomerate', 'subsidiary', 'chain', 'brand', 'broadcaster', 'distributor', 'wholesaler',
  'shipyard', 'airport', 'charity', 'nonprofit', 'non-profit', 'ngo', 'consortium', 'syndicate', 'cartel', 'inspectorate',
  'secretariat', 'directorate', 'consultancy', 'clinic', 'business', 'outfit', 'label', 'coast guard',
  // "the think tank said": a body of researchers.
  'think tank',
  // "The messaging app Murmur said", "the streaming service Flick": a product that speaks is its maker.
  'app', 'service',
  // "Another platform, Chattr, said": an online service, as "app".
  'platform',
  // "cloud provider Lumo", "the internet provider said": a firm named by what it supplies.
  'provider',
  // "The studio said", "the publisher stood by the book": firms of film and books.
  'studio', 'publisher',
  'national guard', 'fire brigade',
  // "the opposition said", "the bloc said": parties and alliances of them; "a rebel faction
  // said": a part of one that acts on its own.
  'opposition', 'bloc', 'faction',
  // Bodies sent or gathered to act together: "Norway's delegation said", "the panel found".
  'delegation', 'panel', 'jury', 'task force', 'working group', 'negotiating team',
  // "The hospital system said", "the health system announced": hospitals run as one business (a
  // plain "system" is a thing: "the alert system failed").
  'hospital system', 'health system',
]);

/**
 * People known by their initials, written like an organization's acronym: "JFK", "AOC". Any
 * other one-word name in capitals ("WHO", "UNICEF") is an organization.
 */
export const PERSON_ACRONYMS: ReadonlySet<string> = new Set(['jfk', 'rfk', 'lbj', 'fdr', 'mlk', 'aoc']);

/** A company's legal form after its name: "Veltro GmbH", "Harwick plc", "Aeronix Systems Inc.". */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'l.l.c.', 'plc', 'ag', 'gmbh', 'sa', 's.a.', 'se', 'nv', 'n.v.',
  'bv', 'b.v.', 'spa', 's.p.a.', 'srl', 'sarl', 'ab', 'asa', 'oyj', 'pty', 'lp', 'llp', 'co', 'co.', 'kg', 'limited',
]);

/**
 * Last words that make a capitalised name an organization besides {@link ORGANIZATION_HEADS}: a
 * company's legal form ({@link COMPANY_FORMS}) or a word no person is named by ("Aeronix
 * Systems", "Baltic Ferry Lines").
 */
export const ORGANIZATION_NAME_ENDINGS: ReadonlySet<string> = new Set([
  ...COMPANY_FORMS, 'holdings', 'industries', 'airlines', 'airways', 'technologies', 'pharmaceuticals', 'systems',
  'solutions', 'ventures', 'enterprises', 'logistics', 'motors', 'telecom', 'ferries', 'lines', 'railways', 'partners',
  'labs', 'laboratories', 'therapeutics', 'biosciences', 'airline', 'insurance', 'bancorp', 'pac', 'foods', 'brands',
  'energy', 'media', 'capital', 'pharma', 'petroleum', 'oil', 'gas', 'electric', 'mining', 'resources', 'communications',
  'entertainment', 'studios', 'networks', 'robotics', 'semiconductor', 'semiconductors', 'chemicals', 'materials',
  'beverages', 'apparel', 'hotels', 'resorts', 'properties', 'realty', 'homes', 'stores', 'automotive', 'aerospace',
  'analytics', 'electronics', 'software', 'shipping', 'freight', 'farms', 'dairy', 'brewing', 'textiles', 'plastics',
  'utilities', 'air', 'rail', 'steel', 'health', 'healthcare', 'dynamics', 'aviation', 'engineering', 'manufacturing',
  'instruments', 'devices', 'engines', 'motorworks', 'shipyards', 'refineries',
  // Building trades: "Maple Ridge Contractors", "Harlow Builders", "Dunmore Construction".
  'contractors', 'builders', 'construction',
  // Religious charities: "Tarn Valley Ministries".
  'ministries',
  // Pollsters and consultancies: "Meridian Research", "Halvorsen Strategies", "Kemp Associates".
  'research', 'strategies', 'associates', 'consulting', 'consultants', 'advisors', 'advisers', 'insights',
  // Credit raters and finance houses: "Harlow Ratings", "Dunmore Securities", "Kestrel Investments".
  'ratings', 'securities', 'investments', 'financial', 'advisory',
  // Advocacy groups and charities: "Amnesty International", "Harbor Watch", "the Tarn Justice
  // Project".
  'international', 'watch', 'project',
  // Sports clubs: "Halden United", "Marlow Athletic", "Skerry Rovers", "Kelton FC".
  'united', 'athletic', 'rovers', 'wanderers', 'albion', 'fc', 'afc',
]);
