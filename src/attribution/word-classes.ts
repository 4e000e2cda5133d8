/**
 * Closed classes of English words that the attribution rules lean on. Plain data: callers can
 * read them, tests pin them, and nothing here is a rule of its own.
 */

/** Determiners of an indefinite phrase, which introduces someone or something new: "a diplomat", "one official". */
export const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** Words that open a noun phrase (determiners, possessives, quantifiers). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'several',
  'most', 'other', 'another', 'both', 'all', 'each', 'every', 'no', 'few', 'any', 'much', 'more', 'such', 'one', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'numerous', 'certain',
]);

/** Past participles not in -ed that open a reduced relative before "by": "a draft seen by the agency". */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'written', 'given', 'taken', 'shown', 'drawn', 'made', 'sent', 'told', 'held', 'kept', 'found', 'brought', 'known', 'read', 'led', 'won', 'spent', 'put', 'set', 'shot', 'struck', 'beaten', 'bitten', 'stolen', 'caught', 'chosen', 'thrown', 'driven', 'sold', 'bought', 'broken', 'slain', 'hurt']);

/** States an act leaves its object in, between a participle and its agent: "shot dead by", "beaten unconscious by". */
export const RESULT_STATES: ReadonlySet<string> = new Set(['dead', 'unconscious']);

/** The months' names, some of which are given names or a modal too ("June", "May"). */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Personal and relative pronouns that can be the subject of a speech verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);

/** Pronouns that refer back to a person or a group, and the grammatical gender or number they carry. */
export const PRONOUN_GENDER: Readonly<Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second' | 'relative'>> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
  they: 'plural', them: 'plural', their: 'plural', themselves: 'plural',
  it: 'neuter', its: 'neuter', itself: 'neuter',
  i: 'first', me: 'first', my: 'first', we: 'first', us: 'first', our: 'first',
  you: 'second', your: 'second',
  who: 'relative', which: 'relative', that: 'relative',
};

/** Words that start a clause and so end a noun phrase scanned from its right edge. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'when', 'while', 'where', 'because', 'although', 'though', 'if', 'unless', 'whether', 'as', 'since',
  'after', 'before', 'until', 'but', 'or', 'so', 'than', 'how', 'why', 'what', 'whereas', 'yet', 'nor', 'whom', 'then',
  'once', 'however', 'meanwhile', 'instead', 'also', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'to',
  'said', 'says', 'told', 'there', 'here', 'even', 'just', 'only', 'about', 'by', 'into', 'over', 'against', 'during',
  'through', 'without', 'within', 'under', 'upon', 'like', 'unlike', 'despite', 'amid', 'among', 'between', 'toward',
  'towards', 'per', 'via', 'ago', 'again', 'too', 'very', 'well', 'up', 'out', 'off', 'down', 'now', 'still',
]);

/** Prepositions allowed inside a speaker's noun phrase: "Secretary of State", "a spokesman for the campaign", "residents without power". */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'without', 'on', 'like', 'near', 'along', 'across']);

/** Nouns that end in -ly, no adverbs: "The family said ...", "the assembly voted ...", "an ally of the mayor". */
export const NOUNS_IN_LY: ReadonlySet<string> = new Set([
  'ally', 'family', 'assembly', 'rally', 'anomaly', 'monopoly', 'homily', 'folly', 'bully', 'belly', 'jelly', 'lily',
  'butterfly', 'tally', 'gully', 'supply', 'reply', 'elderly',
]);

/** Verbs that end in -ly, no adverbs: "The figures imply ...". */
export const VERBS_IN_LY: ReadonlySet<string> = new Set(['apply', 'comply', 'imply', 'multiply', 'supply', 'reply', 'rely']);

/**
 * Words that may stand between a speaker and the speech verb without being part of either:
 * auxiliaries, negation and adverbs ("has also said", "would later tell", "repeatedly warned").
 * Any lower-case word ending in -ly counts too.
 */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', "'s", 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'did', 'does', 'do', 'also', 'later', 'then', 'now', 'once', 'again', 'first', 'already', 'still', 'often', 'never',
  'not', 'even', 'just', 'further', 'too', 'previously', 'since', 'long', 'soon', 'ever', 'always', 'yet', 'twice',
  'had', 'separately', 'privately', 'publicly', 'reportedly', 'recently', 'repeatedly', 'similarly', 'likewise', 'subsequently',
  'allegedly', 'apparently', 'quickly', 'immediately', 'initially', 'frequently', 'openly', 'flatly', 'bluntly', 'simply',
  'fact', 'indeed', 'himself', 'herself', 'themselves', 'itself', 'cannot', "can't", "won't", "don't", "doesn't",
  "didn't", "wouldn't", "couldn't", "shouldn't", "isn't", "wasn't", "hasn't", "haven't", "hadn't", "aren't", "weren't",
  "mustn't", 'nor', 'neither', 'both', 'all', 'each', 'first', 'last', 'week', 'month', 'year', 'night', 'morning',
  'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'earlier', 'tonight', 'this', 'on', 'only', 'certainly', 'probably', 'surely', 'clearly', 'apparently', 'seldom',
  // Connectives written without commas: "Lind however said ...", "Moro meanwhile argued ...".
  'however', 'meanwhile', 'instead', 'nevertheless', 'nonetheless', 'therefore',
]);

/** Auxiliaries and modals after which a verb stands in its base form ("would say", "did not deny"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'to', 'cannot', "can't",
  "won't", "don't", "doesn't", "didn't", "wouldn't", "couldn't", "shouldn't", "mustn't",
]);

/** Words that open a subordinate clause fronted before the main one ("When X said Y, ..."). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when', 'while', 'since', 'after', 'before', 'because', 'if', 'although', 'though', 'as', 'once', 'unless', 'until',
  'whereas', 'whenever', 'whether',
]);

/** Lower-case words that are verbs often enough that a noun phrase does not run across them. */
export const COMMON_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'won', 'lost', 'met', 'made', 'went', 'came', 'got',
  'took', 'gave', 'left', 'ran', 'saw', 'began', 'became', 'held', 'kept', 'put', 'set', 'led', 'paid', 'sent', 'spent',
  'brought', 'bought', 'built', 'fell', 'felt', 'found', 'heard', 'knew', 'let', 'meant', 'read', 'sat', 'stood', 'thought',
  'understood', 'wrote', 'gets', 'goes', 'makes', 'takes', 'wants', 'needs', 'seems', 'appears', 'looks', 'runs',
  'did', 'does', 'do', 'get', 'go', 'make', 'take', 'see', 'come', 'know', 'think', 'spoke', 'told', 'said', 'says',
  'wrote', 'taught', 'sought', 'fought', 'caught', 'drew', 'grew', 'threw', 'flew', 'rose', 'chose', 'broke', 'struck',
  'won', 'hit', 'cut', 'quit', 'shut', 'beat', 'sold', 'lent', 'sent', 'swore', 'wore', 'tore', 'bore', 'stole', 'woke',
]);

/** Titles and roles that precede a name ("Kremlin adviser Yuri Ushakov", "Sen. Ted Cruz"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'representative', 'rep.', 'governor', 'gov.',
  'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'emir', 'sheikh', 'sheik', 'sheikha', 'sultan', 'ayatollah', 'ambassador', 'envoy', 'negotiator', 'adviser',
  'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'general',
  'gen.', 'admiral', 'adm.', 'commander', 'colonel', 'col.', 'captain', 'capt.', 'judge', 'justice', 'attorney', 'lawyer',
  'leader', 'speaker', 'candidate', 'nominee', 'rival', 'official', 'officer', 'executive', 'ceo', 'founder', 'head',
  'analyst', 'professor', 'prof.', 'dr.', 'mr.', 'mrs.', 'ms.', 'miss', 'sir', 'lord', 'lady', 'rev.', 'reverend', 'pastor',
  'strategist', 'pollster', 'aide', 'deputy', 'assistant', 'commissioner', 'councilman', 'councilwoman', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'delegate', 'diplomat', 'emissary', 'counsel', 'economist', 'expert',
  'former', 'then', 'acting', 'interim', 'incoming', 'outgoing', 'foreign', 'defense', 'defence', 'state', 'national',
  'security', 'press', 'campaign', 'communications', 'policy', 'senior', 'top', 'special', 'white', 'house', 'general',
  'majority', 'minority', 'whip', 'presidential', 'democratic', 'republican', 'u.s.', 'us', 'russian', 'ukrainian',
  'kremlin', 'ex', 'late', 'co-founder', 'cofounder', 'treasurer', 'manager', 'editor', 'columnist', 'correspondent',
  'reporter', 'host', 'anchor', 'author', 'activist', 'organizer', 'member', 'staffer', 'supporter', 'critic',
]);

/** Nouns for people that are neither titles nor groups: "The residents", "the ambassador's wife". */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'residents', 'resident', 'man', 'woman', 'men', 'women', 'people', 'voter', 'voters', 'worker', 'workers', 'students',
  'student', 'teacher', 'teachers', 'doctor', 'doctors', 'nurse', 'nurses', 'farmer', 'farmers', 'owner', 'owners', 'mother',
  'father', 'wife', 'husband', 'son', 'daughter', 'family', 'families', 'parents', 'neighbors', 'neighbours', 'victims',
  'victim', 'witness', 'witnesses', 'protesters', 'crowd', 'audience', 'fans', 'players', 'player', 'coach', 'fishermen',
  'brother', 'sister', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'neighbor', 'neighbour', 'friend', 'partner',
  // Those carried, served or employed: "Passengers said", "Commuters complained".
  'passenger', 'passengers', 'commuter', 'commuters', 'traveler', 'travelers', 'traveller', 'travellers', 'survivor',
  'survivors', 'patient', 'patients', 'customer', 'customers', 'employee', 'employees', 'pilot', 'pilots',
  'colleague', 'classmate', 'teammate', 'coworker', 'co-worker', 'mourner', 'parishioner', 'acquaintance', 'onlooker', 'bystander',
  'delegate',
  // Those who use, buy or trade: "Users complained", "Exporters warned".
  'user', 'users', 'subscriber', 'subscribers', 'shopper', 'shoppers', 'exporter', 'exporters', 'importer', 'importers',
  'trader', 'traders',
  // Sides of a kidnapping and its talks: "Rebels said", "Mediators said".
  'rebel', 'rebels', 'militant', 'militants', 'kidnapper', 'kidnappers', 'captor', 'captors', 'hostage', 'hostages',
  'mediator', 'mediators',
  // Those who give to or back a cause: "Donors said", "a backer from Ohio".
  'donor', 'donors', 'backer', 'backers', 'contributor', 'contributors',
]);

/** Collective speakers that are groups of people rather than one person. */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'source', 'people', 'voters', 'supporters', 'critics', 'experts', 'analysts', 'observers',
  'residents', 'witnesses', 'lawmakers', 'democrats', 'republicans', 'aides', 'advisers', 'advisors', 'sides', 'members',
  'leaders', 'diplomats', 'investigators', 'prosecutors', 'authorities', 'allies', 'nations', 'countries', 'delegations',
  'activists', 'economists', 'scientists', 'researchers', 'polls', 'surveys', 'critics', 'opponents', 'others', 'some',
  'many', 'both', 'most', 'several', 'participants', 'organizers', 'protesters', 'groups', 'campaigns', 'administration',
  'government', 'ministry', 'department', 'agency', 'council', 'committee', 'campaign', 'party', 'team', 'white', 'kremlin',
]);

/**
 * Nouns of polls, studies, records and findings, which report what they show or find ("a poll
 * showing", "the study found") and which suggest a thing without proposing it ("polls suggest").
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'records', 'record', 'results', 'report', 'reports',
  'data', 'analysis', 'research', 'filings', 'filing', 'statistics', 'investigation', 'inquiry', 'audit', 'review',
  'documents', 'figures', 'numbers', 'emails', 'estimates', 'projections', 'tallies', 'count', 'census', 'evidence',
  'findings', 'trends', 'signs',
]);

/** Words between a naming participle or "his name" and its "as": "identified only as Kofi", "gave his name simply as Osei". */
export const NAME_LIMITERS: ReadonlySet<string> = new Set(['only', 'simply', 'just']);

/** Participles that give the noun before them the name after "as": "a porter identified only as Kofi", "a man known as Doc". */
export const NAMING_AS_PARTICIPLES: ReadonlySet<string> = new Set(['identified', 'known']);
