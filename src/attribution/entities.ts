import { partitionPoint } from '../text/partition-point.js';
import { singular } from '../claims/numbers.js';
import type { Diagnostic } from '../model/analysis.js';
import type { Entity, EntityKind, Mention, MentionKind, Role } from '../model/entity.js';
import { makeAnchor } from '../text/anchor.js';
import type { TextDocument } from '../text/document.js';
import { tokenize, type Token } from '../text/tokens.js';
import {
  COMPANY_FORMS,
  GOVERNMENT_HEADS,
  GOVERNMENT_NAMES,
  ORGANIZATION_DESCRIPTION_HEADS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NAME_ENDINGS,
  OUTLET_DESCRIPTORS,
  OUTLET_HEADS,
  OUTLET_NAMES,
  PERSON_ACRONYMS,
  THING_HEADS,
} from './actor-names.js';
import { dashStart, isDash, PERSON_PRONOUNS, PRONOUN_ASIDES, skipDateline, type RawQuote } from './extract.js';
import { parseKnownEntities, type KnownEntity, type KnownEntityInput } from './known-entities.js';
import { foldNorm, NAME_FOLDING, plainWord } from './name-folding.js';
import { sideOfWords } from '../tagging/sides.js';
import { BODY_HEAD_LINKS, FIRST_NAMES, givenNameGender, isCompanyTitle, isCompanyWord, isOutletTitle, isNameNoise, isNameParticle, isPossessiveToken, isTitleWord, isUpper, joinedByAmpersand, makeRun, pluralApostropheInName, scanNames, SERIAL_HEADS, stripPossessive, type NameRun } from './name-mentions.js';
import { ARTICLES, CENTRAL_DETERMINERS, hasPluralEnding, isCapitalised, NUMBER_WORDS, phraseEndingAt, phraseStartingAt, pronounOf, subjectPhrase, type NounPhrase, type PhraseKind } from './noun-phrases.js';
import { CLAUSE_OPENERS, COMMON_VERBS, DETERMINERS, GROUP_HEADS, INDEFINITES, IRREGULAR_PARTICIPLES, NAME_LIMITERS, NAMING_AS_PARTICIPLES, NP_PREPOSITIONS, PEOPLE_NOUNS, RESULT_STATES, ROLE_WORDS, SUBJECT_PRONOUNS, SUBORDINATORS } from './word-classes.js';
import { ABBREVIATED_TITLES, DESCRIPTION_HEADS, GENDERED_TITLES, HONORIFICS, ROLE_SYNONYMS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_OF_TAILS } from './titles.js';

/** Options of {@link resolveEntities}. */
export interface ResolveEntitiesOptions {
  /** Entities the caller knows (a speaker registry); they take precedence over anything inferred. */
  readonly knownEntities?: readonly KnownEntityInput[];
}

/** What {@link resolveEntities} finds: the entities, every mention of them, and each quote's speaker. */
export interface EntityResolution {
  /** The entities named in the text, ids `e1`, `e2`, … in order of first mention. */
  readonly entities: Entity[];
  /** Every mention, in text order: speakers, and names found anywhere in the text. */
  readonly mentions: Mention[];
  /** For each raw quote (same index), its speaker mention with `entityId` when resolved. */
  readonly speakers: readonly (Mention | undefined)[];
  /** Problems met, such as a pronoun with no antecedent. */
  readonly diagnostics: Diagnostic[];
}

/** A range of tokens, both ends included. */
interface TokenRange {
  readonly first: number;
  readonly last: number;
}

/** How many paragraphs back a transcript turn's "I" looks for the label that opened the turn. */
const MAX_TURN_PARAGRAPHS = 8;
/** Participles of putting a question to someone, whose agent follows "by": "Asked by a reporter whether ...". */
const QUESTIONING_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned', 'challenged', 'quizzed']);
/** How many tokens an aside between a subject and its verb may run: "The researchers, led by Ana Moss of the university, surveyed". */
const ASIDE_REACH = 12;

/** How many paragraphs at the top of an article a byline may stand in. */
const BYLINE_PARAGRAPHS = 4;

/** How many lower-case words may name the kind of body before its name after "of the": "the think tank Norvale". */
const AFFILIATION_NOUN_WORDS = 2;

/** Prepositions that tie a name in apposition to its body: "Ana Pike of the Legal Aid Society". */
const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'from']);

/** Lower-case words inside the name of a place or body after a person's "of": "the Bank of Kestrel", "the Institute for Urban Policy", "Smith & Sons". */
const PLACE_NAME_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * Whether tokens [from, last] name a place or a body: capitalised words, no title or honorific
 * among them, joined only by {@link PLACE_NAME_LINKS} and name particles ("the Institute for
 * Harbor Studies", "Quay Street").
 */
function placeNameIn(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) {
    const token = tokens[k] as Token;
    if (PLACE_NAME_LINKS.has(token.norm) || isNameParticle(token)) continue;
    if (!isUpper(token) || TITLE_HEADS.has(token.norm) || HONORIFICS.has(token.norm)) return false;
  }
  return true;
}

/**
 * Whether tokens [from, last] describe a body in lower case, after "of the": "Redfern school
 * district", "city fire department" (a body's head last, before it only names and plain words).
 */
function bodyDescribedIn(tokens: readonly Token[], from: number, last: number): boolean {
  const head = tokens[last];
  if (head === undefined || last - from >= MAX_NAME_WORDS || isUpper(head) || !isBodyWord(head.norm) || tokens[from - 1]?.norm !== 'the') return false;
  for (let k = from; k < last; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || DETERMINERS.has(token.norm) || NP_PREPOSITIONS.has(token.norm) || token.norm === 'and') return false;
  }
  return true;
}

/**
 * Whether tokens [from, last] name a body after saying what kind it is, after "of the": "digital
 * rights group Harbor Watch", "advocacy group Tern Alliance" (plain lower-case words that end in
 * a body's head, then the body's name in capitals).
 */
function bodyNamedAfterKindIn(tokens: readonly Token[], from: number, last: number): boolean {
  if (tokens[from - 1]?.norm !== 'the' || last - from >= 2 * MAX_NAME_WORDS) return false;
  let k = from;
  while (k < last && !isUpper(tokens[k]) && tokens[k]?.kind === 'word' && !DETERMINERS.has(tokens[k]?.norm ?? '') && !NP_PREPOSITIONS.has(tokens[k]?.norm ?? '') && tokens[k]?.norm !== 'and') k++;
  if (k === from || !isBodyWord(tokens[k - 1]?.norm ?? '')) return false;
  return placeNameIn(tokens, k, last);
}

/** Labels of transcript turns that name no one: "Q:", "QUESTION:". */
const TURN_LABELS: ReadonlySet<string> = new Set(['q', 'a', 'question', 'answer', 'note', 'update', 'editor', 'correction', 'transcript']);

/** A party and state in parentheses after a name: "R-Ohio", "D-Calif.". */
const PARTY_STATE = /^[A-Z]-[A-Z]/;

/** The rule id of the diagnostic for a pronoun whose antecedent the text does not give. */
export const UNRESOLVED_PRONOUN_RULE = 'entities.unresolved-pronoun';

/**
 * How many mentions back a pronoun looks for its antecedent. News text keeps its referents
 * close; an entity last named further back than this is not guessed.
 */
export const PRONOUN_LOOKBACK = 32;
/** How many sentences back the person a definite age ("the 24-year-old") refers to may be named. */
const AGE_REACH = 2;

/** The most words a name has; longer capitalised runs are matched by their last words only. */
const MAX_NAME_WORDS = 5;


/** Verbs by which a speaker gives a name: "who gave her name as ...", "who gives his name as ...". */
const GIVING_VERBS: ReadonlySet<string> = new Set(['gave', 'gives', 'give', 'offered', 'provided']);

/** Relative pronouns that are the subject of the clause that gives the name. */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'that']);

/**
 * Whether the "and" at token `and` joins two titles of one holder: "founder and chief executive",
 * "chairman and president", "friend and adviser" (a lower-case title's head or word for a tie
 * before it, a lower-case word that opens no new phrase after it; "her husband" opens one).
 */
function joinsTitles(tokens: readonly Token[], and: number): boolean {
  const before = tokens[and - 1];
  const after = tokens[and + 1];
  // ("friend and adviser": a word for a tie joins a title as another title does.)
  const person = before !== undefined && (DESCRIPTION_HEADS.has(before.norm) || (PEOPLE_NOUNS.has(before.norm) && !hasPluralEnding(before.norm)));
  return person && after !== undefined && after.kind === 'word' && !isUpper(before) && !isUpper(after) && !DETERMINERS.has(after.norm);
}

/** How many plain words a lower-case title before an appositive name may hold ("former harbor commissioner"). */
const MAX_APPOSITIVE_TITLE_WORDS = 4;

/** The most entities one role word ("president") is looked up among. */
const MAX_ROLE_HOLDERS = 64;

/** Score of a description whose head is the role's own head word ("the adviser" for "Kremlin adviser"). */
const SAME_HEAD = 3;
/** Score of a description whose head is a synonym of the role's ("the Russian leader" for "Russian President"). */
const SYNONYM_HEAD = 1;


/** The first and last characters of every outlet name, as `first << 16 | last`. */
const OUTLET_NAME_EDGES: ReadonlySet<number> = new Set([...OUTLET_NAMES].map((name) => (name.charCodeAt(0) << 16) | name.charCodeAt(name.length - 1)));

/**
 * Whether the draft's given name is one of the list's, of the gender other than `gender`. (Only
 * the list counts: what an honorific gave a draft may itself have been a wrong guess.)
 */
function otherGender(draft: Draft, gender: 'male' | 'female'): boolean {
  const given = draft.firstName === undefined ? undefined : givenNameGender(draft.firstName);
  return given !== undefined && given !== gender;
}

/**
 * Of the drafts of one surname, the one named most recently before `at`, else the first; with a
 * gender, only those whose given name is not one of the other's.
 */
function latestBefore(list: readonly Draft[], at: number, gender: 'male' | 'female' | undefined): Draft | undefined {
  let best: Draft | undefined;
  let first: Draft | undefined;
  for (const draft of list) {
    if (gender !== undefined && otherGender(draft, gender)) continue;
    first ??= draft;
    if (draft.first < at && (best === undefined || draft.first > best.first)) best = draft;
  }
  return best ?? first;
}

/** The lower case of an ASCII character; other characters as they are. */
function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * Whether `text[start, end)` may lower-case into an outlet name, from its first and last
 * characters: most names need no new string to tell that they are none. Text outside ASCII at
 * either end is always tried.
 */
function mayBeOutletName(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  return end <= start || first >= 0x80 || last >= 0x80 || OUTLET_NAME_EDGES.has((lowerAscii(first) << 16) | lowerAscii(last));
}

/** Role words that name one office, with each abbreviated title and its full word ("Adm." and "the admiral"). */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = synonymTable([...ROLE_SYNONYMS, ...ABBREVIATED_TITLES]);
const LEADING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/**
 * Words before a description that count the people so described rather than name a role: "another
 * parent, Dan Roe," is a parent; "one resident", "a third analyst".
 */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['another', 'one', 'other', 'second', 'third', 'fourth', 'fifth']);
/** Nouns that gather the people named after "of": "a group of workers", "a handful of residents". */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(['group', 'handful', 'number', 'couple', 'pair', 'dozen', 'band', 'crowd']);

/**
 * Whether a description's words (without its determiner) are a collective, "of" at `of` and a
 * plural: "group of former employees", "handful of residents". Such a phrase names several people,
 * not an organization or one person.
 */
function collectiveOfPeople(norms: readonly string[], of: number): boolean {
  const last = norms[norms.length - 1] ?? '';
  return of === 1 && norms[1] === 'of' && COLLECTIVE_HEADS.has(norms[0] ?? '') && hasPluralEnding(last) && !TIME_PLURALS.has(last) && !THING_HEADS.has(singular(last));
}

/** Plurals of spans of time, which no collective of people gathers: "a couple of weeks". */
const TIME_PLURALS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'times']);
/** Heads that name a share of a population, which speaks as a group: "41 percent say", "a majority said", "half believe". */
const SHARE_HEADS: ReadonlySet<string> = new Set(['percent', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'quarter']);
/** Pronouns for all the people in view, singular in form: "Everyone agreed", "not everybody was pleased". */
const EVERYONE_HEADS: ReadonlySet<string> = new Set(['everyone', 'everybody']);
/** Collective nouns for the people of a place or a body, singular in form: "Hospital staff said", "the crew said". */
const STAFF_HEADS: ReadonlySet<string> = new Set(['staff', 'crew', 'personnel', 'workforce']);
/**
 * Words after a description's head: "residents of the valley", "officials familiar with the talks",
 * "a report by the agency"; and the prepositions of place, "farmers along the river", "shopkeepers
 * across the city", "families near the dam", whose place is no kind of the speaker.
 */
const HEAD_ENDS: ReadonlySet<string> = new Set([
  'of', 'for', 'at', 'from', 'in', 'with', 'without', 'on', 'by', 'familiar', 'close', 'who', 'that', 'to',
  'along', 'across', 'near', 'around', 'throughout', 'inside', 'outside',
]);
/**
 * Participles of a reduced relative that end a description's head as a preposition does: "a
 * lawyer representing a group of tenants", "a nurse working at the clinic", "people living near the dam",
 * "researchers using data from the survey".
 * ("voters polled", "parents interviewed outside a school": so do the participles of being asked,
 * after which the head before them is who speaks; and "aged", "pupils aged 13 to 19".)
 */
const HEAD_END_PARTICIPLES: ReadonlySet<string> = new Set([
  'representing', 'working', 'living', 'speaking', 'acting', 'advising', 'overseeing', 'leading', 'monitoring', 'using',
  'polled', 'surveyed', 'interviewed', 'questioned', 'contacted', 'aged',
  // ("exit polls conducted for the networks", "letters reviewed by the Ledger": a paper's reduced
  // relative ends its head as well, and the paper is the thing that speaks.)
  'conducted', 'commissioned', 'reviewed', 'obtained', 'released', 'published', 'issued', 'filed', 'prepared', 'compiled', 'posted',
]);
/** How many sentences back "the newspaper" may take up an outlet named before. */
const OUTLET_REACH = 2;
/** Heads of descriptions that take up an outlet named before: "The Daily Ledger reported ... the newspaper said". */
const OUTLET_BACK_HEADS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'magazine', 'broadcaster']);
/** Nouns for a party's members, which end a description of a person in capitals: "the Ohio Democrat". */
const PARTISAN_NOUNS: ReadonlySet<string> = new Set(['republican', 'democrat', 'conservative', 'liberal', 'socialist', 'libertarian', 'independent', 'tory']);

/** Endings of words for a person by where he comes from: "Texan", "Parisian", "Maltese", "Londoner", "Iraqi", "Dutchman". */
const RESIDENT_ENDINGS: readonly string[] = ['an', 'ese', 'er', 'i', 'man', 'woman'];

/** Words for a person by where he comes from that no ending in {@link RESIDENT_ENDINGS} tells. */
const RESIDENT_WORDS: ReadonlySet<string> = new Set(['briton', 'brit', 'dane', 'swede', 'finn', 'scot', 'pole', 'turk', 'greek', 'swiss', 'thai', 'czech', 'slovak', 'croat', 'serb', 'kurd', 'uzbek', 'kazakh']);

/** Whether a capitalised word names a person by where he comes from: "the Briton", "the Texan", "the Israeli". */
function namesResident(norm: string): boolean {
  return RESIDENT_WORDS.has(norm) || RESIDENT_ENDINGS.some((ending) => norm.endsWith(ending));
}
/** Whether the word at `i` (after the first) follows a description's head: "of", "familiar", "representing". */
function endsHead(words: readonly string[], i: number): boolean {
  const norm = words[i] ?? '';
  return HEAD_ENDS.has(norm) || (HEAD_END_PARTICIPLES.has(norm) && !DETERMINERS.has(words[i - 1] ?? ''));
}
/** Heads of outlets' names that in lower case name people: "The Observer" but "one observer", "a poll monitor". */
const PEOPLE_OUTLET_HEADS: ReadonlySet<string> = new Set(['observer', 'guardian', 'monitor', 'examiner', 'inquirer', 'courier', 'sentinel', 'star', 'enquirer']);
/**
 * Possessive and object pronouns that speak ("In her view, ...", "by its account", "the clip shows
 * him saying ..."), by the subject pronoun they stand for.
 */
const NON_SUBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['him', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['them', 'they'],
  ['its', 'it'],
]);
const PLURAL_KINDS: ReadonlySet<EntityKind> = new Set(['group', 'organization', 'government', 'outlet']);
const NEUTER_KINDS: ReadonlySet<EntityKind> = new Set(['organization', 'government', 'outlet', 'unknown']);

/** What {@link Resolver.roleHolder} gives for a title that several entities hold equally well. */
const AMBIGUOUS = 'ambiguous';

/** Conjunctions a sentence may open with before its subject. */
const SENTENCE_LINKS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'still']);
/** How far into a sentence the comma before a name in apposition to its subject may stand: "Pirk's younger daughter, Sanna,". */
const APPOSITIVE_SUBJECT_WINDOW = 5;
/** Reflexive pronouns that may follow a subject for emphasis: "The bishop himself". */
const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Words an unnamed subject opens with ("The ambassador", "Several residents"). */
const SUBJECT_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'both', 'several', 'many', 'some', 'his', 'her', 'their']);

/**
 * The passes a pronoun's antecedent is looked for in, in order: a speaker or subject close by,
 * any other mention close by (not a possessive), a speaker or subject further back in the same
 * paragraph, a possessive close by, and last a speaker or subject in an earlier paragraph: after
 * a new paragraph "Pike's office said ... He has said" is Pike, not a speaker three paragraphs up.
 */
const CLOSE_SALIENT = 0;
const CLOSE_OTHER = 1;
const PARAGRAPH_SALIENT = 2;
const CLOSE_POSSESSIVE = 3;
const ANY_SALIENT = 4;

function synonymTable(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const group of groups) {
    for (const word of group) {
      const list = table.get(word) ?? [];
      for (const other of group) if (other !== word && !list.includes(other)) list.push(other);
      table.set(word, list);
    }
  }
  return table;
}

/** An entity while it is being built; every field is set when it is made, so that all drafts share one shape. */
interface Draft {
  /** Creation order, to keep sorting stable. */
  readonly order: number;
  readonly callerId: string | undefined;
  readonly known: boolean;
  /** Whether the text names the entity by a proper name. */
  named: boolean;
  name: string;
  /** How many words the current name has; a text name grows to the fullest form seen. */
  nameWords: number;
  readonly kind: EntityKind;
  /** Every form the entity is named by, in order, the name among them. */
  readonly forms: string[];
  readonly roles: Role[];
  /** Gender evidence: above 0 male, below 0 female. */
  gender: number;
  /**
   * Weak gender evidence, consulted only while {@link gender} says nothing: "he" or "she"
   * opening the reported clause of the entity's own statement ("Okafor said he would run").
   */
  hint: number;
  /** Offset of the first mention; Infinity until mentioned. */
  first: number;
  /** Offset of the latest mention seen by the text-order walk. */
  lastSeen: number;
  /** Offset of the latest mention the walk met as a sentence's subject or a speaker; -1 until then. */
  lastSalient: number;
  /** The folded first name of a person's full name, to keep "Hunter Biden" apart from "Joe Biden". */
  firstName: string | undefined;
}

/** A speaker mention: a span of text that performs a cue, shared by all the quotes it speaks. */
interface Speaker {
  readonly start: number;
  readonly end: number;
  readonly phrase: NounPhrase;
  readonly sentence: number;
  /** How the mention names its entity, decided here (a "Trump campaign" is a description). */
  kind: MentionKind;
  /** The index of the speaker's name run, or -1. */
  run: number;
  /** The tokens of the speaker's proper name, when it has one. */
  name?: { readonly first: number; readonly last: number };
  /** "The mayor, Jean Roux": the description the name stands in apposition to, whose words become a role. */
  described?: { readonly first: number; readonly last: number };
  /** "Sen. Ana Pike of Kestrel", "Ana Pike (D-Kestrel)": the place or body after the name, the affiliation of its title. */
  place?: { readonly first: number; readonly last: number };
  /**
   * "The Ministry of Foreign Affairs", "The U.S. Attorney's Office": the kind of the body that the
   * speaker's words name as a whole, which no name run covers.
   */
  body?: EntityKind;
  /** The speaker's place among the speakers in text order. */
  index: number;
  /** "he" (above 0) or "she" (below 0) opening the reported clauses the speaker says (see Draft.hint). */
  opening: number;
  /**
   * The last sentence the speaker's quoted words run to (“A,” she said. “B. C.”), else the
   * speaker's own: a pronoun right after the quotation is close to its speaker.
   */
  through: number;
  draft?: Draft;
}

interface Recent {
  readonly draft: Draft;
  readonly sentence: number;
  /** A speaker or a clause's subject: the likeliest antecedent. */
  readonly salient: boolean;
  /** A possessive ("Putin’s remarks"): an antecedent only when nothing else fits. */
  readonly possessive: boolean;
  /** For a speaker whose quoted words run on past the cue, the sentence they end in (see Speaker.through). */
  readonly through?: number;
  /**
   * For an unnamed subject ("The ambassador arrived."): where it stands. Such a subject becomes
   * an entity only when a pronoun takes it as its antecedent.
   */
  readonly tentativeAt?: number;
  /**
   * For the one who puts a question ("Asked by a reporter whether she would stay, ..."): the one
   * asked answers next, so, like a possessive, an antecedent only when nothing else fits.
   */
  readonly asker?: boolean;
  /**
   * For the unnamed subject of a clause someone reports ("Aides say the senator is frustrated"):
   * not the text's subject, yet a pronoun later in its sentence that the sentence's own speaker
   * does not fit stands for it before any speaker further back ("..., though she has not said so").
   */
  readonly reported?: boolean;
}

/** The words of a description or group, without leading determiners. */
interface PhraseWords {
  /** Lower-case forms (token `norm`s), the last without a possessive ’s. */
  readonly norms: readonly string[];
  /** For each word, whether it is capitalised (and not a possessive). */
  readonly upper: readonly boolean[];
}

/** A sentence's unnamed subject, where it stands and in which sentence. */
interface UnnamedSubject {
  readonly at: number;
  readonly sentence: number;
  readonly phrase: NounPhrase;
  /** False for the one a question is put to ("asked the minister whether ..."), who is no subject. */
  readonly salient?: boolean;
  /** For the subject of a clause someone reports (see Recent.reported). */
  readonly reported?: boolean;
}

interface RoleEntry {
  readonly draft: Draft;
  /** The role's words, lower case. */
  readonly words: ReadonlySet<string>;
  /** The role's capitalised modifiers, lower case ("russian" in "Russian President"). */
  readonly places: ReadonlySet<string>;
}

/** An entity named by a description of its own, and the description's words in lower case. */
interface DescribedEntry {
  readonly draft: Draft;
  readonly words: ReadonlySet<string>;
}

/** A title that names an office held before: "former senator", "ex-minister", "the late mayor". */
const PAST_TITLE = /^(?:former|ex-|late|then)/i;

/** Whether a description names an office held before: "the former director", "the late mayor". */
function namesPastOffice(norms: readonly string[]): boolean {
  for (const norm of norms) if (PAST_TITLE.test(norm)) return true;
  return false;
}

/** Words that put a speaker near someone named after them: "people close to Ana Pike". */
const CLOSE_WORDS: ReadonlySet<string> = new Set(['close', 'closest', 'familiar', 'loyal']);

/** Nouns for a body that stand right before its name: "rights group Harbor Light". */
const BODY_WORDS_BEFORE_NAMES: ReadonlySet<string> = new Set(['group', 'organization', 'organisation', 'coalition', 'alliance', 'movement']);

/** Nouns for a craft that stand right before its name: "the ferry Aegir Star", "the tanker Nordic Dawn". */
const VESSEL_WORDS_BEFORE_NAMES: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'ferry', 'tanker', 'freighter', 'trawler', 'yacht', 'liner', 'frigate', 'destroyer', 'submarine', 'tugboat',
]);

/** Roles that serve someone named after "to": "an aide to Ana Pike" is not Ana Pike. */
const SERVING_HEADS: ReadonlySet<string> = new Set([
  'aide', 'adviser', 'advisor', 'counselor', 'counsellor', 'consultant', 'assistant', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Nouns for what someone says or writes: "Pike's warning", "the minister's remarks". */
const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  'remarks', 'comments', 'words', 'warning', 'warnings', 'statement', 'statements', 'claim', 'claims', 'criticism', 'speech',
  'message', 'tweet', 'tweets', 'post', 'posts', 'letter', 'testimony', 'interview', 'pledge', 'promise', 'threat', 'threats',
  'appeal', 'plea', 'argument', 'response', 'reply', 'answer', 'account', 'view', 'views', 'assessment', 'prediction', 'rhetoric',
]);

/** Lower-case words of the tier of government that may stand before a body's capitalised name: "the federal Office of ...". */
const JURISDICTION_WORDS: ReadonlySet<string> = new Set(['federal', 'state', 'city', 'county', 'provincial', 'regional', 'municipal', 'national']);

/**
 * The first token from `from` (at most `last`) past lower-case words of the tier of government
 * ("federal", "state"), which qualify a body's capitalised name after them and are no part of it
 * or of a person's name: "the federal Office of Water Safety", "the state Department of Parks".
 */
function pastJurisdiction(tokens: readonly Token[], from: number, last: number): number {
  let k = from;
  while (k < last && JURISDICTION_WORDS.has(tokens[k]?.norm ?? '') && !isUpper(tokens[k] as Token)) k++;
  return k;
}

/** Determiners of a description that points back to someone already met: "the official", "that diplomat". */
const DEFINITES: ReadonlySet<string> = new Set(['the', 'this', 'that']);

function addForm(draft: Draft, form: string): void {
  if (!draft.forms.includes(form)) draft.forms.push(form);
}

/**
 * The matching key of a name or description given as a string (a known entity's name or alias):
 * its words as the tokenizer reads them, folded, without a leading "the" or honorific, a final
 * possessive ’s, initials or suffixes; the same key a name in the text gets.
 */
function phraseKey(text: string): string {
  const norms = tokenize(text)
    .filter((token) => token.kind === 'word' || token.kind === 'number')
    .map((token) => ({ norm: token.norm, written: token.text }));
  while (norms.length > 1 && (LEADING_WORDS.has(norms[0]?.norm ?? '') || HONORIFICS.has(norms[0]?.norm ?? ''))) norms.shift();
  const last = norms[norms.length - 1];
  if (last !== undefined) last.norm = stripPossessive(last.norm);
  return norms
    .filter(({ norm, written }, index) => !isNameNoise(norm, written, index === 0))
    .map(({ norm }) => foldNorm(norm, NAME_FOLDING))
    .join(' ');
}

/**
 * Resolves the mentions of a segmented text to entities: the speakers of the raw quotes (names,
 * descriptions, groups, pronouns) and every proper name elsewhere in the text. Names match by
 * full name, surname or given name, with honorifics, possessive ’s, diacritics and
 * transliteration variants folded away; descriptions ("the Russian leader") go to the entity that
 * holds that role in the text; pronouns go to the most recent compatible speaker or subject.
 * Pure and deterministic; linear in the text, with names indexed in maps.
 *
 * @throws `ClaimtrailError` when `options.knownEntities` does not fit the `KnownEntity` schema.
 * @example
 * ```ts
 * const doc = segmentText('Jane Roe said the vote was close. Roe added that she would wait.');
 * const resolution = resolveEntities(doc, extractRawQuotes(doc, compileCueLexicon(DEFAULT_CUE_LEXICON)));
 * resolution.entities[0]?.name; // 'Jane Roe'
 * ```
 */
export function resolveEntities(doc: TextDocument, raws: readonly RawQuote[], options: ResolveEntitiesOptions = {}): EntityResolution {
  const known = options.knownEntities === undefined ? [] : parseKnownEntities(options.knownEntities);
  return new Resolver(doc, known).run(raws);
}

class Resolver {
  private readonly doc: TextDocument;
  private readonly drafts: Draft[] = [];
  private readonly byFull = new Map<string, Draft>();
  private readonly bySurname = new Map<string, Draft[]>();
  private readonly byFirstName = new Map<string, Draft[]>();
  /** The first words of people's names of two words that the given names do not know ("Zhou" of "Zhou Ming"). */
  private readonly byLeadWord = new Map<string, Draft[]>();
  /** Companies by the first word of a two-word name ("Brantwell" of "Brantwell Foods"), which names them alone. */
  private readonly byCompany = new Map<string, Draft[]>();
  private readonly byRole = new Map<string, RoleEntry[]>();
  /** Of the holders that tied when {@link roleHolder} last found a title {@link AMBIGUOUS}, the one met last. */
  private latestTied: Draft | undefined;
  /** Entities first named by a description ("A senior official said"), by the description's head word. */
  private readonly byDescriptionHead = new Map<string, DescribedEntry[]>();
  private readonly recent: Recent[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  /** The byline's writer once looked for ({@link bylineAuthor}); null before. */
  private byline: Draft | undefined | null = null;
  /** The one who answers in a question-and-answer interview once looked for ({@link answerer}); null before. */
  private interviewee: Draft | undefined | null = null;
  /** For each token, the index of the name run that covers it, or -1. */
  private readonly runAt: Int32Array;
  private runs: NameRun[] = [];
  private runDrafts: (Draft | undefined)[] = [];
  /** Single capitalised words without a title, by token index; they become runs only when they name an entity. */
  private bare: number[] = [];
  private bareSentence: number[] = [];
  /**
   * Kinds that a description in apposition gives a name, by the name's last token: "The
   * software supplier, Aeronix Systems," is an organization whatever its name's words say.
   */
  private readonly kindAt = new Map<number, EntityKind>();
  /**
   * Descriptions in apposition before a name, by the name's last token: "Vostrania's president,
   * Arkady Belov, struck a harsher tone" makes Belov the president of the text.
   */
  private readonly describedRuns = new Map<number, { readonly first: number; readonly last: number }>();

  constructor(doc: TextDocument, known: readonly KnownEntity[]) {
    this.doc = doc;
    this.runAt = new Int32Array(doc.tokens.length).fill(-1);
    for (const entity of known) this.addKnown(entity);
  }

  run(raws: readonly RawQuote[]): EntityResolution {
    const { text, tokens } = this.doc;
    const { speakers, ofRaw } = this.collectSpeakers(raws);
    this.describeRuns();
    this.clusterNames(speakers);
    this.describeNames(speakers);
    this.placeNames(speakers);
    this.indexRoles();
    this.walk(speakers, raws);
    this.mergeAcronyms(speakers);
    const entities = this.entities();
    const idOf = new Map(entities.map(([draft, entity]) => [draft, entity.id]));
    const spoken = speakers.map((speaker) => this.speakerMention(speaker, speaker.draft === undefined ? undefined : idOf.get(speaker.draft)));
    const inSpeaker = new Uint8Array(tokens.length);
    for (const speaker of speakers) {
      for (let k = speaker.phrase.first; k < inSpeaker.length && (tokens[k]?.start ?? Infinity) < speaker.end; k++) inSpeaker[k] = 1;
    }
    // Speakers and names, both already in text order, merged.
    const mentions: Mention[] = [];
    let s = 0;
    for (let index = 0; index < this.runs.length; index++) {
      const run = this.runs[index] as NameRun;
      const draft = this.runDrafts[index];
      if (draft === undefined || inSpeaker[run.nameFirst] === 1) continue;
      const start = this.mentionStart(run, draft);
      const end = tokens[run.last]?.end ?? start;
      while (s < spoken.length && (speakers[s]?.start ?? 0) <= start) mentions.push(spoken[s++] as Mention);
      const mention: Mention = { anchor: makeAnchor(text, start, end), text: text.slice(start, end), kind: 'name' };
      if (run.title !== undefined) mention.title = run.title;
      const id = idOf.get(draft);
      if (id !== undefined) mention.entityId = id;
      mentions.push(mention);
    }
    while (s < spoken.length) mentions.push(spoken[s++] as Mention);
    return {
      entities: entities.map(([, entity]) => entity),
      mentions,
      speakers: ofRaw.map((index) => (index < 0 ? undefined : spoken[index])),
      diagnostics: this.diagnostics,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Drafts and indexes

  /** The folded form of a lower-case word. */
  private fold(norm: string | undefined): string {
    return norm === undefined ? '' : foldNorm(norm, NAME_FOLDING);
  }

  /** The matching key of a name: its folded words. */
  private key(norms: readonly string[]): string {
    if (norms.length === 1) return this.fold(norms[0]);
    let key = '';
    for (let i = 0; i < norms.length; i++) key += i === 0 ? this.fold(norms[i]) : ` ${this.fold(norms[i])}`;
    return key;
  }

  private newDraft(name: string, kind: EntityKind, words: number, known?: KnownEntity): Draft {
    const draft: Draft = {
      order: this.drafts.length,
      callerId: known?.id,
      known: known !== undefined,
      named: false,
      name,
      nameWords: words,
      kind,
      forms: [name],
      roles: known === undefined ? [] : known.roles.map((role) => ({ ...role })),
      gender: 0,
      hint: 0,
      first: Infinity,
      lastSeen: -1,
      lastSalient: -1,
      firstName: undefined,
    };
    this.drafts.push(draft);
    return draft;
  }

  private addKnown(entity: KnownEntity): void {
    const draft = this.newDraft(entity.name, entity.kind, entity.name.split(/\s+/).length, entity);
    for (const alias of entity.aliases) addForm(draft, alias);
    for (const form of [entity.name, ...entity.aliases]) {
      const key = phraseKey(form);
      if (key === '') continue;
      if (!this.byFull.has(key)) this.byFull.set(key, draft);
      const words = key.split(' ');
      if (entity.kind === 'person' || entity.kind === 'outlet') {
        const surname = words[words.length - 1] ?? key;
        this.index(this.bySurname, surname, draft);
        const given = words[0];
        if (words.length > 1 && given !== undefined) {
          // A known entity's aliases may spell the given name differently; the name's comes first.
          draft.firstName ??= given;
          if (FIRST_NAMES.has(given)) this.index(this.byFirstName, given, draft);
        }
      }
    }
    for (const role of entity.roles) this.roleGender(draft, role.title);
  }

  private index(map: Map<string, Draft[]>, key: string, draft: Draft): void {
    const list = map.get(key);
    if (list === undefined) map.set(key, [draft]);
    else if (!list.includes(draft)) list.push(draft);
  }

  /** Registers a text name under its full key, surname and given name, or a company's first word. */
  private register(draft: Draft, run: NameRun): void {
    if (!this.byFull.has(run.key)) this.byFull.set(run.key, draft);
    const given = run.folded[0] ?? '';
    // ("Meridian Health Partners" ... "Meridian said": a company's name of three words is shortened
    // to its first as one of two is, when its last word is a company's.)
    if (draft.kind === 'organization' && ((run.norms.length === 2 && (isCompanyName(run.norms) || isShortenedCompanyName(run.norms) || shortensToFirstWord(run.norms))) || (run.norms.length === 3 && isCompanyName(run.norms))) && run.given === undefined) {
      this.index(this.byCompany, given, draft);
    }
    if (draft.kind === 'organization' && hasLegalForm(run)) this.registerLegalCore(draft, run);
    if (draft.kind !== 'person' && draft.kind !== 'outlet') return;
    const surname = run.folded[run.folded.length - 1] ?? '';
    if (run.norms.length > 1 || draft.kind === 'outlet') this.index(this.bySurname, surname, draft);
    if (run.norms.length > 1) {
      draft.firstName ??= given;
      // ("Kim Jong Un" ... "Kim": a family name written first names its holder alone too. Only
      // names of three words are read so; in two, "Young Kim" would make "Young voters" his.)
      const familyFirst = draft.kind === 'person' && run.norms.length >= 3;
      if (run.given !== undefined || familyFirst) this.index(this.byFirstName, given, draft);
      else if (draft.kind === 'person' && run.norms.length === 2) this.index(this.byLeadWord, given, draft);
    }
  }

  /**
   * A company named with its legal form is named without it too: "Harlow Foods Corp" is "Harlow
   * Foods" in a headline or a later paragraph, and, as a name of two words would be, "Harlow";
   * "Dralco Inc" is "Dralco".
   */
  private registerLegalCore(draft: Draft, run: NameRun): void {
    const core = run.norms.slice(0, -1);
    const coreKey = this.key(core);
    if (!this.byFull.has(coreKey)) this.byFull.set(coreKey, draft);
    if (core.length === 2 && isCompanyName(core) && run.given === undefined) this.index(this.byCompany, run.folded[0] ?? '', draft);
  }

  /** The entity a name with a company's legal form names when the text also calls it without one ("Harlow Foods" before "Harlow Foods Corp"). */
  private byLegalCore(run: NameRun): Draft | undefined {
    if (!hasLegalForm(run)) return undefined;
    const draft = this.byFull.get(this.key(run.norms.slice(0, -1)));
    return draft?.kind === 'organization' ? draft : undefined;
  }

  /** Adds what a name run tells about its entity: a fuller name, a title, gender evidence. */
  private assign(index: number, draft: Draft, asName: boolean): void {
    const run = this.runs[index] as NameRun;
    this.runDrafts[index] = draft;
    draft.first = Math.min(draft.first, this.mentionStart(run, draft));
    if (asName) {
      const name = this.nameOf(run, draft.kind);
      if (!draft.known && run.norms.length > draft.nameWords) {
        draft.name = name;
        draft.nameWords = run.norms.length;
      }
      addForm(draft, name);
      if (run.norms.length > 1 && run.given !== undefined && draft.kind === 'person') draft.gender += run.given === 'male' ? 1 : -1;
    }
    if (run.title !== undefined) this.addRole(draft, run.title);
    if (run.appositive !== undefined) this.addRole(draft, run.appositive.title, run.appositive.affiliation);
    const honorific = run.honorific === undefined ? undefined : HONORIFICS.get(run.honorific);
    if (honorific?.gender !== undefined) draft.gender += honorific.gender === 'male' ? 3 : -3;
  }

  private addRole(draft: Draft, title: string, affiliation?: string): void {
    if (draft.roles.some((role) => role.title === title)) return;
    draft.roles.push(affiliation === undefined ? { title } : { title, affiliation });
    this.roleGender(draft, title);
  }

  private roleGender(draft: Draft, title: string): void {
    for (const word of title.toLowerCase().split(/\s+/)) {
      const gender = GENDERED_TITLES.get(word);
      if (gender !== undefined) draft.gender += gender === 'male' ? 2 : -2;
    }
  }

  /** The name as written: "Yuri Ushakov", or "The New York Post" for an outlet after "the". */
  private nameOf(run: NameRun, kind: EntityKind): string {
    const name = this.doc.text.slice(run.nameStart, run.nameEnd);
    // ("The newspaper Le Figaro": "the" before a title is the title's.)
    return kind === 'outlet' && run.afterThe && run.first === run.nameFirst ? `The ${name}` : name;
  }

  private mentionStart(run: NameRun, draft: Draft): number {
    const { tokens } = this.doc;
    const the = tokens[run.first - 1];
    if (draft.kind === 'outlet' && run.afterThe && run.first === run.nameFirst && the !== undefined) return the.start;
    return tokens[run.first]?.start ?? 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Speakers

  /** The sentence a direct statement's quoted words end in, when it runs on past its cue (“A,” she said. “B.”); else -1. */
  private quotedThrough(raw: RawQuote): number {
    if (raw.mode !== 'direct' || raw.continuedAt === undefined) return -1;
    const { tokens } = this.doc;
    return this.sentenceOf(partitionPoint(tokens.length, (k) => (tokens[k]?.start ?? 0) < raw.contentEnd) - 1);
  }

  private sentenceOf(token: number): number {
    const { sentences } = this.doc;
    return Math.max(0, partitionPoint(sentences.length, (i) => (sentences[i]?.firstToken ?? 0) <= token) - 1);
  }

  private setRuns(runs: NameRun[]): void {
    // (Only the tokens of the runs replaced are cleared: the rest of the text holds -1 since the start.)
    for (const run of this.runs) this.runAt.fill(-1, run.first, run.last + 1);
    this.runs = runs;
    runs.forEach((run, index) => {
      for (let k = run.first; k <= run.last; k++) this.runAt[k] = index;
    });
    this.runDrafts = new Array<Draft | undefined>(runs.length).fill(undefined);
  }

  /**
   * The tokens of the cues that start with a capital letter, which no name takes in ("Trade Chief
   * Insists Pain Will Pass": a title-case headline's cue is a verb); undefined when there is none,
   * as in most texts.
   */
  private capitalisedCues(raws: readonly RawQuote[]): Uint8Array | undefined {
    const { tokens, text } = this.doc;
    let marks: Uint8Array | undefined;
    for (const raw of raws) {
      const cue = raw.cue;
      if (cue === undefined) continue;
      const code = text.charCodeAt(cue.start);
      if (code < 0x41 || code > 0x5a) continue;
      marks ??= new Uint8Array(tokens.length);
      for (let k = partitionPoint(tokens.length, (i) => (tokens[i]?.end ?? 0) <= cue.start); k < tokens.length && (tokens[k]?.start ?? Infinity) < cue.end; k++) marks[k] = 1;
    }
    return marks;
  }

  /**
   * One entry per distinct speaker span, in text order, each linked to its name run; and for
   * each raw quote, the index of its speaker's entry (-1 for none).
   */
  private collectSpeakers(raws: readonly RawQuote[]): { speakers: Speaker[]; ofRaw: number[] } {
    const { tokens } = this.doc;
    const byStart = new Map<number, Speaker[]>();
    const unique: Speaker[] = [];
    const rawSpeaker: (Speaker | undefined)[] = [];
    const named: Speaker[] = [];
    // Speakers named as bodies ("The Center for Fiscal Studies said"), whose inner runs name no one else.
    const bodies: NounPhrase[] = [];
    // The last word of each speaker's name, so that the scan makes a name of it even alone ("Putin said").
    const speakerNames = new Uint8Array(tokens.length);
    for (const raw of raws) {
      const span = raw.speaker;
      if (span === undefined) {
        rawSpeaker.push(undefined);
        continue;
      }
      const same = byStart.get(span.start);
      const seen = same?.find((other) => other.end === span.end);
      if (seen !== undefined) {
        rawSpeaker.push(seen);
        seen.opening += this.openingPronoun(raw);
        seen.through = Math.max(seen.through, this.quotedThrough(raw));
        continue;
      }
      const { phrase } = span;
      const sentence = this.sentenceOf(phrase.first);
      const speaker: Speaker = { start: span.start, end: span.end, phrase, sentence, kind: phrase.kind, run: -1, index: -1, opening: this.openingPronoun(raw), through: Math.max(sentence, this.quotedThrough(raw)) };
      if (same === undefined) byStart.set(span.start, [speaker]);
      else same.push(speaker);
      unique.push(speaker);
      rawSpeaker.push(speaker);
      // ("People close to Omar Feld": whoever is close to the name speaks.)
      const close = phrase.kind === 'name' && phrase.name !== undefined ? this.closeTo(phrase.first, phrase.name.first) : undefined;
      // "The leader of Harrowfield Borough Council", "a spokesman for the ministry": one person, named by a description.
      if ((phrase.kind === 'name' || phrase.kind === 'group') && (this.personBeforeOf(phrase) || this.personBeforeTo(phrase) || this.bodyBeforePlace(phrase) || this.oneFromPlace(phrase))) speaker.kind = 'description';
      // ("Ana Lind and the harbor board", "The mayor and the council": two phrases joined are a group.)
      else if (this.joinsDeterminerPhrase(phrase.first, phrase.last)) speaker.kind = 'group';
      // "Supporters of Ana Pike", "Analysts at Barcley": people named by where they stand, not the name.
      else if (phrase.kind === 'name' && phrase.name !== undefined && this.peopleBefore(phrase.first, phrase.name.first)) speaker.kind = 'group';
      else if (close !== undefined) speaker.kind = close;
      else if (phrase.kind === 'name' && phrase.name !== undefined) {
        const body = this.bodyName(phrase);
        if (body !== undefined) {
          speaker.body = body;
          bodies.push(phrase);
          continue;
        }
        // "Ana Pike and Tom Reyes said", "Kestrel and Vardan said": together they are a group, not the last of them.
        if (this.namesJoined(phrase.first, phrase.name.first, phrase.name.last)) {
          speaker.kind = 'group';
          continue;
        }
        // "Sen. Ana Pike of Kestrel said": the person, not the place, speaks.
        const person = this.personBeforePlace(phrase);
        if (person !== undefined) {
          speaker.name = person.name;
          speaker.place = person.place;
          named.push(speaker);
          speakerNames[person.name.last] = 1;
          continue;
        }
        // "The Odeon on Quay Street announced": the name before the place, not the place, speaks.
        const located = this.nameBeforeLocative(phrase);
        if (located !== undefined) {
          speaker.name = located;
          named.push(speaker);
          speakerNames[located.last] = 1;
          continue;
        }
        // "Putin’s spokesman", "the Trump campaign": a name that only modifies the head is a description.
        let k = phrase.name.last + 1;
        while (k <= phrase.last && tokens[k]?.kind !== 'word' && tokens[k]?.text !== '(') k++;
        // ("Pike's warning echoed ...": what a person says speaks for that person.)
        const uttered = k === phrase.last && UTTERANCE_NOUNS.has(tokens[k]?.norm ?? '') && isPossessiveToken(tokens[phrase.name.last]);
        // ("Harwick plc", "Time magazine": a company's legal form or an outlet's kind after its name is no head.)
        const outletKind = k === phrase.last && OUTLET_DESCRIPTORS.has(tokens[k]?.norm ?? '');
        if (outletKind) this.kindAt.set(phrase.name.last, 'outlet');
        if (!(k <= phrase.last && tokens[k]?.kind === 'word') || (k === phrase.last && COMPANY_FORMS.has(tokens[k]?.norm ?? '')) || outletKind || uttered) {
          speaker.name = phrase.name;
          named.push(speaker);
          speakerNames[phrase.name.last] = 1;
          continue;
        }
        speaker.kind = 'description';
      }
      if (speaker.kind !== 'description' && speaker.kind !== 'group') continue;
      // "The mayor, Jean Roux, said": the name in apposition is the speaker, unless the
      // description is plural or a thing ("Two analysts, ...", "A 2019 report, ...").
      // ("“...,” said one resident, who gave only her first name, Mara.": an inverted speaker's phrase
      // stops before the naming clause, which may run on to the sentence's last word.)
      let lastWord = (this.doc.sentences[sentence]?.endToken ?? 0) - 1;
      while (lastWord > phrase.last && tokens[lastWord]?.kind !== 'word') lastWord--;
      const sentenceEnd = tokens[lastWord]?.end ?? span.end;
      const name = this.appositiveName(phrase, span.end) ?? this.nameAfterNamingClause(phrase, Math.max(span.end, sentenceEnd)) ?? this.givenNameAtEnd(phrase, span.end);
      if (name === undefined) continue;
      const words = this.phraseWords(phrase.first, phrase.last).norms;
      const kind = this.descriptionKind(words, false);
      if (kind === 'group' || kind === 'unknown') continue;
      // ("A spokeswoman for the carmaker, Brelland Motors, said": a body's name after a person's
      // description that ends in a body's word stands in apposition to that body, the person
      // staying unnamed; "One of them, Harwick Group," is still the body.)
      if (kind === 'person' && isBodyWord(stripPossessive(tokens[phrase.last]?.norm ?? '')) && this.endsInBodyHead(name.last)) continue;
      // ("A third, Baltic Tern Lines, said": the name speaks, but "third" is no role of it.)
      // ("A teacher who asked to be named only by her first name, Aisha,": a relative clause on the
      // description is no part of the role.)
      if (isRoleHead(descriptionHead(words)) && !NOT_ROLE_LEADS.has(words[0] ?? '')) speaker.described = { first: phrase.first, last: this.beforeRelative(phrase.first, phrase.last) };
      speaker.kind = 'name';
      speaker.name = name;
      if (kind !== 'person') this.kindAt.set(name.last, kind);
      named.push(speaker);
      speakerNames[name.last] = 1;
    }
    const scanned = scanNames(this.doc, speakerNames, this.capitalisedCues(raws));
    this.setRuns(scanned.runs);
    this.bare = scanned.bare;
    this.bareSentence = scanned.bareSentence;
    const extra: NameRun[] = [];
    for (const speaker of named) {
      const name = speaker.name as { readonly first: number; readonly last: number };
      const found = this.runAt[name.last] ?? -1;
      // ("Rights Group Accuses Police of ...": in a title-case headline the capitalised run goes
      // on over the cue and its object, and the speaker's name ends where the cue begins.)
      const overCue = found >= 0 && (this.runs[found]?.titleCase ?? false) && (this.runs[found]?.last ?? 0) > name.last;
      if (found >= 0 && (this.runs[found]?.nameFirst ?? Infinity) <= name.last && !overCue) {
        speaker.run = found;
        continue;
      }
      const sentence = this.doc.sentences[speaker.sentence];
      const made = makeRun(this.doc, speaker.sentence, name.first, name.last, sentence?.firstToken ?? 0, sentence?.endToken ?? tokens.length, false);
      if (made === undefined) speaker.kind = speaker.phrase.kind === 'group' ? 'group' : 'description';
      else extra.push(made);
    }
    if (extra.length > 0 || bodies.length > 0) {
      // A speaker's name that the scan read otherwise becomes a run, replacing whatever it overlaps;
      // a body's name ("the Center for Fiscal Studies") leaves no run of its last words
      // ("Fiscal Studies") to make an entity of its own.
      const covered = new Uint8Array(tokens.length);
      for (const run of extra) covered.fill(1, run.first, run.last + 1);
      for (const body of bodies) covered.fill(1, body.first, body.last + 1);
      const kept = this.runs.filter((run) => covered[run.first] === 0 && covered[run.last] === 0);
      this.setRuns([...kept, ...extra].sort((a, b) => a.first - b.first));
      for (const speaker of named) if (speaker.kind === 'name') speaker.run = this.runAt[speaker.name?.last ?? -1] ?? -1;
      const bare: number[] = [];
      const bareSentence: number[] = [];
      this.bare.forEach((token, b) => {
        if (covered[token] === 1) return;
        bare.push(token);
        bareSentence.push(this.bareSentence[b] ?? 0);
      });
      this.bare = bare;
      this.bareSentence = bareSentence;
    }
    const speakers = unique.sort((a, b) => a.start - b.start || a.end - b.end);
    speakers.forEach((speaker, index) => {
      speaker.index = index;
    });
    return { speakers, ofRaw: rawSpeaker.map((speaker) => speaker?.index ?? -1) };
  }

  /**
   * 1 when "he" opens the reported clause of an indirect statement ("Okafor said he would run"),
   * -1 for "she", else 0. Such a pronoun most often stands for the speaker, but not always ("Pike
   * said he had lied"), so it is weak evidence of the speaker's gender.
   */
  private openingPronoun(raw: RawQuote): number {
    if (raw.mode !== 'indirect') return 0;
    const opening = OPENING_PRONOUN.exec(this.doc.text.slice(raw.contentStart, raw.contentStart + OPENING_REACH));
    if (opening === null) return 0;
    return opening[1]?.toLowerCase() === 'he' ? 1 : -1;
  }

  /**
   * Whether a plural noun and a preposition stand before the name that starts at `nameFirst`:
   * "Supporters of Ana Pike", "analysts at Barcley", "residents of Kestrel".
   */
  private peopleBefore(first: number, nameFirst: number): boolean {
    const { tokens } = this.doc;
    for (let k = first + 1; k < nameFirst; k++) {
      // (The prepositions of a noun phrase but "like": "analysts at Barcley", "supporters of Ana Pike".)
      const preposition = tokens[k]?.norm ?? '';
      if (!NP_PREPOSITIONS.has(preposition) || preposition === 'like') continue;
      const head = tokens[k - 1];
      // (A capitalised plural that opens the phrase, after "the" or not, names the people too: "The
      // Friends of the Valley"; so does one after a lower-case word, a party's or a nation's members:
      // "Several senior Democrats with ties to Ana Pike".)
      const opens = k - 1 === first || (k - 2 === first && tokens[first]?.norm === 'the');
      const members = k - 2 >= first && tokens[k - 2]?.kind === 'word' && !isUpper(tokens[k - 2]);
      return head !== undefined && head.kind === 'word' && (opens || members || !isUpper(head)) && (GROUP_HEADS.has(head.norm) || hasPluralEnding(head.norm)) && !isPossessiveToken(head);
    }
    return false;
  }

  /**
   * Whether the phrase is one person told by where they come from or stand, the name after the
   * preposition being a place's: "A farmer from Lund", "one trader in the port city of Delis", "a
   * nurse at Kell General". The phrase opens with a determiner or a number and its head is a
   * lower-case singular noun; plural heads are {@link peopleBefore}'s.
   */
  private oneFromPlace(phrase: NounPhrase): boolean {
    const { tokens } = this.doc;
    const lead = tokens[phrase.first];
    if (lead === undefined || (!DETERMINERS.has(lead.norm) && lead.norm !== 'one' && lead.kind !== 'number')) return false;
    const nameFirst = phrase.name?.first ?? phrase.last;
    for (let k = phrase.first + 2; k < nameFirst; k++) {
      const preposition = tokens[k]?.norm ?? '';
      if (preposition !== 'from' && !PLACE_PREPOSITIONS.has(preposition)) continue;
      const head = tokens[k - 1];
      return head !== undefined && head.kind === 'word' && !isUpper(head) && !hasPluralEnding(head.norm) && !isPossessiveToken(head) && namesOnePerson(head.norm);
    }
    return false;
  }

  /**
   * Whether an "and" inside the phrase joins a second phrase that opens with a determiner to the
   * words before it in tokens [first, last] ("Ana Lind and her aides", "The mayor and the council"),
   * before any preposition: the speaker is then all of them together, a group, not the body or the
   * person last named.
   */
  private joinsDeterminerPhrase(first: number, last: number): boolean {
    const { tokens } = this.doc;
    for (let k = first + 1; k < last - 1; k++) {
      const norm = tokens[k]?.norm ?? '';
      // ("a spokesman for the mayor and the council": after a preposition "and" joins its objects, not heads.)
      if (NP_PREPOSITIONS.has(norm)) return false;
      if (norm === 'and' && CENTRAL_DETERMINERS.has(tokens[k + 1]?.norm ?? '')) return true;
    }
    return false;
  }

  /**
   * Whether an "and" (or a "nor") after a capitalised word joins something to the name in tokens
   * [nameFirst, nameLast]. A body's name that holds "and" ("Citizenship and Immigration
   * Services") ends in a body's head, which no person's does.
   */
  private namesJoined(first: number, nameFirst: number, nameLast: number): boolean {
    const { tokens } = this.doc;
    const last = stripPossessive(tokens[nameLast]?.norm ?? '');
    const single = last.endsWith('s') ? last.slice(0, -1) : last;
    if (ORGANIZATION_HEADS.has(last) || ORGANIZATION_HEADS.has(single) || ORGANIZATION_NAME_ENDINGS.has(last) || GOVERNMENT_HEADS.has(last)) return false;
    // ("Neither Lind nor Pell said": "nor" joins the pair that "neither" opens.)
    for (let k = first + 1; k < nameFirst; k++) if ((tokens[k]?.norm === 'and' || tokens[k]?.norm === 'nor') && isUpper(tokens[k - 1])) return true;
    return false;
  }

  /**
   * Whether the name that ends at token `last` ends in a word that names a body and no person:
   * "Brelland Motors", "Harwick plc", "the Kestrel Ferry Workers Union", "Vastrian Defence Ministry".
   */
  private endsInBodyHead(last: number): boolean {
    const norm = stripPossessive(this.doc.tokens[last]?.norm ?? '');
    return ORGANIZATION_NAME_ENDINGS.has(norm) || isBodyWord(norm);
  }

  /**
   * Whether the phrase's head is a person's role or noun standing before "of" or "for", the body
   * after it only telling whose: "the head of the health agency", "A spokesman for Aeronix".
   */
  private personBeforeOf(phrase: NounPhrase): boolean {
    const { tokens } = this.doc;
    for (let k = phrase.first + 1; k < phrase.last; k++) {
      const norm = tokens[k]?.norm;
      if (norm !== 'of' && norm !== 'for') continue;
      const head = tokens[k - 1];
      if (head === undefined || head.kind !== 'word' || hasPluralEnding(head.norm) || GROUP_HEADS.has(head.norm)) return false;
      // "The Mayor of London said": a capitalised title is one only before a place or a body, not
      // before a name ("Mayor of London Jane Holt"); nor is "chief of staff Ana Pike" a description.
      if (isUpper(head) || (TITLE_OF_TAILS.has(tokens[k + 1]?.norm ?? '') && tokens[k + 1]?.norm !== 'the')) {
        return TITLE_HEADS.has(head.norm) && this.onlyPlaces(k + 1, phrase.last);
      }
      return DESCRIPTION_HEADS.has(head.norm) || PEOPLE_NOUNS.has(head.norm);
    }
    return false;
  }

  /**
   * Whether the phrase's head is a lower-case body before a preposition of place or "of", the name
   * after it only telling where the body sits or whose it is: "The press office in Tarsk", "the
   * embassy in Velmora", "the embassy of Velmora".
   */
  private bodyBeforePlace(phrase: NounPhrase): boolean {
    const { tokens } = this.doc;
    const nameFirst = phrase.name?.first ?? phrase.last;
    for (let k = phrase.first; k < nameFirst; k++) {
      // ("Kell's reversal on the junta in Vardan": the body must head the whole phrase; an owner
      // right before it, "Kestria's embassy in Varna", is part of its name.)
      const owned = isPossessiveToken(tokens[k]) && PLACE_PREPOSITIONS.has(tokens[k + 2]?.norm ?? '') && isBodyHead(tokens[k + 1]?.norm ?? '');
      // ("the embassy of Karsovia": "of" and a name right after a lower-case body say whose it is, as
      // a place does; not "a group of liberal rabbis", whose "of" names its members.)
      const preposition = tokens[k]?.norm ?? '';
      const placed = PLACE_PREPOSITIONS.has(preposition) || (preposition === 'of' && this.nameFollows(k + 1, nameFirst));
      if ((isPossessiveToken(tokens[k]) && !owned) || (NP_PREPOSITIONS.has(preposition) && !placed)) return false;
      if (k === phrase.first || !placed) continue;
      const head = tokens[k - 1];
      // ("A think tank in Oslo": a body's head of two words too.)
      return head !== undefined && head.kind === 'word' && !isUpper(head) && (isBodyHead(head.norm) || (k - 2 >= phrase.first && isBodyHead(`${tokens[k - 2]?.norm ?? ''} ${head.norm}`)));
    }
    return false;
  }

  /**
   * Whether tokens [from, nameFirst) hold only capitalised words, "the" and "of", so that a name
   * opens at `from` ("the Republic of Karsovia"); not a person's name, opening with a title or a
   * given name ("Mayor Ines Kordan").
   */
  private nameFollows(from: number, nameFirst: number): boolean {
    const { tokens } = this.doc;
    const name = tokens[nameFirst];
    if (name === undefined || !isUpper(name)) return false;
    // ("The office of Mayor Ines Kordan": after a title or a given name the name is a person's, who speaks.)
    const lead = tokens[from];
    if (lead === undefined || TITLE_HEADS.has(lead.norm) || HONORIFICS.has(lead.norm) || givenNameGender(this.fold(lead.norm)) !== undefined) return false;
    for (let k = from; k < nameFirst; k++) {
      const t = tokens[k];
      if (t === undefined || !(isUpper(t) || t.norm === 'the' || t.norm === 'of')) return false;
    }
    return true;
  }

  /**
   * "People close to Omar Feld", "a source close to the mayor": whoever is close to the name
   * speaks, not the name; a group when the head is plural, else one person described.
   */
  private closeTo(first: number, nameFirst: number): 'group' | 'description' | undefined {
    const { tokens } = this.doc;
    for (let k = first + 1; k < nameFirst; k++) {
      if (!CLOSE_WORDS.has(tokens[k]?.norm ?? '')) continue;
      const head = tokens[k - 1];
      if (head === undefined || head.kind !== 'word' || isPossessiveToken(head)) return undefined;
      if ((GROUP_HEADS.has(head.norm) && head.norm !== 'source') || hasPluralEnding(head.norm)) return 'group';
      return PEOPLE_NOUNS.has(head.norm) || DESCRIPTION_HEADS.has(head.norm) || head.norm === 'person' || head.norm === 'source' ? 'description' : undefined;
    }
    return undefined;
  }

  /**
   * Whether the phrase's head is a lower-case helper's role before "to", the name after it only
   * telling whom the helper serves: "a campaign aide to Vela", "an adviser to Governor Ana Pike".
   */
  private personBeforeTo(phrase: NounPhrase): boolean {
    const { tokens } = this.doc;
    for (let k = phrase.first + 1; k < phrase.last; k++) {
      if (tokens[k]?.norm !== 'to') continue;
      const head = tokens[k - 1];
      return head !== undefined && !isUpper(head) && SERVING_HEADS.has(head.norm);
    }
    return false;
  }

  /**
   * The kind of the body a name phrase names as a whole when the name the phrase scan found is
   * only its last part: a body's head before "of", "for" or "on" ("The Ministry of Foreign
   * Affairs", "the University of Kestrel", "the Center for Fiscal Studies", "the Council on Water
   * Rights"), or a body's head after a possessive, which ends a name ("The U.S.
   * Attorney's Office"). Undefined when a title or a person's name stands among the words ("the
   * Bank of Kestrel Governor Ana Pike") or a lower-case word does.
   */
  private bodyName(phrase: NounPhrase): EntityKind | undefined {
    const { tokens } = this.doc;
    // Most name phrases have neither "of" nor a possessive before their last word: no body's name.
    let of = -1;
    let possessive = false;
    for (let k = phrase.first; k < phrase.last && of < 0; k++) {
      const token = tokens[k] as Token;
      if (BODY_HEAD_LINKS.has(token.norm)) of = k;
      else if (isPossessiveToken(token)) possessive = true;
    }
    if (of < 0 && !possessive) return undefined;
    const last = tokens[phrase.last]?.norm ?? '';
    let from = phrase.first;
    while (from < phrase.last && DETERMINERS.has(tokens[from]?.norm ?? '')) from++;
    from = pastJurisdiction(tokens, from, phrase.last);
    let head: string;
    if (of > from) {
      head = tokens[of - 1]?.norm ?? '';
      if (!isBodyHead(head)) return undefined;
    } else if (of < 0 && (ORGANIZATION_HEADS.has(last) || GOVERNMENT_HEADS.has(last))) head = last;
    else return undefined;
    for (let k = from; k <= phrase.last; k++) {
      const token = tokens[k] as Token;
      const norm = token.norm;
      if (BODY_HEAD_LINKS.has(norm) || norm === 'and' || norm === 'the' || norm === '&') continue;
      if (!isUpper(token) || TITLE_HEADS.has(norm) || HONORIFICS.has(norm)) return undefined;
      // ("the University of Virginia" is no person's name, "the Bank of Kestrel's Ana Pike" is.)
      if (k > from && k < phrase.last && isUpper(tokens[k + 1]) && this.isFirstName(norm)) return undefined;
    }
    return this.descriptionKind([head], false);
  }

  /**
   * "Sen. Ana Pike of Kestrel", "Professor Ana Ruiz of Keswick University", "Ana Pike
   * (D-Kestrel)": the person's name before "of" or a parenthesis, and the place or body after
   * it. Only a name with a title or honorific before it, a given name, or a party and state in
   * the parenthesis counts: "Kestrel Chamber of Commerce" is no person.
   */
  private personBeforePlace(phrase: NounPhrase): { name: TokenRange; place: TokenRange } | undefined {
    const { tokens } = this.doc;
    const named = phrase.name as TokenRange;
    let last: number;
    let place: TokenRange;
    let partyState = false;
    const bracketed = tokens[phrase.last]?.text === ')';
    if (bracketed) {
      let open = phrase.last - 1;
      while (open > phrase.first && tokens[open]?.text !== '(') open--;
      if (tokens[open]?.text !== '(' || open + 1 >= phrase.last) return undefined;
      last = open - 1;
      place = { first: open + 1, last: tokens[phrase.last - 1]?.text === '.' ? phrase.last - 2 : phrase.last - 1 };
      partyState = PARTY_STATE.test(tokens[open + 1]?.text ?? '');
    } else {
      let of = phrase.first + 1;
      while (of < named.first && tokens[of]?.norm !== 'of') of++;
      // ("Chief Ana Roth of the city fire department": the name itself may stand before "of".)
      if (of >= named.first && tokens[named.last + 1]?.norm === 'of') of = named.last + 1;
      if (of >= named.first && of !== named.last + 1) return undefined;
      last = of - 1;
      const from = tokens[of + 1]?.norm === 'the' ? of + 2 : of + 1;
      if (!placeNameIn(tokens, from, phrase.last) && !bodyDescribedIn(tokens, from, phrase.last) && !bodyNamedAfterKindIn(tokens, from, phrase.last)) return undefined;
      place = { first: from, last: phrase.last };
    }
    const lastToken = tokens[last];
    // ("Sen. Walter Prince of Wyoming": a title's word after a given name is a surname.)
    const surname = last > phrase.first && isUpper(tokens[last - 1]) && this.isFirstName(tokens[last - 1]?.norm);
    if (last < phrase.first || !isUpper(lastToken) || isPossessiveToken(lastToken) || (TITLE_HEADS.has(lastToken?.norm ?? '') && !surname) || HONORIFICS.has(lastToken?.norm ?? '')) return undefined;
    let first = last;
    while (first - 1 >= phrase.first) {
      const before = tokens[first - 1] as Token;
      if (!(isUpper(before) || isNameParticle(before)) || TITLE_HEADS.has(before.norm) || HONORIFICS.has(before.norm) || DETERMINERS.has(before.norm)) break;
      first--;
    }
    const before = first - 1 >= phrase.first ? tokens[first - 1] : undefined;
    const titled = before !== undefined && (TITLE_HEADS.has(before.norm) || HONORIFICS.has(before.norm));
    if (!titled && !partyState && !(first < last && (this.isFirstName(tokens[first]?.norm) || (!bracketed && this.untitledFullName(first, last))))) return undefined;
    return { name: { first, last }, place };
  }

  /**
   * "The Odeon on Quay Street", "Ana Lind in Brill": a name that opens the phrase (after "the"
   * or a title) and a preposition of place ("on", "in", "at", "near") before another name. The
   * preposition's phrase says where the first is; the first names the one who speaks.
   */
  private nameBeforeLocative(phrase: NounPhrase): TokenRange | undefined {
    const { tokens } = this.doc;
    const named = phrase.name as TokenRange;
    let first = phrase.first;
    while (first < named.first && (DETERMINERS.has(tokens[first]?.norm ?? '') || TITLE_HEADS.has(tokens[first]?.norm ?? '') || HONORIFICS.has(tokens[first]?.norm ?? ''))) first++;
    let at = first;
    while (at < named.first && isUpper(tokens[at]) && !isPossessiveToken(tokens[at])) at++;
    // ("Nobody in Kestrel said": a pronoun, capitalised at the sentence's start, is no name.)
    if (at === first || at + 1 !== named.first || !LOCATIVES.has(tokens[at]?.norm ?? '') || NOT_NAMED_SUBJECTS.has(tokens[first]?.norm ?? '')) return undefined;
    return placeNameIn(tokens, named.first, phrase.last) ? { first, last: at - 1 } : undefined;
  }

  /**
   * Whether tokens [first, last] name an office's place or body, not a person: all words of
   * places ("London", "the Interior", "State"), or a body's name ("Kestrel Water Board").
   */
  private onlyPlaces(first: number, last: number): boolean {
    const { tokens } = this.doc;
    const end = stripPossessive(tokens[last]?.norm ?? '');
    if (first <= last && (ORGANIZATION_HEADS.has(end) || GOVERNMENT_HEADS.has(end) || ORGANIZATION_NAME_ENDINGS.has(end))) return true;
    for (let k = first; k <= last; k++) {
      const norm = tokens[k]?.norm ?? '';
      if (!GOVERNMENT_NAMES.has(norm) && !TITLE_OF_TAILS.has(norm)) return false;
    }
    return first <= last;
  }

  /**
   * The name given at the end of a relative clause set off by commas that says how the speaker
   * may be named ("Another mother, who asked to be identified only by her first name, Priya,"),
   * when it closes the speaker's span, or the name the clause itself gives ("The commander, who
   * goes by the name General Ruko,"); undefined otherwise.
   */
  private nameAfterNamingClause(phrase: NounPhrase, end: number): { first: number; last: number } | undefined {
    const { tokens } = this.doc;
    if (tokens[phrase.last + 1]?.text !== ',' || tokens[phrase.last + 2]?.norm !== 'who') return undefined;
    // ("The commander, who goes by the name General Ruko, posted ...": the clause that names a
    // description holds the name itself, up to the comma that closes it.)
    let named = -1;
    if ((tokens[phrase.last + 3]?.norm === 'goes' || tokens[phrase.last + 3]?.norm === 'went') && tokens[phrase.last + 4]?.norm === 'by') {
      named = phrase.last + 5;
      if (tokens[named]?.norm === 'the' && tokens[named + 1]?.norm === 'name') named += 2;
    }
    // (The name after the clause's closing comma is read as an appositive on the phrase with the clause.)
    for (let c = phrase.last + 3; c < tokens.length && (tokens[c]?.end ?? Infinity) <= end; c++) {
      if (tokens[c]?.text !== ',') continue;
      if (named > 0) {
        for (let k = named; k < c; k++) if (!isUpper(tokens[k]) && !isNameParticle(tokens[k])) return undefined;
        return c > named ? { first: named, last: c - 1 } : undefined;
      }
      return tokens[c - 1]?.norm === 'name' ? this.appositiveName({ ...phrase, last: c - 1 }, end) : undefined;
    }
    return undefined;
  }

  /**
   * The proper name after a comma that ends a speaker's span, in apposition to the description
   * before it: "Jean Roux" in "The mayor, Jean Roux, said". Undefined when the words after the
   * comma are no name ("The mayor, who ...") or too many to be one.
   */
  private appositiveName(phrase: NounPhrase, end: number): { first: number; last: number } | undefined {
    const { tokens } = this.doc;
    const first = this.afterLowerTitle(phrase.last + 2);
    if (tokens[phrase.last + 1]?.text !== ',' || !isUpper(tokens[first])) return undefined;
    // ("a woman in Lund, Vastria": after a place, a comma opens the place's region, not a name.)
    if (isUpper(tokens[phrase.last]) && this.oneFromPlace(phrase)) return undefined;
    // ("Ms. Malik and her husband, ..." are two holders; an "and" inside the owner's name before the head joins none.)
    // ("The firm's founder and chief executive, Ana Pike," is one holder of two titles.)
    for (let k = phrase.first; k < phrase.last; k++) if (tokens[k]?.norm === 'and' && !this.inOwnerName(k, phrase.last) && !joinsTitles(tokens, k)) return undefined;
    // The name runs to the span's end or to a comma inside it ("The envoy, Ana Pike, who ..."):
    // capitalised words and particles only ("Two analysts, Ana Pike and Tom Reyes" is no apposition).
    // ("According to the prosecutor, Delmar told ...": a name past the span's end is in apposition
    // only when a comma closes it too; before a verb it is the subject of what follows.)
    const outside = (tokens[first]?.end ?? Infinity) > end;
    let last = first;
    while (last + 1 < tokens.length && (outside || (tokens[last + 1]?.end ?? Infinity) <= end) && (isUpper(tokens[last + 1]) || isNameParticle(tokens[last + 1]) || pluralApostropheInName(tokens, last, tokens.length))) last += tokens[last + 1]?.kind === 'quote' ? 2 : 1;
    const after = tokens[last + 1];
    // ("One of them, a former colonel named Dorian Katz who now teaches, said": a name put to the
    // title by a naming participle may take a relative clause without a comma.)
    const relative = (after?.norm === 'who' || after?.norm === 'whose') && APPOSITIVE_NAMING_PARTICIPLES.has(tokens[first - 1]?.norm ?? '');
    if (after !== undefined && (after.end <= end || outside) && after.text !== ',' && !relative && !(last > first && this.affiliationTo(last + 1, end))) return undefined;
    const lastToken = tokens[last];
    if (!isUpper(tokens[first]) || !isUpper(lastToken) || last - first >= MAX_NAME_WORDS || isPossessiveToken(lastToken) || DESCRIPTION_HEADS.has(lastToken?.norm ?? '')) return undefined;
    return { first, last };
  }

  /**
   * Where a name starts after the lower-case title that may open an appositive: "businessman", "the
   * actress" or "former harbor commissioner" in "The club's owner, former harbor commissioner Ivo
   * Dran, said" (an article, then up to {@link MAX_APPOSITIVE_TITLE_WORDS} plain words that end in a
   * description's head before a capitalised word). `from` itself when no such title stands there;
   * a preposition, a clause word or a pronoun ends the search ("a deputy to minister Ann Lee" names
   * the minister, not the deputy).
   */
  private afterLowerTitle(from: number): number {
    const { tokens } = this.doc;
    const start = ARTICLES.has(tokens[from]?.norm ?? '') ? from + 1 : from;
    // ("Another group, the Harbor Trust, said": "the" right before a name is the name's own article.)
    // ("The club's owner, the Danish banker Ivo Dran, said": not a capitalised modifier before a
    // lower-case title.)
    if (start > from && tokens[from]?.norm === 'the' && isUpper(tokens[start]) && !this.modifiesTitle(start)) return start;
    for (let k = start; k < start + MAX_APPOSITIVE_TITLE_WORDS; k++) {
      const token = tokens[k];
      if (token !== undefined && isUpper(token) && this.modifiesTitle(k)) continue;
      // ("The mission's head, Dutch lawmaker Hanneke Vos, said": one capitalised word may open
      // the title, a nationality or a body, when a lower-case word follows it.)
      const opensTitle = k === start && isUpper(token) && tokens[k + 1]?.kind === 'word' && !isUpper(tokens[k + 1]);
      // ("Her rival, state Sen. Victor Hale, said": a lower-case word may stand before a capitalised
      // title, which opens the name's run.)
      if (token !== undefined && isUpper(token) && k > start && isTitleWord(token) && isUpper(tokens[k + 1]) && !isUpper(tokens[k - 1])) return k;
      if (token === undefined || token.kind !== 'word' || (isUpper(token) && !opensTitle)) return from;
      // ("Its largest creditor, the state lender Norbank, said": a kind of company heads such a title too.)
      // ("The bid's chief, former Olympic sailor Rui Matos, said": so does a noun of one person by its ending.)
      if ((DESCRIPTION_HEADS.has(token.norm) || isCompanyWord(token.norm) || (namesOnePerson(token.norm) && !NOT_ROLE_HEADS.has(token.norm))) && isUpper(tokens[k + 1])) return k + 1;
      if (CLAUSE_OPENERS.has(token.norm) || NP_PREPOSITIONS.has(token.norm) || DETERMINERS.has(token.norm) || SUBJECT_PRONOUNS.has(token.norm)) return from;
      // ("One volunteer, a retired nurse named Ines Vall, said": a naming participle may stand
      // between, and puts the name to any noun, a trade no title list holds among them: "a baker
      // called Tomas Riel".)
      if (APPOSITIVE_NAMING_PARTICIPLES.has(tokens[k + 1]?.norm ?? '') && isUpper(tokens[k + 2])) return k + 2;
    }
    return from;
  }

  /**
   * Whether the capitalised word at `k` modifies a lower-case title after it inside an appositive
   * ("Olympic" in "former Olympic sailor Rui Matos", "Danish" in "the Danish banker Ivo Dran"): a
   * lower-case word that names one person follows it, itself before a capitalised name.
   */
  private modifiesTitle(k: number): boolean {
    const { tokens } = this.doc;
    const next = tokens[k + 1];
    return next !== undefined && next.kind === 'word' && !isUpper(next) && namesOnePerson(next.norm) && isUpper(tokens[k + 2]);
  }

  /**
   * Whether the "and" at token `and` joins capitalised words of a possessive name that ends
   * before token `head`: "The Harbour and Freight Workers Union's leader".
   */
  private inOwnerName(and: number, head: number): boolean {
    const { tokens } = this.doc;
    if (!isUpper(tokens[and - 1])) return false;
    for (let k = and + 1; k < head; k++) {
      const token = tokens[k];
      if (!isUpper(token)) return false;
      if (isPossessiveToken(token)) return true;
    }
    return false;
  }

  /**
   * Whether capitalised words [first, last] before "of" and a place are a person's full name even
   * with a given name the list lacks ("Marisol Keefe of Dallin"): two or three words after no
   * article ("the Communications Workers of Kestrel"), none of them a body's head ("Royal Bank of
   * Kestrel"), a title or a title's modifier ("Former Secretary of State").
   */
  private untitledFullName(first: number, last: number): boolean {
    const { tokens } = this.doc;
    if (last - first > 2 || DETERMINERS.has(tokens[first - 1]?.norm ?? '')) return false;
    for (let k = first; k <= last; k++) {
      const norm = tokens[k]?.norm ?? '';
      if (isBodyHead(norm) || TITLE_HEADS.has(norm) || DESCRIPTION_HEADS.has(norm) || TITLE_MODIFIERS.has(norm)) return false;
    }
    return true;
  }

  /**
   * Whether the tokens from `at` to the span's `end` are "of", "at" or "from" and the body a name
   * in apposition belongs to, with no comma: "The union's lawyer, Ana Pike of the Legal Aid
   * Society, said". The body places the name; it is no part of it.
   */
  private affiliationTo(at: number, end: number): boolean {
    const { tokens } = this.doc;
    const link = tokens[at];
    if (link === undefined || !AFFILIATION_LINKS.has(link.text)) return false;
    for (let k = at + 1; k < tokens.length && (tokens[k]?.end ?? Infinity) <= end; k++) if (tokens[k]?.kind !== 'word') return false;
    if (isUpper(tokens[at + 1])) return true;
    if (tokens[at + 1]?.norm !== 'the') return false;
    // ("Ana Pike of the consultancy Harwick Risk", "Tom Reyes at the think tank Norvale": a
    // body's common noun may stand between "the" and its name.)
    for (let k = at + 2; k <= at + 1 + AFFILIATION_NOUN_WORDS; k++) {
      const token = tokens[k];
      if (isUpper(token)) return true;
      if (token === undefined || CLAUSE_OPENERS.has(token.norm) || NP_PREPOSITIONS.has(token.norm) || DETERMINERS.has(token.norm)) return false;
    }
    return isUpper(tokens[at + 2 + AFFILIATION_NOUN_WORDS]);
  }

  /**
   * Gives each name in apposition to a description ("The mayor, Jean Roux, said") the
   * description's words as a role: Jean Roux is the "mayor", and "the mayor" later names him.
   */
  private describeNames(speakers: readonly Speaker[]): void {
    for (const speaker of speakers) {
      if (speaker.described !== undefined && speaker.run >= 0) this.describeName(speaker.run, speaker.described);
    }
    for (const [last, described] of this.describedRuns) {
      const run = this.runAt[last] ?? -1;
      if (run >= 0 && this.runs[run]?.last === last) this.describeName(run, described);
    }
  }

  /**
   * Whether tokens [first, last] are a description of one holder and nothing more: no "and" or
   * "or" ("Ms. Malik and her husband"), no preposition ("rhetoric from the front-runner"), no
   * relative or verb ("whose husband", "relying on ...", "called Dow's chief").
   */
  private plainDescription(first: number, last: number): boolean {
    const { tokens } = this.doc;
    for (let k = first; k <= last; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind !== 'word') continue;
      if (t.norm === 'and' || t.norm === 'or' || NP_PREPOSITIONS.has(t.norm) || NOT_PLAIN_DESCRIPTION.has(t.norm) || COMMON_VERBS.has(t.norm) || (!isUpper(t) && (t.norm.endsWith('ing') || t.norm.endsWith('ed')) && !this.modifyingParticiple(k, last))) return false;
    }
    return true;
  }

  /**
   * Whether the word in "-ing" or "-ed" at `k` modifies the noun after it, right after an article
   * ("The presiding judge", "the acting mayor", "a retired nurse"), and so is an adjective of the
   * description rather than a verb ("relying on", "called Dow's chief").
   */
  private modifyingParticiple(k: number, last: number): boolean {
    const { tokens } = this.doc;
    const next = tokens[k + 1];
    return k < last && ARTICLES.has(tokens[k - 1]?.norm ?? '') && next !== undefined && next.kind === 'word' && !isUpper(next) && !NP_PREPOSITIONS.has(next.norm) && !DETERMINERS.has(next.norm);
  }

  /**
   * Whether the phrase at `first` ends an adverbial that opens the sentence at `min`, with no
   * comma before it: in "Weeks after meeting the governor, Maria Tell sold the farm" the name
   * after the comma is the subject of the main clause, not the governor.
   */
  private inFrontedAdjunct(min: number, first: number): boolean {
    const { tokens } = this.doc;
    const opener = tokens[min];
    if (opener === undefined || first <= min) return false;
    const fronted = SUBORDINATORS.has(opener.norm) || ADJUNCT_LEAD_PREPOSITIONS.has(opener.norm) || opener.norm.endsWith('ing') || SUBORDINATORS.has(tokens[min + 1]?.norm ?? '');
    if (!fronted) return false;
    for (let k = min + 1; k < first; k++) if (tokens[k]?.text === ',') return false;
    return true;
  }

  /** Gives the entity of the name run `run` the words of the description in tokens `described` as a role. */
  private describeName(run: number, described: { readonly first: number; readonly last: number }): void {
    const { tokens, text } = this.doc;
    const draft = this.runDrafts[run];
    if (draft === undefined) return;
    let first = described.first;
    while (first < described.last && (LEADING_WORDS.has(tokens[first]?.norm ?? '') || COUNTING_WORDS.has(tokens[first]?.norm ?? ''))) first++;
    const last = tokens[described.last];
    if (last === undefined) return;
    const end = isPossessiveToken(last) ? last.end - 2 : last.end;
    this.addRole(draft, text.slice(tokens[first]?.start ?? 0, end));
  }

  /**
   * Finds the full names that a description of one person stands before in commas, wherever
   * they are ("He met the envoy, Ivo Brann, on Monday"), for {@link describedRuns}. (A surname
   * alone may stand for someone else's entity, and gets no role so.)
   */
  private describeRuns(): void {
    const { tokens } = this.doc;
    for (let index = 0; index < this.runs.length; index++) {
      const run = this.runs[index] as NameRun;
      const after = tokens[run.last + 1];
      // ("the envoy, Sir Ivo Brann,": an honorific alone, no title, still lets the name take the role.)
      if ((run.first !== run.nameFirst && (run.title !== undefined || run.honorific === undefined)) || run.possessive || run.norms.length < 2 || tokens[run.first - 1]?.text !== ',' || (after !== undefined && after.text !== ',' && after.text !== '.' && after.text !== ')')) continue;
      // (The head must be a word of office or standing, "president", "envoy", "founder"; "the
      // era of segregation, Jim Crow," names no role.)
      // ("hired an outside firm, Redgate Security,": a company's kind names a company so.)
      const head = tokens[run.first - 2];
      const company = head !== undefined && isCompanyWord(head.norm);
      if (head === undefined || head.kind !== 'word' || isUpper(head) || !(DESCRIPTION_HEADS.has(head.norm) || company)) continue;
      const min = this.doc.sentences[run.sentence]?.firstToken ?? 0;
      const phrase = phraseEndingAt(tokens, run.first - 2, min);
      if (phrase === undefined || phrase.kind === 'pronoun' || !this.plainDescription(phrase.first, phrase.last) || this.inFrontedAdjunct(min, phrase.first)) continue;
      const words = this.phraseWords(phrase.first, phrase.last).norms;
      const kind = this.descriptionKind(words, false);
      if (NOT_ROLE_LEADS.has(words[0] ?? '') || (kind !== 'person' && !(company && kind === 'organization'))) continue;
      if (kind === 'organization') this.kindAt.set(run.last, kind);
      this.describedRuns.set(run.last, { first: phrase.first, last: phrase.last });
    }
  }

  /** Gives the title of a name with a place after it ("Sen. Ana Pike of Kestrel") that place as its affiliation. */
  private placeNames(speakers: readonly Speaker[]): void {
    const { tokens, text } = this.doc;
    for (const speaker of speakers) {
      const place = speaker.place;
      if (place === undefined) continue;
      const title = this.runs[speaker.run]?.title;
      const draft = this.runDrafts[speaker.run];
      if (title === undefined || draft === undefined) continue;
      const role = draft.roles.find((held) => held.title === title);
      if (role !== undefined && role.affiliation === undefined) role.affiliation = text.slice(tokens[place.first]?.start ?? 0, tokens[place.last]?.end ?? 0);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Names

  private isFirstName(norm: string | undefined): boolean {
    return norm !== undefined && givenNameGender(this.fold(norm)) !== undefined;
  }

  private isOutlet(run: NameRun, lower: string, last: string): boolean {
    // ("Le Monde": a name's particles are left out of its words, not out of its name.)
    // ("the technology site The Byteline": an outlet's kind may stand before the name's own "The".)
    const kind = run.afterThe ? this.doc.tokens[run.nameFirst - 2] : undefined;
    if (kind !== undefined && kind.kind === 'word' && OUTLET_DESCRIPTORS.has(kind.norm) && !isUpper(kind)) return true;
    return OUTLET_NAMES.has(lower) || (run.title !== undefined && isOutletTitle(run.title)) || (mayBeOutletName(this.doc.text, run.nameStart, run.nameEnd) && OUTLET_NAMES.has(this.doc.text.slice(run.nameStart, run.nameEnd).toLowerCase())) || (OUTLET_HEADS.has(last) && (run.afterThe || run.norms.length > 1)) || (run.afterThe && OUTLET_NAMES.has(`the ${lower}`));
  }

  /** The head of a body whose name goes on after a link inside the run ("court" of "Court of Appeals"), if any. */
  private linkedBodyHead(run: NameRun): string | undefined {
    const { tokens } = this.doc;
    for (let k = run.nameFirst + 1; k < run.last; k++) {
      if (!BODY_HEAD_LINKS.has(tokens[k]?.norm ?? '')) continue;
      const head = tokens[k - 1]?.norm ?? '';
      if (ORGANIZATION_HEADS.has(head) || GOVERNMENT_HEADS.has(head)) return head;
    }
    return undefined;
  }

  private nameKind(run: NameRun): EntityKind {
    const lower = run.norms.length === 1 ? (run.norms[0] ?? '') : run.norms.join(' ');
    const last = run.norms[run.norms.length - 1] ?? '';
    // ("the advocacy group Green Ledger": a body's kind right before the name outweighs an outlet's word in it.)
    if (this.bodyWordBefore(run) && !this.givenNamed(run)) return 'organization';
    // ("the ferry Aegir Star", "the tanker Nordic Dawn": a craft's kind right before the name makes
    // it a vessel, no outlet, body or person, even when its last word ends an outlet's name.)
    if (VESSEL_WORDS_BEFORE_NAMES.has(this.doc.tokens[run.first - 1]?.norm ?? '') && run.title === undefined) return 'unknown';
    if (this.isOutlet(run, lower, last)) return 'outlet';
    // ("the Journal of Coastal Medicine", "the Annals of Tide Studies": a serial's head before "of".)
    if (SERIAL_HEADS.has(run.norms[0] ?? '') && this.doc.tokens[run.nameFirst + 1]?.norm === 'of') return 'outlet';
    if (GOVERNMENT_NAMES.has(lower) || GOVERNMENT_HEADS.has(last)) return 'government';
    // ("the Court of Appeals", "the Commission on Presidential Debates": a body's head before a link names the body.)
    const linked = this.linkedBodyHead(run);
    if (linked !== undefined) return GOVERNMENT_HEADS.has(linked) ? 'government' : 'organization';
    // ("port operator Dave Marsh": a company's kind before a given name and a surname is a person's trade.)
    if (ORGANIZATION_HEADS.has(last) || ORGANIZATION_NAME_ENDINGS.has(last) || (run.title !== undefined && isCompanyTitle(run.title) && !this.givenNamed(run))) return 'organization';
    if (joinedByAmpersand(this.doc.tokens, run.nameFirst, run.last)) return 'organization';
    // "Harwick plc", "Aeronix, a biotech company,": a legal form or an appositive says what the name is.
    const after = this.doc.tokens[run.last + 1];
    if (after !== undefined && after.kind === 'word' && COMPANY_FORMS.has(after.norm)) return 'organization';
    const described = run.appositiveHead;
    // ("Le Clairon, the regional daily, reported": an outlet's kind in the appositive.)
    if (described !== undefined && !this.givenNamed(run) && OUTLET_DESCRIPTORS.has(described)) return 'outlet';
    if (this.bodyAppositive(run)) return 'organization';
    if (run.norms.length === 1 && this.isAcronym(run) && !PERSON_ACRONYMS.has(lower)) return 'organization';
    // ("The Odeon on Quay Street": a name after "the" that stands somewhere is a venue or a business, no person.)
    if (run.afterThe && run.honorific === undefined && LOCATIVES.has(after?.norm ?? '') && isUpper(this.doc.tokens[run.last + 2])) return 'organization';
    // ("Report blames brakes", "Poll shows Lind ahead": a headline's or sentence's first word that is
    // a document's or a finding's noun is that thing, no person's name.)
    if (run.norms.length === 1 && isThingHead(lower) && run.first === this.doc.sentences[run.sentence]?.firstToken) return 'unknown';
    // ("Unions welcomed the budget", "Lenders said ...": a sentence's first word that is the plural
    // of a kind of body names such bodies, no person.)
    if (run.norms.length === 1 && hasPluralEnding(lower) && isBodyWord(singular(lower)) && run.first === this.doc.sentences[run.sentence]?.firstToken) return 'group';
    // ("The Red Cross said", "the World Food Programme": a name of several words after "the",
    // with no honorific, title or given name, is a body's; a person's name takes no article.
    // "the Wisconsin Republican" ends in a word for a person, and stays one.)
    if (run.afterThe && run.norms.length > 1 && run.honorific === undefined && run.title === undefined && !this.givenNamed(run) && !ROLE_WORDS.has(last) && !PARTISAN_NOUNS.has(last)) return 'organization';
    // ("the best nominee Ohio Democrats have chosen", "House Republicans": a name that ends in the
    // plural of a partisan noun names the party's members, no person, whatever stands before it.)
    if (run.norms.length > 1 && last.endsWith('s') && PARTISAN_NOUNS.has(last.slice(0, -1))) return 'group';
    // ("The Bundesbank said", "the Kremlin's spokesman": a single name word after "the" that heads
    // its phrase names a body too; a word for a person ("the Republican", "the Briton", "the Texan")
    // does not.)
    if (run.afterThe && run.norms.length === 1 && run.honorific === undefined && run.title === undefined && !this.isFirstName(last) && !ROLE_WORDS.has(last) && !PARTISAN_NOUNS.has(last) && !namesResident(last)) return 'organization';
    // ("Red Electrica Sur, which runs the network, said": "which" takes up no person.)
    if (after?.text === ',' && this.doc.tokens[run.last + 2]?.norm === 'which' && run.honorific === undefined && run.title === undefined && !this.givenNamed(run)) return 'organization';
    return 'person';
  }

  /** "Rights group Harbor Light said", "the coalition Clean Coast": a body's kind right before the name says what it is. */
  private bodyWordBefore(run: NameRun): boolean {
    const before = this.doc.tokens[run.first - 1];
    return before !== undefined && BODY_WORDS_BEFORE_NAMES.has(before.norm);
  }

  /**
   * Whether an appositive after the name says it is a body's, the name holding no given name:
   * "Aeronix, a biotech company,", "Tarvik Investors Service, the rating agency,".
   */
  private bodyAppositive(run: NameRun): boolean {
    const described = run.appositiveHead;
    return described !== undefined && !this.givenNamed(run) && (ORGANIZATION_HEADS.has(described) || ORGANIZATION_DESCRIPTION_HEADS.has(described) || GOVERNMENT_HEADS.has(described));
  }

  /** "Erik Holm, a crane operator": a given name and a surname name a person whatever the appositive's head. */
  private givenNamed(run: NameRun): boolean {
    return run.norms.length > 1 && this.isFirstName(run.norms[0]);
  }

  /**
   * Whether a one-word name is written in capitals, two to seven letters ("WHO", "UNICEF", "WHO’s"),
   * and is no transcript's speaker label ("LIND: ..."), which names a person in capitals.
   */
  private isAcronym(run: NameRun): boolean {
    const { text, tokens } = this.doc;
    const end = run.nameEnd;
    if (end - run.nameStart < 2 || end - run.nameStart > 7 || tokens[run.last + 1]?.text === ':') return false;
    for (let i = run.nameStart; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x41 || code > 0x5a) return false;
    }
    return true;
  }

  /**
   * A headline's run of capitalised words ("U.S.–Russia Talks Putin") that ends in a name: the
   * sentence is set in title case, or the words before the name are places.
   */
  private isRunOn(run: NameRun): boolean {
    if (run.norms.length < 2 || run.title !== undefined || run.honorific !== undefined || run.given !== undefined) return false;
    if (run.titleCase) return true;
    for (let i = 0; i < run.norms.length - 1; i++) if (GOVERNMENT_NAMES.has(run.norms[i] as string)) return true;
    return false;
  }

  /**
   * The entity a surname alone names: the one named most recently before `at`, else the first.
   * With an honorific's gender, one whose given name is of the other gender is passed over while
   * another is left: "Mrs. Dorrance" is not the "Paul Dorrance" named last but "Julia Dorrance";
   * "Ms. Harwick" is still the only "Lee Harwick" (a list's given name is evidence, not a rule).
   */
  private bySurnameAt(key: string, at: number, gender?: 'male' | 'female'): Draft | undefined {
    const list = this.bySurname.get(key);
    if (list === undefined || list.length === 0) return undefined;
    return (gender === undefined ? undefined : latestBefore(list, at, gender)) ?? latestBefore(list, at, undefined);
  }

  /**
   * Whether a name of several words whose given name the list lacks names a person of its own
   * because it shares its surname with a person named with a listed given name, and a relative
   * clause in "who" after it makes it a person too: "Marisol Quenby, who led the state" beside
   * her husband "Tomas Quenby". (A surname alone then tells the two apart by an honorific.)
   */
  private relativeOfNamed(run: NameRun, families: ReadonlySet<string>): boolean {
    const { tokens } = this.doc;
    if (!run.subject || run.possessive || run.norms.length !== 2 || !families.has(run.folded[1] ?? '')) return false;
    return tokens[run.last + 1]?.text === ',' && tokens[run.last + 2]?.norm === 'who';
  }

  /** The folded surnames of the names of two words or more with a listed given name ("Tomas Quenby"). */
  private listedSurnames(): Set<string> {
    const surnames = new Set<string>();
    for (const run of this.runs) if (run.given !== undefined && run.norms.length > 1 && !run.titleCase) surnames.add(run.folded[run.folded.length - 1] ?? '');
    return surnames;
  }

  /** A full name whose surname is known with the same (or no) given name: "Vladimir Putin" after "Putin". */
  private sameSurname(run: NameRun): Draft | undefined {
    const given = run.folded[0];
    const list = this.bySurname.get(run.folded[run.folded.length - 1] ?? '');
    return list?.find((draft) => draft.firstName === undefined || draft.firstName === given);
  }

  /**
   * Groups the name runs into entities, in three passes so that the order of mentions does not
   * matter: full names first, then single names (a surname, a given name), then run-on headline
   * names and names found only because an entity of that name exists.
   */
  private clusterNames(speakers: readonly Speaker[]): void {
    const { tokens } = this.doc;
    // A name is strong when it names an entity of its own: a speaker, a name with a title or
    // honorific, a given name and a surname, a relative of one (see relativeOfNamed), an outlet.
    // Other capitalised words only join entities named elsewhere.
    const strong = new Uint8Array(this.runs.length);
    for (const speaker of speakers) if (speaker.run >= 0) strong[speaker.run] = 1;
    const deferred: number[] = [];
    const singles: number[] = [];
    const families = this.listedSurnames();
    // Full names.
    this.runs.forEach((run, index) => {
      if (strong[index] === 0) {
        const single = run.norms.length === 1;
        const last = run.norms[run.norms.length - 1] ?? '';
        // (A company's name is one of its own, like an outlet's: "Brantwell Foods". The outlet
        // test, which joins the words, comes last.)
        // ("Retired Judge Breaks Silence on Reform": in a title-case headline a title makes no name
        // of the capitalised words after it unless they start with a given name.)
        const titled = run.title !== undefined && !(run.titleCase && run.given === undefined && !single);
        // ("Tarvik Investors Service, the rating agency, cut ...": an appositive that says what body
        // the name is names one of its own too, so that "the agency" may later take it up.)
        if (titled || run.honorific !== undefined || (!single && !run.titleCase && (run.given !== undefined || isCompanyName(run.norms) || isShortenedCompanyName(run.norms) || this.relativeOfNamed(run, families) || this.bodyAppositive(run))) || this.describedRuns.has(run.last) || this.isOutlet(run, single ? last : run.norms.join(' '), last)) strong[index] = 1;
      }
      if (strong[index] === 0 || this.isRunOn(run)) deferred.push(index);
      else if (run.norms.length === 1) singles.push(index);
      else {
        const draft = this.byFull.get(run.key) ?? this.byLegalCore(run) ?? this.sameSurname(run) ?? this.newNamed(run);
        this.assign(index, draft, true);
        this.register(draft, run);
        if (draft.kind === 'person') this.sharedSurname(run);
      }
    });
    // Single names: "Putin", "President Trump", "Mr. Smith".
    for (const index of singles) {
      const run = this.runs[index] as NameRun;
      const key = run.key;
      const at = tokens[run.first]?.start ?? 0;
      const gender = run.honorific === undefined ? undefined : HONORIFICS.get(run.honorific)?.gender;
      // ("Mrs. Dorrance" after "Mr. Dorrance" has been read as "Paul Dorrance": his wife, "Julia Dorrance".)
      const full = this.byFull.get(key);
      const draft = (full !== undefined && (gender === undefined || !otherGender(full, gender)) ? full : undefined) ?? this.bySurnameAt(key, at, gender) ?? this.byGivenName(key) ?? this.kinGivenName(run) ?? this.byCompanyWord(key) ?? this.familyName(key, run) ?? this.newNamed(run);
      this.assign(index, draft, true);
      this.register(draft, run);
    }
    // Run-on headline names and names that only match an entity named elsewhere.
    for (const index of deferred) {
      const run = this.runs[index] as NameRun;
      const at = tokens[run.first]?.start ?? 0;
      const key = run.key;
      let draft = this.byFull.get(key);
      if (draft !== undefined) {
        this.assign(index, draft, true);
        continue;
      }
      if (run.norms.length === 1) {
        draft = this.bySurnameAt(key, at) ?? this.byGivenName(key);
        if (draft !== undefined) this.assign(index, draft, true);
        else if (strong[index] === 1) {
          draft = this.newNamed(run);
          this.assign(index, draft, true);
          this.register(draft, run);
        }
        continue;
      }
      if (!this.isRunOn(run)) {
        // "Marta Kowalczyk" for the "Kowalczyk" who speaks: the full name of a person named by surname.
        const surname = run.folded[run.folded.length - 1] ?? '';
        const given = run.folded[0];
        const single = this.byFull.get(surname) ?? this.bySurnameAt(surname, at);
        if (single !== undefined && single.kind === 'person' && (single.firstName === undefined || single.firstName === given)) {
          this.assign(index, single, true);
          this.register(single, run);
        } else if (strong[index] === 1) {
          draft = this.newNamed(run);
          this.assign(index, draft, true);
          this.register(draft, run);
        }
        continue;
      }
      // The longest suffix that names an entity: "Russia Talks Putin" is Putin. Names are short,
      // so only the last few words are tried, which keeps a long capitalised run linear.
      for (let s = Math.max(1, run.norms.length - MAX_NAME_WORDS); s < run.norms.length && draft === undefined; s++) {
        const suffixKey = run.folded.slice(s).join(' ');
        draft = this.byFull.get(suffixKey) ?? (s === run.norms.length - 1 ? this.bySurnameAt(suffixKey, at) : undefined);
      }
      if (draft !== undefined) this.assign(index, draft, false);
      else if (strong[index] === 1) {
        draft = this.newNamed(run);
        this.assign(index, draft, true);
        this.register(draft, run);
      }
    }
    this.clusterBare(speakers);
  }

  /**
   * Single capitalised words ("Putin’s remarks", "Ushakov") join the entity whose name, surname
   * or given name they are; the others ("Europe", "Speaking") name no entity here.
   */
  private clusterBare(speakers: readonly Speaker[]): void {
    const { tokens, sentences } = this.doc;
    const matched: [NameRun, Draft][] = [];
    this.bare.forEach((index, b) => {
      const token = tokens[index];
      if (token === undefined) return;
      const key = this.fold(stripPossessive(token.norm));
      const draft = this.byFull.get(key) ?? this.bySurnameAt(key, token.start) ?? this.byGivenName(key);
      if (draft === undefined) return;
      const sentence = this.bareSentence[b] ?? 0;
      const run = makeRun(this.doc, sentence, index, index, sentences[sentence]?.firstToken ?? 0, sentences[sentence]?.endToken ?? tokens.length, false);
      if (run !== undefined) matched.push([run, draft]);
    });
    if (matched.length === 0) return;
    // Merge the new runs into the sorted list, carrying drafts and speakers' run indices along.
    const runs: NameRun[] = [];
    const drafts: (Draft | undefined)[] = [];
    const moved = new Int32Array(this.runs.length);
    let m = 0;
    this.runs.forEach((run, index) => {
      while (m < matched.length && (matched[m]?.[0].first ?? Infinity) < run.first) {
        runs.push((matched[m] as [NameRun, Draft])[0]);
        drafts.push(undefined);
        m++;
      }
      moved[index] = runs.length;
      runs.push(run);
      drafts.push(this.runDrafts[index]);
    });
    for (; m < matched.length; m++) {
      runs.push((matched[m] as [NameRun, Draft])[0]);
      drafts.push(undefined);
    }
    for (const speaker of speakers) if (speaker.run >= 0) speaker.run = moved[speaker.run] ?? -1;
    this.setRuns(runs);
    this.runDrafts = drafts;
    const draftOf = new Map(matched);
    runs.forEach((run, index) => {
      const draft = draftOf.get(run);
      if (draft !== undefined) this.assign(index, draft, true);
    });
  }

  private newNamed(run: NameRun): Draft {
    const kind = this.kindAt.get(run.last) ?? this.nameKind(run);
    const draft = this.newDraft(this.nameOf(run, kind), kind, run.norms.length);
    draft.named = true;
    return draft;
  }

  /**
   * "Mira and Ines Varga": a lone given name joined by "and" to a person's full name shares its
   * surname, two people of one family; the first is made "Mira Varga", found later by her given
   * name ("Mira said"). The lone word must be a given name of the word list, so that "Kestrel
   * and Ines Varga" or "Biden and Ines Varga" stay two entities of their own.
   */
  private sharedSurname(run: NameRun): void {
    const { tokens, text } = this.doc;
    const single = tokens[run.first - 2];
    if (run.first !== run.nameFirst || tokens[run.first - 1]?.norm !== 'and' || single === undefined || !isUpper(single) || isPossessiveToken(single)) return;
    // (A lone word: "Pike and Ines Varga" after "Ana" is two full names.)
    if (isUpper(tokens[run.first - 3])) return;
    const given = this.fold(single.norm);
    const gender = givenNameGender(given);
    if (gender === undefined) return;
    const key = `${given} ${run.folded.slice(1).join(' ')}`;
    if (this.byFull.has(key)) return;
    const draft = this.newDraft(`${single.text} ${text.slice(tokens[run.nameFirst + 1]?.start ?? 0, run.nameEnd)}`, 'person', run.norms.length);
    draft.named = true;
    draft.firstName = given;
    draft.gender += gender === 'male' ? 1 : -1;
    this.byFull.set(key, draft);
    this.index(this.byFirstName, given, draft);
  }

  /** "Brantwell" alone for the only "Brantwell Foods" of the text. */
  private byCompanyWord(key: string): Draft | undefined {
    const list = this.byCompany.get(key);
    return list !== undefined && list.length === 1 ? list[0] : undefined;
  }

  /**
   * "his brother Pieter" ... "Pieter Verhaal": a lone word after a word of kin is a given name,
   * listed or not, so it is the one person whose full name starts with it. Else undefined.
   */
  private kinGivenName(run: NameRun): Draft | undefined {
    const title = run.title;
    if (title === undefined || !KIN_NOUNS.has(title.slice(title.lastIndexOf(' ') + 1).toLowerCase())) return undefined;
    let found: Draft | undefined;
    for (const draft of this.drafts) {
      if (draft.kind !== 'person' || draft.firstName !== run.key || draft === found) continue;
      if (found !== undefined) return undefined;
      found = draft;
    }
    return found;
  }

  /**
   * "Zhou" alone for the only "Zhou Ming" of the text, a family name written first, when the lone
   * word is the speaker's whole name and no surname or given name took it. (Not after "the" or
   * with a title: "Young" of "Young Kim" is no name in "Young voters".) With an honorific only
   * when the given name after the family name is hyphenated, as Korean ones are written: "Ms.
   * Park" for "Park Ji-won".
   */
  private familyName(key: string, run: NameRun): Draft | undefined {
    if (run.title !== undefined || run.afterThe) return undefined;
    const list = this.byLeadWord.get(key);
    const only = list !== undefined && list.length === 1 ? list[0] : undefined;
    if (only === undefined || run.honorific === undefined) return only;
    const space = only.name.indexOf(' ');
    return space > 0 && only.name.indexOf('-', space) > space + 1 && only.name.indexOf(' ', space + 1) < 0 ? only : undefined;
  }

  /** "Hillary" alone for the only "Hillary Clinton" of the text. */
  private byGivenName(key: string): Draft | undefined {
    const list = this.byFirstName.get(key);
    return list !== undefined && list.length === 1 ? list[0] : undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Roles and descriptions

  private indexRoles(): void {
    for (const draft of this.drafts) {
      for (const role of draft.roles) {
        const written = role.title.split(' ').filter((word) => word !== '');
        const words = written.map(plainWord);
        const places = new Set<string>();
        // Capitalised modifiers ("Russian", "Kremlin", "U.S.") tell where the office is.
        for (let i = 0; i < written.length - 1; i++) {
          const word = written[i] as string;
          const plain = words[i] as string;
          if (word.charAt(0) !== plain.charAt(0) && !DESCRIPTION_HEADS.has(plain)) places.add(placeOf(plain));
        }
        const entry: RoleEntry = { draft, words: new Set(words), places };
        for (const key of roleKeys(words)) this.indexRole(key, entry);
      }
    }
  }

  private indexRole(key: string, entry: RoleEntry): void {
    const list = this.byRole.get(key);
    if (list === undefined) this.byRole.set(key, [entry]);
    // A text rarely has many holders of one office; a bound keeps descriptions linear in any text.
    else if (list.length < MAX_ROLE_HOLDERS) list.push(entry);
  }

  /**
   * The words of the phrase in tokens `[first, last]` without its leading determiners ("the",
   * "its") and the possessive ’s of its last word: lower-case forms, and which are capitalised.
   */
  private phraseWords(first: number, last: number): PhraseWords {
    const { tokens } = this.doc;
    let i = first;
    while (i < last && LEADING_WORDS.has(tokens[i]?.norm ?? '')) i++;
    const norms: string[] = [];
    const upper: boolean[] = [];
    for (let k = i; k <= last; k++) {
      const t = tokens[k];
      if (t === undefined || (t.kind !== 'word' && t.kind !== 'number')) continue;
      norms.push(k === last ? stripPossessive(t.norm) : t.norm);
      upper.push(isUpper(t) && !isPossessiveToken(t));
    }
    return { norms, upper };
  }

  /**
   * The entity that holds the role a description names: "the Kremlin adviser" for the entity
   * titled "Kremlin adviser", "the Russian leader" for a "Russian President" (a synonym, so a
   * weaker match), never a "Ukrainian President". Only entities named before the description at
   * offset `at` (or given by the caller) hold roles for it. Of equal matches the entity named
   * most recently wins, but for a bare title the role with fewer other words comes first ("the
   * president" is President Ana Pike, not Vice President Tom Reyes), and a bare title that several
   * entities hold equally well ("the minister" after "Prime Minister Clara Vidal met Health
   * Minister Omar Feld") is {@link AMBIGUOUS}. A bare title looks back to a holder of the same
   * head met in its own paragraph before one met only in earlier paragraphs, whatever their other
   * words: after "Defense Minister Sergo Lantz accused ...", "The minister said" is Lantz, not a
   * "Foreign Minister" quoted higher up (`paragraphStart`, the offset where the description's
   * paragraph begins; none for a description that is not in running text).
   */
  private roleHolder({ norms, upper }: PhraseWords, at: number, paragraphStart = Infinity): Draft | typeof AMBIGUOUS | undefined {
    if (norms.length === 0) return undefined;
    const heads = roleKeys(norms);
    if (!heads.some((key) => this.byRole.has(key) || SYNONYMS.has(key))) return undefined;
    const modifiers = norms.slice(0, -1);
    // Capitalised modifiers name a place or body ("Russian", "Kremlin"); a possessive ("Putin’s") names a person.
    const places = modifiers.filter((_, i) => upper[i] === true).map(placeOf);
    const bare = modifiers.length === 0;
    // "Linden's lawyer" is the lawyer of the one named: not a bare role held for someone else ("his attorney, Paul Vesey").
    const owned = hasPossessive(modifiers);
    // ("Regulator Fines Kestrel Telecom": "the regulator" or "the watchdog" holds no role of a company.)
    const publicHead = PUBLIC_INTEREST_HEADS.has(norms[norms.length - 1] ?? '');
    let best: Draft | undefined;
    let bestScore = 0;
    let bestExtra = 0;
    let tied = false;
    // The one same-head holder met in the description's paragraph, if exactly one was.
    let local: Draft | undefined;
    let locals = 0;
    const consider = (key: string, base: number) => {
      for (const entry of this.byRole.get(key) ?? []) {
        const draft = entry.draft;
        if (!draft.known && draft.first >= at) continue;
        // A description and a role that name different places never match: "the Democratic nominee", "Republican nominee".
        if (places.length > 0 && entry.places.size > 0 && !places.some((place) => entry.places.has(place))) continue;
        if (namesOtherOffice(modifiers, norms, entry)) continue;
        if (owned && entry.words.size <= 1) continue;
        // ("The Tarn Union's spokesman" is not the "ministry spokeswoman" named before: a description
        // that names its body in capitals, and a role that names another in lower case, share no word.)
        if (owned && places.length > 0 && entry.places.size === 0 && entry.words.size > 1 && !modifiers.some((modifier) => entry.words.has(modifier))) continue;
        if (publicHead && companyNamed(draft.name)) continue;
        if (base === SAME_HEAD && draft.lastSeen >= paragraphStart && draft.lastSeen < at && draft !== local) {
          local = draft;
          locals++;
        }
        let score = base;
        for (const modifier of modifiers) if (entry.words.has(modifier)) score++;
        // For a bare title, role words it does not have ("vice" of "Vice President" for "the president") break ties.
        const extra = bare ? entry.words.size - 1 : 0;
        if (score > bestScore || (score === bestScore && extra < bestExtra)) {
          best = draft;
          bestScore = score;
          bestExtra = extra;
          tied = false;
        } else if (score === bestScore && extra === bestExtra && best !== undefined && draft !== best) {
          tied = true;
          if (draft.lastSeen > best.lastSeen) best = draft;
        }
      }
    };
    for (const key of heads) consider(key, SAME_HEAD);
    for (const key of heads) for (const synonym of SYNONYMS.get(key) ?? []) consider(synonym, SYNONYM_HEAD);
    if (bare && locals === 1 && local !== undefined && best !== undefined && best !== local && best.lastSeen < paragraphStart) return local;
    if (!(tied && bare)) return best;
    this.latestTied = best;
    return AMBIGUOUS;
  }

  /**
   * The kind of entity a description names. With `upper` (whether each word is capitalised), a
   * lower-case head that also names people is no outlet: "a poll monitor", "one observer" (not
   * "The Monitor").
   */
  private descriptionKind(words: readonly string[], plural: boolean, upper?: readonly boolean[]): EntityKind {
    // The head stands before a prepositional phrase: "residents of the valley", "a spokesman for the campaign".
    const cut = words.findIndex((_norm, i) => i > 0 && endsHead(words, i));
    const norms = cut > 0 ? words.slice(0, cut) : words;
    const head = norms[norms.length - 1] ?? '';
    const two = norms.length > 1 ? `${norms[norms.length - 2] ?? ''} ${head}` : head;
    const all = norms.length === 1 ? head : norms.join(' ');
    if (GOVERNMENT_NAMES.has(all) || GOVERNMENT_HEADS.has(head) || GOVERNMENT_HEADS.has(two)) return 'government';
    if (cut > 0 && collectiveOfPeople(words, cut)) return 'group';
    // ("the observer", "the post": in lower case such a head is a person or a thing, no outlet.)
    if (OUTLET_NAMES.has(all) || (OUTLET_HEADS.has(head) && !(upper?.[norms.length - 1] === false && (PEOPLE_OUTLET_HEADS.has(head) || THING_HEADS.has(head))))) return 'outlet';
    // ("State television reported", "local radio said", "state media said": a broadcaster by its medium.)
    if (BROADCAST_HEADS.has(head)) return 'outlet';
    if (ORGANIZATION_HEADS.has(head) || ORGANIZATION_DESCRIPTION_HEADS.has(head) || ORGANIZATION_DESCRIPTION_HEADS.has(two)) return 'organization';
    if (isThingHead(head)) return 'unknown';
    if (plural || GROUP_HEADS.has(head) || hasPluralEnding(head) || SHARE_HEADS.has(head) || STAFF_HEADS.has(head) || EVERYONE_HEADS.has(head)) return 'group';
    // ("Two of the guards said", "the three said", "Two in three said": a count above one is
    // people; so is "One in five said", a share, and "Three out of four said".)
    const outOf = head === 'out' && words[cut] === 'of';
    const count = outOf ? (norms[norms.length - 2] ?? '') : head;
    if (NUMBER_WORDS.has(count) && (count !== 'one' || outOf || words[cut] === 'in')) return 'group';
    // A description that speaks and is no body, group or thing is a person: "the harbor master said".
    return 'person';
  }

  /** An entity named by the mention's own words ("Both sides", "the harbor master"), one per distinct wording. */
  private byWording(name: string, words: PhraseWords, kind: EntityKind): Draft {
    const key = this.key(words.norms);
    let draft = this.byFull.get(key);
    if (draft === undefined) {
      draft = this.newDraft(name, kind, words.norms.length);
      this.byFull.set(key, draft);
    }
    return draft;
  }

  /**
   * A description: a known entity of that wording, else the holder of the role it names, else an
   * entity of its own. An indefinite description ("A diplomat said", "one official") introduces
   * someone, so it holds no one's role; a bare title that several entities hold is left
   * unresolved (undefined) rather than guessed.
   */
  private resolveDescription(first: number, headLast: number): Draft | undefined {
    const { tokens, text } = this.doc;
    const last = this.beforeRelative(first, headLast);
    if (this.coordinatedFrom(first) < first) return this.resolveGroup(first, last);
    const words = this.phraseWords(first, last);
    const knownDraft = this.byFull.get(this.key(words.norms));
    if (knownDraft !== undefined) return knownDraft;
    // A headline names its speaker by a title that the article's body gives a name: "Mayor Says ...".
    const at = this.inHeadline(first) ? Infinity : (tokens[first]?.start ?? 0);
    // ("Ana Bishop, an aide, said ... “No,” Bishop said": a capitalised title word alone, with no
    // article, is the surname of a person named before it.)
    if (first === last && at !== Infinity && words.upper[0] === true) {
      const surnamed = this.bySurnameAt(this.key(words.norms), at);
      if (surnamed !== undefined && surnamed.kind === 'person' && surnamed.first < at) return surnamed;
    }
    const paragraphStart = at === Infinity ? Infinity : (this.doc.paragraphs[this.doc.sentences[this.sentenceOf(first)]?.paragraph ?? 0]?.start ?? Infinity);
    const holder = INDEFINITES.has(tokens[first]?.norm ?? '') ? undefined : this.roleHolder(words, at, paragraphStart);
    const definite = DEFINITES.has(tokens[first]?.norm ?? '');
    // ("Ambassador Ana Lind spoke. Ambassador Tom Reyes abstained. One diplomat, who asked not to
    // be named, said ... the diplomat said": a title that several hold equally is still taken up
    // by a description of its head introduced after all of them.)
    if (holder === AMBIGUOUS) return definite && this.latestTied !== undefined ? this.describedSince(words.norms, at, this.latestTied) : undefined;
    if (holder !== undefined) return (definite ? this.describedSince(words.norms, at, holder) : undefined) ?? holder;
    const earlier = definite ? (this.describedBefore(words.norms, at) ?? this.recentCompany(words, at, first) ?? this.recentBody(words, at) ?? this.recentOutlet(words.norms, first, at) ?? this.recentOfAge(words.norms, first, at)) : undefined;
    if (earlier !== undefined) return earlier;
    const ahead = this.heldAhead(first, last, words);
    if (ahead !== undefined) return ahead;
    const end = tokens[last]?.end ?? 0;
    const name = text.slice(tokens[first]?.start ?? 0, isPossessiveToken(tokens[last]) ? end - 2 : end);
    const kind = this.descriptionKind(words.norms, false, words.upper);
    // ("A source involved in the talks said": one source is a person, as in a group's phrase.)
    const single = kind === 'group' && INDEFINITES.has(tokens[first]?.norm ?? '') && descriptionHead(words.norms) === 'source';
    const draft = this.byWording(name, words, single ? 'person' : kind);
    // ("Her sister disagreed.", "The widow said": a head of one gender tells the person's.)
    const gender = draft.kind === 'person' && draft.gender === 0 && !isUpper(tokens[last]) ? GENDERED_TITLES.get(descriptionHead(words.norms) ?? '') : undefined;
    if (gender !== undefined) draft.gender = gender === 'male' ? 2 : -2;
    this.indexDescription(draft, words.norms);
    return draft;
  }

  /**
   * A wire lede names its speaker by role and gives the name just after: "The chancellor warned
   * on Monday ... Chancellor Ana Reyes said". A definite description that no one named earlier
   * holds is the holder named before the end of the next paragraph.
   */
  private heldAhead(first: number, last: number, words: PhraseWords): Draft | undefined {
    const { tokens, sentences, paragraphs } = this.doc;
    const sentence = sentences[this.sentenceOf(first)];
    const paragraph = sentence?.paragraph ?? 0;
    // ("A federal judge on Thursday blocked ... U.S. District Judge Ana Pike wrote": in the lede an indefinite one too.)
    const lede = paragraph === 0 || (paragraph === 1 && this.inHeadline(0));
    const indefinite = INDEFINITES.has(tokens[first]?.norm ?? '');
    // ("Governor: “Stay off the roads”" as a subhead, then "Gov. Ana Pike closed ...": a bare title
    // that labels a quotation at the start of its line is the headline's kind of speaker.)
    const label = sentence !== undefined && (words.upper[0] ?? false) && tokens[last + 1]?.text === ':' && (first === sentence.firstToken || isDash(tokens[first - 1]));
    if (!DEFINITES.has(tokens[first]?.norm ?? '') && !label && !(indefinite && (lede || this.namedNext(first, words)))) return undefined;
    const limit = paragraphs[Math.min(paragraph + 1, paragraphs.length - 1)]?.end ?? 0;
    const holder = this.roleHolder(words, limit);
    if (holder === AMBIGUOUS || holder === undefined) return undefined;
    // Only a present title with the same head, not a synonym or a past office: "the senator" is
    // not the "former senator Tom Reyes" named next, nor "the former director" the "director, Ana
    // Pike," named next (a past office is held by no one of that title now).
    if (namesPastOffice(words.norms)) return undefined;
    const head = descriptionHead(words.norms);
    const held = holder.roles.some(({ title }) => {
      if (PAST_TITLE.test(title)) return false;
      const written = title.slice(title.lastIndexOf(' ') + 1).toLowerCase();
      return written === head || ABBREVIATED_TITLES.get(written) === head;
    });
    return held ? holder : undefined;
  }

  /**
   * "A fire department spokesman said ... The spokesman, Eli Dorn, said": the next sentence opens
   * with the same head under "the" and gives a name in apposition; the definite article takes up
   * the one just introduced, so the name is the indefinite one's.
   */
  private namedNext(first: number, words: PhraseWords): boolean {
    const { tokens, sentences } = this.doc;
    const next = sentences[this.sentenceOf(first) + 1];
    if (next === undefined || tokens[next.firstToken]?.norm !== 'the') return false;
    const head = descriptionHead(words.norms);
    for (let i = next.firstToken + 1; i < next.endToken && i <= next.firstToken + 4; i++) {
      if (tokens[i]?.norm === head) return tokens[i + 1]?.text === ',' && isUpper(tokens[i + 2]);
    }
    return false;
  }

  /**
   * "Vantor Motors said ... The automaker said": a company named by its kind alone, without a
   * place ("the German automaker" is left alone), is the organization named most recently; so is
   * "the group" or "the watchdog" after any organization ("Harbor Watch said ... The group said"),
   * when it is the most recent one.
   * ("A group of drivers has printed leaflets. The group says ...": not past a group introduced
   * with "a" since that organization was last seen; "the group" takes up the one just introduced.)
   */
  private recentCompany({ norms, upper }: PhraseWords, at: number, first: number): Draft | undefined {
    const head = descriptionHead(norms);
    // ("Larkspur Medical Group said ... The hospital system said": hospitals run as one business.)
    const hospitals = head === 'system' && HOSPITAL_SYSTEM_KINDS.has(norms[norms.length - 2] ?? '');
    const company = isCompanyWord(head) || hospitals;
    const publicHead = PUBLIC_INTEREST_HEADS.has(head);
    if (!(company || ORGANIZATION_BACK_HEADS.has(head)) || this.namesPlace(norms, upper)) return undefined;
    const gathered = GATHERED_BODY_HEADS.has(head) || CAMP_HEADS.has(head);
    for (let i = this.recent.length - 1, n = 0; i >= 0 && n < PRONOUN_LOOKBACK; i--, n++) {
      const { draft, tentativeAt } = this.recent[i] as Recent;
      if (tentativeAt !== undefined || draft.first >= at) continue;
      // ("Citizens for Fair Harbors said ... The group said": a body named by its members, a plural
      // before a preposition, reads as people, and "the group" takes it up.)
      if (head === 'group' && draft.kind === 'group' && namedByMembers(draft.name) && modifiersIn(norms, draft.name)) return draft;
      if (draft.kind !== 'organization' || !draft.named) continue;
      if (!company && this.introducedSince(head, first, draft.lastSeen)) return undefined;
      // ("Tarvo Pharma said ... The advisory panel said": a body gathered to act together is no
      // company, only a body whose name ends in that very word, "the Harbor Review Panel".)
      if (gathered && lastWordOf(draft.name) !== head) continue;
      // ("Kell Foods said ... The Dockers Union said ... The company said": a company's kind passes
      // over a body that is no company; "the regulator" or "the watchdog", over a company, and not
      // over a body.)
      if (publicHead ? companyNamed(draft.name) : company && NOT_COMPANY_HEADS.has(bodyHeadOf(draft.name))) continue;
      // ("the group" or "the rights group" after "Harbor Rights Watch", not "the trade group": a word
      // before a plain head must be the name's.)
      // ("the hospital system" for "Larkspur Medical Group": "hospital" is the business's kind, no other body.)
      return (company && (hospitals || !otherBodyBefore(norms, draft.name))) || modifiersIn(norms, draft.name) ? draft : undefined;
    }
    return undefined;
  }

  /**
   * Whether a phrase with the head `head` opens with "a" or "an" ("a group of drivers", "an
   * advocacy group") before token `first`, after the offset `since` and within the
   * {@link INTRODUCTION_REACH} sentences before `first`'s.
   */
  private introducedSince(head: string, first: number, since: number): boolean {
    const { tokens, sentences } = this.doc;
    const from = sentences[Math.max(0, this.sentenceOf(first) - INTRODUCTION_REACH)]?.firstToken ?? 0;
    for (let k = first - 1; k >= from && (tokens[k]?.start ?? 0) > since; k--) {
      if (tokens[k]?.norm !== head) continue;
      // (The article stands at most two words before the head: "an advocacy group", "a new group";
      // after "is" or a comma the phrase says what a body named before is: "Harbor Watch is a
      // group that ...", "Harbor Watch, an advocacy group, ...".)
      for (let j = k - 1; j >= from && j >= k - 3; j--) {
        const t = tokens[j];
        if (t === undefined || t.kind !== 'word') break;
        if (t.norm === 'a' || t.norm === 'an') return tokens[j - 1]?.text !== ',' && !PREDICATE_LINKS.has(tokens[j - 1]?.norm ?? '');
      }
    }
    return false;
  }

  /**
   * "Joel Makki scored twice. ... the 24-year-old said": news copy names a person and then
   * refers back by age alone, so a definite age ("the 24-year-old", nothing else) is the person
   * last named as a speaker or subject in one of the {@link AGE_REACH} sentences before (not one
   * named in the age's own sentence, where a quotation may name others); an unnamed subject in
   * between ("the former model") may be the one meant, so then no one.
   */
  private recentOfAge(norms: readonly string[], first: number, at: number): Draft | undefined {
    if (norms.length !== 1 || !(norms[0] ?? '').endsWith('-year-old')) return undefined;
    const sentence = this.sentenceOf(first);
    for (let i = this.recent.length - 1, n = 0; i >= 0 && n < PRONOUN_LOOKBACK; i--, n++) {
      const recent = this.recent[i] as Recent;
      if (recent.sentence < sentence - AGE_REACH) return undefined;
      if (recent.sentence >= sentence || !recent.salient) continue;
      if (recent.tentativeAt !== undefined) return undefined;
      const { draft } = recent;
      if (draft.kind === 'person' && draft.named && draft.first < at) return draft;
    }
    return undefined;
  }

  /**
   * "The Daily Ledger reported ... The newspaper said": "the newspaper", "the paper" or "the
   * magazine", with one modifier at most ("the state-run paper"), is the outlet named in one of
   * the {@link OUTLET_REACH} sentences before or its own, when no organization is named after it.
   */
  private recentOutlet(norms: readonly string[], first: number, at: number): Draft | undefined {
    if (norms.length > 3 || !OUTLET_BACK_HEADS.has(norms[norms.length - 1] ?? '')) return undefined;
    const sentence = this.sentenceOf(first);
    for (let i = this.recent.length - 1, n = 0; i >= 0 && n < PRONOUN_LOOKBACK; i--, n++) {
      const { draft, tentativeAt, sentence: named } = this.recent[i] as Recent;
      if (named < sentence - OUTLET_REACH) return undefined;
      if (tentativeAt !== undefined || draft.first >= at) continue;
      // (Another body named in between may be the one meant: then no one.)
      if (draft.kind === 'organization' || draft.kind === 'government') return undefined;
      if (draft.kind === 'outlet' && draft.named) return draft;
    }
    return undefined;
  }

  /**
   * "The Food and Drug Administration said ... the agency said": the latest public body named
   * within the pronoun window (or further back, for a description with a word besides its head),
   * for a definite description whose head is a kind of body ("the agency", "the ministry"), when
   * that body's name (or the name its acronym stands for) ends in such a word and holds the
   * description's other words. A members' body ("the union", "the
   * association") is only the body whose name ends in that very word ("the Tarley Dockers Union").
   */
  private recentBody({ norms, upper }: PhraseWords, at: number): Draft | undefined {
    const head = descriptionHead(norms);
    const members = MEMBERS_BODY_HEADS.has(head) || NAME_END_BODY_HEADS.has(head);
    if (!(members || BODY_DESCRIPTION_HEADS.has(head)) || this.namesPlace(norms, upper)) return undefined;
    for (let i = this.recent.length - 1, n = 0; i >= 0 && n < PRONOUN_LOOKBACK; i--, n++) {
      const { draft, tentativeAt } = this.recent[i] as Recent;
      if (tentativeAt !== undefined || draft.first >= at || (draft.kind !== 'organization' && draft.kind !== 'government')) continue;
      if (this.bodyTakenUp(draft, norms, head, members)) return draft;
    }
    // ("The Kern County Sheriff's Office said ... [many paragraphs] ... the sheriff's office said": a
    // description with a word besides its head and article takes up a body named further back, the
    // latest whose name holds its words, which a bare "the agency" does not.)
    if (norms.length < 2 || DETERMINERS.has(norms[norms.length - 2] ?? '')) return undefined;
    let latest: Draft | undefined;
    for (const draft of this.drafts) {
      if (draft.first >= at || (draft.kind !== 'organization' && draft.kind !== 'government') || (latest !== undefined && draft.first < latest.first)) continue;
      if (this.bodyTakenUp(draft, norms, head, members)) latest = draft;
    }
    return latest;
  }

  /** Whether a description with this head and words ({@link recentBody}) takes up the body `draft`. */
  private bodyTakenUp(draft: Draft, norms: readonly string[], head: string, members: boolean): boolean {
    // (A body's name is capitalised, "the Food and Drug Administration", whether or not the text names it as a name.)
    // ("the University of Kestrel", "the Institute for Tidal Studies": the body's word stands before "of" or "for".)
    const linked = bodyLinkAt(draft.name);
    const last = bodyWordOf(draft.name);
    const capitalised = last.charAt(0) !== last.charAt(0).toLowerCase();
    // ("the Riksbank", then "the bank": a bank's word may end its one-word name.)
    if (members) return capitalised && (last.toLowerCase() === head || (NAME_END_BODY_HEADS.has(head) && last.toLowerCase().endsWith(head))) && modifiersIn(norms, draft.name);
    // ("The state news agency, TNA, reported ... The agency said": a body given a title with the head.)
    const titled = draft.roles.find(({ title }) => title.toLowerCase().endsWith(` ${head}`) || title.toLowerCase() === head);
    if (titled !== undefined) return modifiersIn(norms, titled.title);
    // ("Harlow Ratings said ... The agency said": a name's last word may say what kind of body it is.)
    if (BODY_KIND_OF_NAME_END.get(last.toLowerCase()) === head) return modifiersIn(norms, draft.name);
    const expanded = this.acronymOfBody(draft);
    // (Before "of" or "for" only the very word: "the institute" for "the Institute for Tidal Studies",
    // not "the commission" for "the Board of Elections".)
    if (linked >= 0 && last.toLowerCase() !== head && expanded === undefined) return false;
    if (!((BODY_DESCRIPTION_HEADS.has(last.toLowerCase()) && capitalised) || expanded !== undefined)) return false;
    // ("the regulator" is not the "Heart Foundation" named last, nor "the foundation" an agency:
    // a foundation, an institute, a university or a court is taken up only by its own word.)
    if ((OWN_WORD_BODY_HEADS.has(head) || OWN_WORD_BODY_HEADS.has(last.toLowerCase())) && last.toLowerCase() !== head) return false;
    // ("the budget office" for the Congressional Budget Office; "the law enforcement agency" is not the State Department.)
    return modifiersIn(norms, expanded?.name ?? draft.name);
  }

  /** For "the agency" in lower case after "the", the body named before ({@link recentBody}); else undefined. */
  private bodyDescribed(phrase: NounPhrase): Draft | undefined {
    const { tokens } = this.doc;
    const head = tokens[phrase.last];
    if (!DEFINITES.has(tokens[phrase.first]?.norm ?? '') || head === undefined || isUpper(head) || phrase.last - phrase.first > 3) return undefined;
    const words = this.phraseWords(phrase.first, phrase.last);
    return this.byFull.has(this.key(words.norms)) ? undefined : this.recentBody(words, tokens[phrase.first]?.start ?? 0);
  }

  /**
   * "The Food and Drug Administration said ... The FDA said": an acronym named after the body it
   * stands for is that body; its mentions move to the body's entity, and the acronym becomes one
   * of the body's names.
   */
  private mergeAcronyms(speakers: readonly Speaker[]): void {
    for (const draft of this.drafts) {
      const body = draft.first === Infinity || draft.known ? undefined : this.acronymOfBody(draft);
      if (body === undefined || body.first > draft.first || body.known) continue;
      for (const speaker of speakers) if (speaker.draft === draft) speaker.draft = body;
      for (let k = 0; k < this.runDrafts.length; k++) if (this.runDrafts[k] === draft) this.runDrafts[k] = body;
      addForm(body, draft.name);
      draft.first = Infinity;
    }
  }

  /** The body whose name this all-capital draft's name abbreviates ("FDA"), among the drafts named before it; else undefined. */
  private acronymOfBody(draft: Draft): Draft | undefined {
    const acronym = draft.name;
    if (acronym.length < 2 || acronym.length > 6 || acronym !== acronym.toUpperCase() || acronym.toLowerCase() === acronym) return undefined;
    for (const other of this.drafts) {
      if (other !== draft && (other.kind === 'organization' || other.kind === 'government') && initialsOf(other.name) === acronym) return other;
    }
    return undefined;
  }

  /**
   * Whether a capitalised word tells where a company is from ("the German automaker") rather than
   * where it sits: "the Torvik-based company" is still the company just named.
   */
  private namesPlace(norms: readonly string[], upper: readonly boolean[]): boolean {
    for (let i = 0; i < norms.length; i++) if (upper[i] === true && !(norms[i] ?? '').endsWith('-based')) return true;
    return false;
  }

  /** Lets a later definite description find the entity that the description `words` introduced. */
  private indexDescription(draft: Draft, norms: readonly string[]): void {
    const head = descriptionHead(norms);
    if (!isRoleHead(head)) return;
    const list = this.byDescriptionHead.get(head);
    const entry: DescribedEntry = { draft, words: new Set(norms) };
    if (list === undefined) this.byDescriptionHead.set(head, [entry]);
    else if (list.length < MAX_ROLE_HOLDERS) list.push(entry);
  }

  /**
   * "A senior U.S. official said ... The official declined to say": the one entity introduced
   * before offset `at` by a description with the same head and every word of this one. Several
   * such entities ("a U.S. official", "a Polish official") leave it undefined: "the official" could be either.
   */
  private describedBefore(norms: readonly string[], at: number): Draft | undefined {
    const list = this.byDescriptionHead.get(descriptionHead(norms));
    if (list === undefined) return undefined;
    let found: Draft | undefined;
    for (const entry of list) {
      if (entry.draft.first >= at || entry.draft === found || !norms.every((norm) => entry.words.has(norm))) continue;
      if (found !== undefined) return undefined;
      found = entry.draft;
    }
    return found;
  }

  /**
   * "Minister Ana Lind spoke first. A diplomat involved in the talks said ... the diplomat said":
   * a definite description takes up the one a description with its head and words introduced,
   * when that one was met after `holder`, the named holder of a like role; the article points
   * back to the nearer antecedent of the same wording. (The holder's name inside what the
   * described one said does not count: "A retired general said Ruskin's books did harm. The
   * general added ..." takes up the one who spoke.)
   */
  private describedSince(norms: readonly string[], at: number, holder: Draft): Draft | undefined {
    const described = this.describedBefore(norms, at);
    return described !== undefined && described !== holder && described.lastSeen > holder.lastSalient ? described : undefined;
  }

  /** A body named by the whole phrase ("The Ministry of Foreign Affairs"): one entity per wording. */
  private resolveBody(phrase: NounPhrase, kind: EntityKind): Draft {
    const { tokens, text } = this.doc;
    const end = tokens[phrase.last]?.end ?? 0;
    const name = text.slice(tokens[phrase.first]?.start ?? 0, isPossessiveToken(tokens[phrase.last]) ? end - 2 : end);
    // ("the federal Office of Water Safety" and "the Office of Water Safety" are one body.)
    let from = phrase.first;
    while (from < phrase.last && LEADING_WORDS.has(tokens[from]?.norm ?? '')) from++;
    from = pastJurisdiction(tokens, from, phrase.last);
    // ("The Bank of Kestrel said ... The bank said": the body's name is a name, which "the bank"
    // or "the group" takes up as it does "Kestrel Bank".)
    const draft = this.byWording(name, this.phraseWords(from, phrase.last), kind);
    draft.named = true;
    return draft;
  }

  /**
   * Whether token `index` is in a headline: the first paragraph of several, a single sentence
   * ("‘We Need More Time,’ Mayor Says" above the article's body).
   */
  private inHeadline(index: number): boolean {
    const { paragraphs, sentences } = this.doc;
    return paragraphs.length > 1 && sentences[0]?.paragraph === 0 && sentences[1]?.paragraph !== 0 && index < (sentences[0]?.endToken ?? 0);
  }

  /**
   * A group is named by its own words, but "its European allies" after "Ukraine and" is named
   * by the whole coordination, "Ukraine and its European allies".
   */
  private resolveGroup(first: number, headLast: number): Draft {
    const { tokens, text } = this.doc;
    const last = this.beforeRelative(first, headLast);
    const from = this.coordinatedFrom(first);
    const words = this.phraseWords(from, last);
    const known = this.byFull.get(this.key(words.norms));
    if (known !== undefined) return known;
    // "Two U.S. officials said ... The officials said": one group, as for a description.
    const lead = tokens[first]?.norm ?? '';
    const earlier = from === first && DEFINITES.has(lead) ? this.describedBefore(words.norms, tokens[first]?.start ?? 0) : undefined;
    if (earlier !== undefined) return earlier;
    // ("The company's shares fell. The company said ...": a possessive's ending is no part of the name.)
    const lastToken = tokens[last];
    const owned = isPossessiveToken(lastToken) ? (lastToken?.norm.endsWith("'") === true ? 1 : 2) : 0;
    const name = text.slice(tokens[from]?.start ?? 0, (lastToken?.end ?? 0) - owned);
    // ("A Kremlin source said": one source is a person.)
    // ("A third of voters said", "a majority believe": a share of a population is no one person.)
    const single = INDEFINITES.has(lead) && !hasPluralEnding(descriptionHead(words.norms)) && !SHARE_HEADS.has(descriptionHead(words.norms)) && !collectiveOfPeople(words.norms, 1);
    const described = this.descriptionKind(words.norms, !single, words.upper);
    // (Things joined, "the book and the film", stay things.)
    const kind = described !== 'unknown' && this.joinsDeterminerPhrase(from, last) ? 'group' : described;
    const draft = this.byWording(name, words, single && kind === 'group' ? 'person' : kind);
    this.indexDescription(draft, words.norms);
    return draft;
  }

  /** The last token before a relative clause in [first, last] ("the farmers | who spoke ..."), or `last`. */
  /**
   * The name a relative clause on a description ends with when it tells how the speaker gave it:
   * "a porter who gave his name only as Kofi", "a nurse who gave her name as Mira Holm" (also
   * after an appositive description: "A guard, a porter who gave ..."), up to offset `end`.
   * Undefined when the phrase ends otherwise.
   */
  private givenNameAtEnd(phrase: NounPhrase, end: number): { first: number; last: number } | undefined {
    const { tokens } = this.doc;
    let last = phrase.last;
    while ((tokens[last + 1]?.end ?? Infinity) <= end) last++;
    let first = last;
    while (first > phrase.first && last - first < MAX_NAME_WORDS - 1 && isUpper(tokens[first - 1])) first--;
    if (!isUpper(tokens[first]) || !isUpper(tokens[last]) || isPossessiveToken(tokens[last])) return undefined;
    let k = first - 1;
    if (tokens[k]?.norm !== 'as') return undefined;
    k--;
    if (NAME_LIMITERS.has(tokens[k]?.norm ?? '')) k--;
    // ("A porter identified only as Kofi", "a man known as Doc": the participle gives the name.)
    if (NAMING_AS_PARTICIPLES.has(tokens[k]?.norm ?? '') && k - 1 >= phrase.first && !isUpper(tokens[k - 1])) return { first, last };
    if (tokens[k]?.norm !== 'name' || !POSSESSIVE_DETERMINERS.has(tokens[k - 1]?.norm ?? '')) return undefined;
    const verb = tokens[k - 2]?.norm ?? '';
    if (!GIVING_VERBS.has(verb) || !RELATIVE_SUBJECTS.has(tokens[k - 3]?.norm ?? '') || k - 3 <= phrase.first) return undefined;
    return { first, last };
  }

  private beforeRelative(first: number, last: number): number {
    const { tokens } = this.doc;
    for (let k = first + 1; k <= last; k++) {
      const norm = tokens[k]?.norm ?? '';
      // ("The minister | (who has faced calls to resign)": an aside in parentheses ends the description.)
      if (tokens[k]?.text === '(') return k - 1;
      if (norm === 'who' || norm === 'whose' || norm === 'whom' || norm.startsWith("who'")) return k - 1;
      // ("A porter | identified only as Kofi", "a man | known as Doc": so does the participle that names the head.)
      if (NAMING_AS_PARTICIPLES.has(norm) && (tokens[k + 1]?.norm === 'as' || NAME_LIMITERS.has(tokens[k + 1]?.norm ?? ''))) return k - 1;
      // ("The firm | that built the dam", "a letter | that was sent to parents": so does "that".)
      // ("Critics of that plan": after "of" it is a demonstrative, no relative.)
      if (tokens[k]?.text === 'that' && tokens[k - 1]?.kind === 'word' && tokens[k - 1]?.norm !== 'of') return k - 1;
      // "a letter from the growers | obtained by the paper": a reduced relative before "by".
      if (norm.endsWith('ed') && tokens[k + 1]?.norm === 'by' && k + 1 <= last) return k - 1;
      // ("a draft seen | by the agency": a noun phrase reads "seen" as a noun, so "by" may follow the phrase.)
      if (IRREGULAR_PARTICIPLES.has(norm) && tokens[k + 1]?.norm === 'by') return k - 1;
      // ("a man | shot dead by police": a state the act left its object in may stand before "by".)
      if ((norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(norm)) && RESULT_STATES.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'by' && k + 2 <= last) return k - 1;
      // "a complaint | unsealed last year", "a lawyer | involved in the case": a reduced relative
      // before a time or a preposition, after a head of its own.
      // ("a chemist | not involved in the study": "not" before the participle belongs to the relative.)
      // ("a memo | sent to staff": an irregular participle too.)
      if (k > first + 1 && (norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(norm)) && !isUpper(tokens[k]) && PARTICIPLE_FOLLOWERS.has(tokens[k + 1]?.norm ?? '')) return tokens[k - 1]?.norm === 'not' ? k - 2 : k - 1;
    }
    return last;
  }

  /** Where "Ukraine and its European allies" starts when a phrase is "its European allies". */
  private coordinatedFrom(first: number): number {
    const { tokens } = this.doc;
    const lead = tokens[first]?.norm ?? '';
    if ((lead !== 'its' && lead !== 'their') || tokens[first - 1]?.norm !== 'and' || !isUpper(tokens[first - 2])) return first;
    let from = first - 2;
    while (from - 1 >= 0 && isUpper(tokens[from - 1]) && first - from < 5) from--;
    return from;
  }

  // ---------------------------------------------------------------------------------------------
  // The walk in text order: descriptions, groups and pronouns

  private remember(draft: Draft, sentence: number, salient: boolean, at: number, possessive = false, through = sentence, asker = false): void {
    draft.first = Math.min(draft.first, at);
    draft.lastSeen = at;
    if (salient) draft.lastSalient = at;
    this.recent.push(asker ? { draft, sentence, salient, possessive, asker } : through > sentence ? { draft, sentence, salient, possessive, through } : { draft, sentence, salient, possessive });
    if (this.recent.length > 2 * PRONOUN_LOOKBACK) this.recent.splice(0, this.recent.length - PRONOUN_LOOKBACK);
  }

  /**
   * Sentences whose subject is an unnamed description or group ("The ambassador arrived.",
   * "The residents gathered.") or a name alone that no entity took ("Whitlock scored 31
   * points."), in text order: antecedents a later pronoun may take.
   */
  private unnamedSubjects(): UnnamedSubject[] {
    const { tokens } = this.doc;
    const out: UnnamedSubject[] = [];
    this.doc.sentences.forEach((sentence, index) => {
      let i = sentence.firstToken;
      // ("FRANKFURT (Reuters) — The airline ...": the subject follows the dateline.)
      if (isUpper(tokens[i]) && isUpperAt(tokens[i], 1) && !SUBJECT_LEADS.has(tokens[i]?.norm ?? '')) i = skipDateline(tokens, i, sentence.endToken);
      if (SENTENCE_LINKS.has(tokens[i]?.norm ?? '')) i++;
      const lead = tokens[i];
      if (lead === undefined) return;
      // "Pirk's daughter, Sanna, grew up on the boat.": a lone name in apposition to the subject.
      const appositive = this.appositiveNamedSubject(i, sentence.endToken);
      if (appositive !== undefined) {
        out.push({ at: tokens[appositive]?.start ?? 0, sentence: index, phrase: { first: appositive, last: appositive, kind: 'name' } });
        return;
      }
      if (!SUBJECT_LEADS.has(lead.norm)) {
        // "Whitlock scored 31 points.": a name alone that nothing else made an entity.
        if (this.isNamedSubject(i, sentence.endToken)) out.push({ at: lead.start, sentence: index, phrase: { first: i, last: i, kind: 'name' } });
        return;
      }
      // The subject ends at its verb.
      let phrase = subjectPhrase(tokens, i, Math.min(sentence.endToken, i + 8));
      if (phrase === undefined || (phrase.kind !== 'description' && phrase.kind !== 'group')) return;
      // ("The bishop himself, he added, would ...": a reflexive after the head goes with it.)
      const next = REFLEXIVE_PRONOUNS.has(tokens[phrase.last + 1]?.norm ?? '') ? phrase.last + 2 : phrase.last + 1;
      const after = tokens[next];
      // ("The researchers, led by Ana Moss, surveyed ...": an aside between commas stands before the verb.)
      if (after?.text === ',' && isSubjectHead(tokens[phrase.last]?.norm ?? '', phrase.kind) && this.asideBeforeVerb(next, sentence.endToken)) {
        out.push({ at: tokens[phrase.first]?.start ?? 0, sentence: index, phrase });
        return;
      }
      // Only people, groups and bodies: "The storm passed" names no one a pronoun could stand for.
      if (after === undefined || after.kind !== 'word' || isUpper(after) || !isSubjectHead(tokens[phrase.last]?.norm ?? '', phrase.kind)) {
        // "The mayor disagrees.": a verb the phrase scan did not know ends the subject after its head.
        phrase = this.subjectBeforeVerb(phrase);
        if (phrase === undefined) return;
      }
      out.push({ at: tokens[phrase.first]?.start ?? 0, sentence: index, phrase });
    });
    return out;
  }

  /**
   * `subjects` with the unnamed people questions are put to ("Senator Ana Pike asked the minister
   * whether he had read the contract"), in text order: the one asked answers next, and a pronoun
   * that no speaker or subject fits ("He said he had not", after a woman asked) may stand for him.
   * They are no subjects, so a speaker or subject that fits still comes first.
   */
  private questioned(raws: readonly RawQuote[], subjects: UnnamedSubject[]): UnnamedSubject[] {
    const { tokens } = this.doc;
    let added = false;
    for (const raw of raws) {
      const { cue, speaker } = raw;
      if (cue === undefined || speaker === undefined || !raw.rules.includes('preposed.question')) continue;
      // (The one asked stands between the cue, after its speaker, and the question.)
      let first = speaker.phrase.last + 1;
      while (first < tokens.length && (tokens[first]?.start ?? 0) < cue.end) first++;
      let stop = first;
      while (stop < tokens.length && (tokens[stop]?.start ?? 0) < raw.contentStart) stop++;
      const phrase = phraseStartingAt(tokens, first, stop);
      if (phrase === undefined || phrase.kind !== 'description' || phrase.first !== first || phrase.last + 3 < stop) continue;
      subjects.push({ at: tokens[phrase.first]?.start ?? 0, sentence: this.sentenceOf(phrase.first), phrase, salient: false });
      added = true;
    }
    if (added) subjects.sort((a, b) => a.at - b.at);
    return subjects;
  }

  /**
   * `subjects` with the unnamed people that open a clause a speaker named before it reports
   * ("Aides say the senator is frustrated"), in text order: no subjects of the text, but a pronoun
   * later in the same sentence that the speaker does not fit may stand for them (see Recent.reported).
   */
  private reportedSubjects(raws: readonly RawQuote[], subjects: UnnamedSubject[]): UnnamedSubject[] {
    const { tokens } = this.doc;
    let added = false;
    for (const raw of raws) {
      const { speaker } = raw;
      if (raw.mode === 'direct' || speaker === undefined || speaker.end > raw.contentStart) continue;
      let first = speaker.phrase.last + 1;
      while (first < tokens.length && (tokens[first]?.start ?? 0) < raw.contentStart) first++;
      if (!SUBJECT_LEADS.has(tokens[first]?.norm ?? '')) continue;
      const phrase = subjectPhrase(tokens, first, Math.min(tokens.length, first + 8));
      const after = tokens[(phrase?.last ?? 0) + 1];
      if (phrase === undefined || (phrase.kind !== 'description' && phrase.kind !== 'group') || !isSubjectHead(tokens[phrase.last]?.norm ?? '', phrase.kind)) continue;
      if (after === undefined || after.kind !== 'word' || isUpper(after) || (after.start ?? 0) >= raw.contentEnd) continue;
      subjects.push({ at: tokens[phrase.first]?.start ?? 0, sentence: this.sentenceOf(phrase.first), phrase, salient: false, reported: true });
      added = true;
    }
    if (added) subjects.sort((a, b) => a.at - b.at);
    return subjects;
  }

  /**
   * The index of a lone name set off by commas after a person's description that opens the
   * sentence, before the sentence's verb: "Pirk's daughter, Sanna, grew up ...", "His neighbor,
   * Ana, said ..."; undefined otherwise. Like a named subject (see {@link isNamedSubject}) it is a
   * name no entity took.
   */
  private appositiveNamedSubject(first: number, end: number): number | undefined {
    const { tokens } = this.doc;
    for (let c = first + 1; c < end - 3 && c <= first + APPOSITIVE_SUBJECT_WINDOW; c++) {
      if (tokens[c]?.text !== ',') continue;
      const head = tokens[c - 1];
      const name = c + 1;
      const verb = tokens[c + 3];
      if (head === undefined || head.kind !== 'word' || isUpper(head) || !(PEOPLE_NOUNS.has(head.norm) || KIN_NOUNS.has(head.norm))) return undefined;
      if (tokens[c + 2]?.text !== ',' || verb === undefined || verb.kind !== 'word' || isUpper(verb)) return undefined;
      // ("Her husband, Tom, was not there": after someone's relative any verb will do, the name being that relative's.)
      if (!isActionVerb(verb.norm) && !(KIN_NOUNS.has(head.norm) && this.ownedPast(c - 2, first))) return undefined;
      const token = tokens[name];
      if (token === undefined || !isUpper(token) || (this.runAt[name] ?? -1) >= 0 || isPossessiveToken(token) || this.isCommonWord(token.norm)) return undefined;
      return name;
    }
    return undefined;
  }

  /**
   * Whether the noun after token `k` is someone's, past a few lower-case modifiers and numbers no
   * earlier than `first`: "her | son", "her teenage | son", "her 15-year-old | son".
   */
  private ownedPast(k: number, first: number): boolean {
    const { tokens } = this.doc;
    for (let o = k; o >= first && o > k - OWNER_MODIFIER_REACH; o--) {
      const token = tokens[o];
      if (ownedBy(token)) return true;
      if (token === undefined || token.text === ',' || (token.kind === 'word' && isUpper(token))) return false;
    }
    return false;
  }

  /**
   * Whether the capitalised word at `index`, which opens a sentence, is a name that is the
   * sentence's subject: a single word that the name scan left bare and no entity took, right
   * before a verb of something done ("Whitlock scored", "Abiola smiled"), and no common word or
   * place, which the text also writes in lower case or after "in" or "the", or the word lists
   * know ("Officials met").
   */
  private isNamedSubject(index: number, end: number): boolean {
    const { tokens } = this.doc;
    const token = tokens[index];
    const verb = tokens[index + 1];
    if (token === undefined || verb === undefined || !isUpper(token) || index + 1 >= end || (this.runAt[index] ?? -1) >= 0 || isPossessiveToken(token)) return false;
    if (verb.kind !== 'word' || isUpper(verb) || !isActionVerb(verb.norm)) return false;
    // A bare word (see `bare`), found by bisection.
    const bare = this.bare;
    let low = 0;
    let high = bare.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((bare[middle] ?? 0) < index) low = middle + 1;
      else high = middle;
    }
    if (bare[low] !== index) return false;
    const norm = token.norm;
    // ("Eyebrows raised", "Eight candidates": no plural or number; a surname such as Jones is lost too.)
    if (hasPluralEnding(norm) || norm.endsWith('ing') || DETERMINERS.has(norm) || NOT_NAMED_SUBJECTS.has(norm)) return false;
    if (isSubjectHead(norm, 'description') || THING_HEADS.has(norm) || GOVERNMENT_NAMES.has(norm) || OUTLET_NAMES.has(norm) || OUTLET_HEADS.has(norm)) return false;
    return !this.isCommonWord(norm);
  }

  /**
   * Whether the text writes `norm` as a common word or a place or thing elsewhere: in lower case,
   * or capitalised after "in", "on", "at" or "the" ("on Tinder"). One pass over the tokens, for
   * the few words that {@link isNamedSubject} gets this far with.
   */
  private isCommonWord(norm: string): boolean {
    const { tokens } = this.doc;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.norm !== norm || token.kind !== 'word') continue;
      if (!isUpper(token) || PLACE_LEADS.has(tokens[k - 1]?.norm ?? '')) return true;
    }
    return false;
  }

  /** The entity of a named subject (see {@link isNamedSubject}): one per name, an entity only once a pronoun takes it. */
  private namedSubject(index: number): Draft {
    const token = this.doc.tokens[index] as Token;
    const key = this.fold(token.norm);
    let draft = this.byFull.get(key);
    if (draft === undefined) {
      draft = this.newDraft(token.text, 'person', 1);
      const given = givenNameGender(key);
      if (given !== undefined) draft.gender += given === 'male' ? 1 : -1;
      // ("Pirk's daughter, Sanna,": the relative's noun tells the name's gender.)
      const kin = this.doc.tokens[index - 1]?.text === ',' ? GENDERED_TITLES.get(this.doc.tokens[index - 2]?.norm ?? '') : undefined;
      if (kin !== undefined) draft.gender += kin === 'male' ? 2 : -2;
      this.byFull.set(key, draft);
    }
    return draft;
  }

  /**
   * The subject inside a phrase that ran on into its verb: "The mayor" of "The mayor disagrees",
   * a head of a person, group or body followed by a lower-case word ending in -s or -ed.
   */
  /**
   * Whether the comma at `comma` opens an aside, a participle's or a relative clause's, that another comma closes within
   * {@link ASIDE_REACH} tokens, right before a verb in the past or the present ("The researchers,
   * led by Ana Moss, surveyed"): then the phrase before the aside is the sentence's subject.
   */
  private asideBeforeVerb(comma: number, end: number): boolean {
    const { tokens } = this.doc;
    // (A participle or "who" opens the aside: "led by ...", "based in ...", "who ..."; not "he said"
    // of an attribution set in the sentence, nor a connective, "though".)
    const open = tokens[comma + 1];
    // ("The governor's campaign, meanwhile, released ...": so does a lone connective between commas.)
    const connective = PRONOUN_ASIDES.has(open?.norm ?? '') && tokens[comma + 2]?.text === ',';
    if (open === undefined || open.kind !== 'word' || isUpper(open) || !(open.norm === 'who' || connective || IRREGULAR_PARTICIPLES.has(open.norm) || (open.norm.endsWith('ed') && open.norm.length > 3))) return false;
    for (let k = comma + 1; k < end && k <= comma + ASIDE_REACH; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind === 'quote' || t.text === ';' || t.text === ':' || (k > comma + 1 && SUBJECT_PRONOUNS.has(t.norm))) return false;
      if (t.text !== ',') continue;
      const verb = tokens[k + 1];
      if (k === comma + 1 || verb === undefined || verb.kind !== 'word' || isUpper(verb)) return false;
      return (verb.norm.endsWith('ed') && verb.norm.length > 3) || COMMON_VERBS.has(verb.norm);
    }
    return false;
  }

  private subjectBeforeVerb(phrase: NounPhrase): NounPhrase | undefined {
    const { tokens } = this.doc;
    for (let k = phrase.first + 1; k < phrase.last; k++) {
      const verb = tokens[k + 1];
      if (verb === undefined || verb.kind !== 'word' || isUpper(verb) || !(verb.norm.endsWith('ed') || (verb.norm.endsWith('s') && !verb.norm.endsWith('ss')))) continue;
      const head = tokens[k]?.norm ?? '';
      const kind = GROUP_HEADS.has(head) || hasPluralEnding(head) ? 'group' : 'description';
      return isSubjectHead(head, kind) ? { first: phrase.first, last: k, kind } : undefined;
    }
    return undefined;
  }

  private walk(speakers: readonly Speaker[], raws: readonly RawQuote[]): void {
    const { tokens } = this.doc;
    const subjects = this.reportedSubjects(raws, this.questioned(raws, this.unnamedSubjects()));
    const walked = { subject: 0 };
    // “I never took a dime,” the mayor said. “Ruiz is a troubled man.” He said ...: a name that
    // opens a sentence in a speaker's quoted words is the subject of what the speaker said, not of
    // the text, so a later pronoun takes it only when no speaker or subject fits.
    const quoted = raws.filter((raw) => raw.mode === 'direct').sort((a, b) => a.contentStart - b.contentStart);
    // "Fenn told jurors that Kirrane had lied. On Thursday, he said ...": a name that opens what a
    // speaker named before it reports is the subject of the report, not of the text; a pronoun
    // after it stands for the speaker first, and takes the name only when no speaker fits.
    const reportedStarts = new Set<number>();
    for (const raw of raws) if (raw.mode !== 'direct' && raw.speaker !== undefined && raw.speaker.end <= raw.contentStart) reportedStarts.add(raw.contentStart);
    let q = 0;
    let s = 0;
    for (let index = 0; index < this.runs.length; index++) {
      const run = this.runs[index] as NameRun;
      const at = tokens[run.first]?.start ?? 0;
      while (s < speakers.length && (speakers[s]?.start ?? 0) <= at) this.visitSpeaker(speakers[s++] as Speaker, subjects, walked);
      this.subjectsUpTo(at - 1, subjects, walked);
      const draft = this.runDrafts[index];
      // "FRANKFURT (Reuters) —": an outlet credited in parentheses is no antecedent of "it".
      if (draft !== undefined && !(draft.kind === 'outlet' && tokens[run.first - 1]?.text === '(' && tokens[run.last + 1]?.text === ')')) {
        while (q < quoted.length && (quoted[q]?.contentEnd ?? 0) <= at) q++;
        const inQuote = q < quoted.length && (quoted[q]?.contentStart ?? 0) <= at;
        this.remember(draft, run.sentence, run.subject && !inQuote && !reportedStarts.has(at), at, run.possessive);
      }
    }
    while (s < speakers.length) this.visitSpeaker(speakers[s++] as Speaker, subjects, walked);
  }

  /** The walk reaches a speaker: the unnamed subjects before it, then the speaker itself. */
  private visitSpeaker(speaker: Speaker, subjects: readonly UnnamedSubject[], walked: { subject: number }): void {
    this.subjectsUpTo(speaker.start - 1, subjects, walked);
    // (A sentence's subject that opens where the speaker does is the speaker, however far each scan
    // read it: "A spokesman for Kenya's fisheries ministry, reached by phone, said".)
    while (walked.subject < subjects.length && subjects[walked.subject]?.at === speaker.start) walked.subject++;
    const draft = this.resolveSpeaker(speaker);
    if (draft !== undefined) {
      speaker.draft = draft;
      if (draft.kind === 'person') draft.hint += speaker.opening;
      // ("Asked by a reporter whether ..., she said": the one who asks is not the one the sentence is
      // about, nor whom a pronoun in the answer after it stands for while the one asked is in reach.)
      const asker = this.asksBefore(speaker.phrase.first);
      this.remember(draft, speaker.sentence, !asker, speaker.start, false, speaker.through, asker);
    }
  }

  /** Whether the phrase at token `first` is the agent of a question put to someone else: "Asked by a reporter", "pressed by lawmakers". */
  private asksBefore(first: number): boolean {
    const { tokens } = this.doc;
    return tokens[first - 1]?.norm === 'by' && QUESTIONING_PARTICIPLES.has(tokens[first - 2]?.norm ?? '');
  }

  /** Remembers the unnamed subjects up to offset `at`, without counting them as mentioned (see Recent.tentativeAt). */
  private subjectsUpTo(at: number, subjects: readonly UnnamedSubject[], walked: { subject: number }): void {
    while (walked.subject < subjects.length && (subjects[walked.subject]?.at ?? 0) <= at) {
      const subject = subjects[walked.subject++] as UnnamedSubject;
      if (this.runAt[subject.phrase.first] !== undefined && (this.runAt[subject.phrase.first] ?? -1) >= 0) continue;
      const { first, last, kind } = subject.phrase;
      const draft = kind === 'name' ? this.namedSubject(first) : kind === 'group' ? this.resolveGroup(first, last) : this.resolveDescription(first, last);
      if (draft === undefined) continue;
      this.recent.push({ draft, sentence: subject.sentence, salient: subject.salient !== false, possessive: false, tentativeAt: subject.at, reported: subject.reported === true });
    }
  }

  private resolveSpeaker(speaker: Speaker): Draft | undefined {
    const { phrase } = speaker;
    if (speaker.run >= 0) return this.runDrafts[speaker.run];
    const body = speaker.kind === 'pronoun' ? undefined : this.bodyDescribed(phrase);
    if (body !== undefined) return body;
    if (speaker.body !== undefined) return this.resolveBody(phrase, speaker.body);
    if (speaker.kind === 'pronoun') return this.resolvePronoun(phrase.first, speaker.sentence, speaker.start, speaker.end);
    const draft = speaker.kind === 'group' ? this.resolveGroup(phrase.first, phrase.last) : this.resolveDescription(phrase.first, phrase.last);
    if (draft !== undefined && draft.kind === 'person') this.describedInApposition(draft, phrase.last, speaker.end);
    return draft;
  }

  /**
   * "One of them, a retired geologist, said ... The geologist added": an indefinite description
   * set off after the speaker's phrase, within the mention that ends at offset `end`, introduces
   * the same person, so a later definite description with its head takes that person up.
   */
  private describedInApposition(draft: Draft, last: number, end: number): void {
    const { tokens } = this.doc;
    if (tokens[last + 1]?.text !== ',' || !INDEFINITES.has(tokens[last + 2]?.norm ?? '')) return;
    let k = last + 3;
    while ((tokens[k + 1]?.end ?? Infinity) <= end && tokens[k + 1]?.kind === 'word') k++;
    if ((tokens[k]?.end ?? Infinity) > end) return;
    this.indexDescription(draft, this.phraseWords(last + 2, k).norms);
  }

  /**
   * Whether `draft` may be what `pronoun` stands for; with `evident`, only when what is known of
   * its gender, or else the weak evidence of {@link Draft.hint}, says so.
   */
  private compatible(pronoun: string, draft: Draft, evident: boolean): boolean {
    if (PERSON_PRONOUNS.has(pronoun)) {
      if (draft.kind !== 'person') return false;
      if (!evident) return pronoun === 'he' ? draft.gender >= 0 : draft.gender <= 0;
      const gender = draft.gender === 0 ? draft.hint : draft.gender;
      return pronoun === 'he' ? gender > 0 : gender < 0;
    }
    if (pronoun === 'they') return PLURAL_KINDS.has(draft.kind);
    if (pronoun === 'it') return NEUTER_KINDS.has(draft.kind);
    return false;
  }

  /**
   * The antecedent of a speaker pronoun. "who"/"which"/"that" take the noun phrase right before them;
   * he/she/they/it (and his/her/their/its, as in "In her view, ...") take the most recent
   * compatible speaker or subject of this or the previous sentence, then any other compatible
   * mention there, then the most recent compatible speaker or subject further back. None: an
   * info diagnostic, never a guess.
   */
  private resolvePronoun(index: number, sentence: number, start: number, end: number): Draft | undefined {
    const { tokens, text } = this.doc;
    const token = tokens[index];
    const form = pronounOf(token) ?? token?.norm ?? '';
    // ("In her view, ...", "shows him saying": a possessive or an object stands for the one its subject form would.)
    const pronoun = NON_SUBJECT_PRONOUNS.get(form) ?? form;
    let found: Draft | undefined;
    if (pronoun === 'who' || pronoun === 'which' || pronoun === 'that') found = this.relativeAntecedent(index, sentence);
    else if (pronoun === 'i') found = this.turnSpeaker(sentence) ?? this.answerer(sentence) ?? this.bylineAuthor();
    else if (PERSON_PRONOUNS.has(pronoun) || pronoun === 'they' || pronoun === 'it') {
      // "Putin’s remarks have heightened tensions. He accused Europe": a possessive is passed over
      // for any speaker or subject, and taken only when nothing else fits.
      found = this.firstAntecedent(pronoun, sentence, false);
      // (One statement's pronoun may well be someone else's: "Pike said she can win" of a candidate.)
      if (found !== undefined && PERSON_PRONOUNS.has(pronoun) && found.gender === 0 && (pronoun === 'he' ? found.hint <= -HINT_AGAINST : found.hint >= HINT_AGAINST)) found = this.firstAntecedent(pronoun, sentence, true) ?? found;
      if (found !== undefined && PERSON_PRONOUNS.has(pronoun)) found.gender += pronoun === 'he' ? 1 : -1;
    }
    if (found === undefined) {
      const written = text.slice(start, end);
      this.diagnostics.push({
        reason: `No antecedent for the pronoun "${written}": no earlier ${antecedentKind(pronoun)} in the text fits it.`,
        span: { start, end },
        ruleId: UNRESOLVED_PRONOUN_RULE,
        source: 'claimtrail',
        severity: 'info',
        actual: written,
      });
    }
    return found;
  }

  /**
   * The antecedent of `pronoun` found by the first pass that finds one, closest and most salient
   * first. With `evident` (for "she" whose first antecedent has only weak evidence of being a
   * man, "Okafor said he would run", or "he" the other way round), only one whose gender the
   * evidence gives as the pronoun's ("Okafor's wife, Ada,"), an unnamed subject further back
   * included; undefined when there is none.
   */
  private firstAntecedent(pronoun: string, sentence: number, evident: boolean): Draft | undefined {
    let found: Draft | undefined;
    for (let pass = CLOSE_SALIENT; pass <= ANY_SALIENT && found === undefined; pass++) found = this.antecedent(pronoun, sentence, pass, evident);
    return found;
  }

  /**
   * The most recent compatible antecedent among the last {@link PRONOUN_LOOKBACK} remembered
   * mentions that the pass accepts (see {@link CLOSE_SALIENT} and the passes after it).
   */
  private antecedent(pronoun: string, sentence: number, pass: number, evident: boolean): Draft | undefined {
    const paragraph = this.doc.sentences[sentence]?.paragraph;
    // (“...,” Roe said. “...” Pike's aide said he ...: a speaker is close through the quotation
    // that runs on past the cue, but a possessive earlier in the pronoun's own sentence is closer.)
    let ownPossessive: boolean | undefined;
    // (A reported clause's subject in the pronoun's own sentence waits for the sentence's speaker.)
    let reported: Recent | undefined;
    for (let i = this.recent.length - 1, n = 0; i >= 0 && n < PRONOUN_LOOKBACK; i--, n++) {
      const entry = this.recent[i] as Recent;
      if (pass === CLOSE_SALIENT && entry.reported === true) {
        if (entry.sentence === sentence && reported === undefined && this.compatible(pronoun, entry.draft, evident)) reported = entry;
        continue;
      }
      if (reported !== undefined && entry.sentence < sentence) break;
      let close = entry.sentence >= sentence - 1;
      if (!close && entry.through !== undefined && entry.through >= sentence - 1) {
        ownPossessive ??= this.possessiveIn(pronoun, sentence, evident);
        close = !ownPossessive;
      }
      // (An unnamed subject is an antecedent only close by: "The White House" four paragraphs back is not "they".)
      const accepted =
        pass === CLOSE_SALIENT ? entry.salient && close
        : pass === CLOSE_OTHER ? !entry.salient && !entry.possessive && entry.asker !== true && close
        : pass === CLOSE_POSSESSIVE ? (entry.possessive || entry.asker === true) && close
        : entry.salient && (entry.tentativeAt === undefined || evident) && (pass !== PARAGRAPH_SALIENT || this.doc.sentences[entry.sentence]?.paragraph === paragraph);
      if (accepted && this.compatible(pronoun, entry.draft, evident)) return taken(entry);
    }
    return reported === undefined ? undefined : taken(reported);
  }

  /** Whether a possessive mention that `pronoun` may stand for is among the recent ones in sentence `sentence` ("Pike's role is unclear, but she ..."). */
  private possessiveIn(pronoun: string, sentence: number, evident: boolean): boolean {
    for (let i = this.recent.length - 1, n = 0; i >= 0 && n < PRONOUN_LOOKBACK; i--, n++) {
      const entry = this.recent[i] as Recent;
      if (entry.sentence < sentence) return false;
      if (entry.possessive && entry.sentence === sentence && this.compatible(pronoun, entry.draft, evident)) return true;
    }
    return false;
  }

  /**
   * In an interview set out as "Q:" and "A:", the one who answers, when sentence `sentence` is in
   * an answer (its paragraph opens with "A:"): the person mentioned most often before the first
   * "Q:" paragraph, the first of them on a tie ("Ana Lind took over the port. She spoke with the
   * Courier ..."). Undefined elsewhere or when no person is mentioned there.
   */
  private answerer(sentence: number): Draft | undefined {
    const { sentences, tokens } = this.doc;
    let opening = sentence;
    while (!this.opensParagraph(opening)) opening--;
    const label = sentences[opening]?.firstToken ?? -1;
    if (tokens[label]?.text !== 'A' || tokens[label + 1]?.text !== ':') return undefined;
    if (this.interviewee === null) this.interviewee = this.intervieweeBefore(this.firstQuestion(opening));
    return this.interviewee;
  }

  /** Whether sentence `k` is the first of its paragraph. */
  private opensParagraph(k: number): boolean {
    const { sentences } = this.doc;
    return k === 0 || sentences[k - 1]?.paragraph !== sentences[k]?.paragraph;
  }

  /** The index of the first sentence before `before` that opens a paragraph with "Q:" or "Q.", or -1. */
  private firstQuestion(before: number): number {
    const { sentences, tokens } = this.doc;
    for (let k = 0; k < before; k++) {
      const first = sentences[k]?.firstToken ?? -1;
      if (this.opensParagraph(k) && tokens[first]?.text === 'Q' && (tokens[first + 1]?.text === ':' || tokens[first + 1]?.text === '.')) return k;
    }
    return -1;
  }

  /** The person remembered most often in the sentences before `question`, the first of them on a tie; undefined when `question` is -1. */
  private intervieweeBefore(question: number): Draft | undefined {
    // (A Map keeps the order in which the people were first met, which settles a tie.)
    const counts = new Map<Draft, number>();
    for (const entry of this.recent) {
      if (entry.sentence < question && entry.draft.kind === 'person' && entry.tentativeAt === undefined) counts.set(entry.draft, (counts.get(entry.draft) ?? 0) + 1);
    }
    let best: Draft | undefined;
    let bestCount = 0;
    for (const [draft, count] of counts) {
      if (count > bestCount) {
        best = draft;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * The writer named by a byline in the article's first paragraphs ("By Maren Holt", "By Maren
   * Holt, Staff Writer"): outside quotation marks, the "I" of a column or a first-person report.
   * Computed once; undefined when there is no such byline or it names two writers.
   */
  private bylineAuthor(): Draft | undefined {
    if (this.byline !== null) return this.byline;
    this.byline = undefined;
    const { sentences, tokens, text } = this.doc;
    for (let k = 0; k < sentences.length; k++) {
      const sentence = sentences[k] as { readonly paragraph: number; readonly firstToken: number; readonly endToken: number };
      if (sentence.paragraph >= BYLINE_PARAGRAPHS) break;
      if (!this.opensParagraph(k)) continue;
      const first = sentence.firstToken;
      if (tokens[first]?.text !== 'By') continue;
      let last = first;
      while (last + 1 < sentence.endToken && last - first < 4 && isCapitalised(tokens[last + 1] as Token)) last++;
      const after = tokens[last + 1];
      // (The name ends the paragraph or a comma follows it, before the writer's job: "By Ana Lind, Staff Writer".)
      const ends = last + 1 >= sentence.endToken || after?.text === ',' || (after?.text === '.' && last + 2 >= sentence.endToken);
      if (last - first < 2 || !ends) continue;
      const words = this.phraseWords(first + 1, last);
      this.byline = this.byWording(text.slice(tokens[first + 1]?.start ?? 0, tokens[last]?.end ?? 0), words, 'person');
      break;
    }
    return this.byline;
  }

  /**
   * "LIND: I said so last year.": the speaker of the transcript turn that sentence `sentence` is
   * in, named by the label that opens its paragraph or, for a turn of several paragraphs, the
   * nearest paragraph before it with a label, which is then in capitals. A label is a name of up
   * to four words before a colon ("LIND:", "MR. LIND:"), in capitals or speaking the turn ("Lind:
   * I said ..."); "Q:" and "A:" name no one, and a headline's label opens no turn after it.
   */
  private turnSpeaker(sentence: number): Draft | undefined {
    const { sentences, tokens, text } = this.doc;
    const own = sentences[sentence]?.paragraph ?? -1;
    for (let k = sentence, paragraphs = 0; k >= 0 && paragraphs < MAX_TURN_PARAGRAPHS; k--) {
      const opening = sentences[k] as { readonly paragraph: number; readonly firstToken: number };
      if (!this.opensParagraph(k)) continue;
      paragraphs++;
      const label = this.turnLabel(opening.firstToken);
      if (label === undefined) continue;
      // A turn of several paragraphs has a label in capitals, and a headline ("Lind: ‘I Was Wrong’") none.
      if (opening.paragraph !== own && (!label.capitals || this.inHeadline(opening.firstToken))) return undefined;
      const run = this.runAt[label.last] ?? -1;
      let draft = run >= 0 ? this.runDrafts[run] : undefined;
      if (draft === undefined && label.capitals) {
        const words = this.phraseWords(label.first, label.last);
        draft = this.byFull.get(this.key(words.norms)) ?? this.bySurnameAt(this.fold(words.norms[words.norms.length - 1]), tokens[label.first]?.start ?? 0);
        draft ??= this.byWording(text.slice(tokens[label.first]?.start ?? 0, tokens[label.last]?.end ?? 0), words, 'person');
      }
      // ("WASHINGTON: ..." is a dateline, not a turn.)
      return draft?.kind === 'person' ? draft : undefined;
    }
    return undefined;
  }

  /**
   * The name of the label that opens a paragraph at token `first` ("LIND:", "MR. LIND:",
   * "Lind:"), without an honorific, and whether it is written in capitals; undefined for none,
   * for "Q:"/"A:" and for a word that is no name.
   */
  private turnLabel(first: number): { first: number; last: number; capitals: boolean } | undefined {
    const { tokens, text } = this.doc;
    let colon = first;
    while (colon < first + 4 && isUpper(tokens[colon])) colon++;
    if (colon === first || tokens[colon]?.text !== ':') return undefined;
    let from = first;
    while (from < colon - 1 && HONORIFICS.has(tokens[from]?.norm ?? '')) from++;
    const start = tokens[from]?.start ?? 0;
    const end = tokens[colon - 1]?.end ?? 0;
    if (end - start < 2 || TURN_LABELS.has(tokens[from]?.norm ?? '')) return undefined;
    let capitals = true;
    for (let i = start; i < end && capitals; i++) {
      const code = text.charCodeAt(i);
      capitals = !(code >= 0x61 && code <= 0x7a);
    }
    return { first: from, last: colon - 1, capitals };
  }

  /**
   * The phrase after the preposition in `phrase` when the phrase is headed by a thing and names a
   * person or body after "from", "by" or "of": "a complaint from | a graduate student", "a letter
   * signed by | the dean". "who" after such a phrase stands for the one named last, since a thing
   * takes "which". Undefined when the head is no thing.
   */
  private personAfterThing(phrase: NounPhrase): NounPhrase | undefined {
    const { tokens } = this.doc;
    for (let k = phrase.first + 1; k < phrase.last; k++) {
      if (!THING_PERSON_LINKS.has(tokens[k]?.norm ?? '')) continue;
      if (!isThingHead(stripPossessive(tokens[k - 1]?.norm ?? ''))) return undefined;
      return phraseEndingAt(tokens, phrase.last, k + 1);
    }
    return undefined;
  }

  /**
   * "A man who runs the bakery, who asked ...": the head a restrictive "who" clause ending in
   * `phrase` hangs on, when `phrase`, the clause's object, names no person (a second "who" stands
   * for a person, so it takes up the head, not "the bakery"). Undefined otherwise: after "a man who
   * met the mayor, who ...", the mayor is the nearer person.
   */
  private headOfRelative(phrase: NounPhrase, min: number): NounPhrase | undefined {
    const { tokens } = this.doc;
    if (phrase.kind !== 'description') return undefined;
    const head = stripPossessive(tokens[phrase.last]?.norm ?? '');
    if (ROLE_WORDS.has(head) || DESCRIPTION_HEADS.has(head) || PEOPLE_NOUNS.has(head) || GROUP_HEADS.has(head)) return undefined;
    for (let r = phrase.first - 1; r > min; r--) {
      const t = tokens[r];
      if (t === undefined || t.kind !== 'word') return undefined;
      if (t.norm !== 'who') continue;
      const holder = phraseEndingAt(tokens, r - 1, min);
      return holder === undefined || holder.kind === 'pronoun' ? undefined : holder;
    }
    return undefined;
  }

  /** "Jane Roe, who leads the union, said": the noun phrase right before the relative pronoun. */
  private relativeAntecedent(index: number, sentence: number): Draft | undefined {
    const { tokens } = this.doc;
    // ("Ana Kell — who said she would close the port — will speak": a dash sets off the clause as a comma does.)
    const dashed = isDash(tokens[index - 1]);
    // ("The chairman (who asked ...)": so does a parenthesis.)
    let before = tokens[index - 1]?.text === ',' || tokens[index - 1]?.text === '(' ? index - 2 : dashed ? dashStart(tokens, index - 1) - 1 : index - 1;
    const min = this.doc.sentences[sentence]?.firstToken ?? 0;
    // ("95 generals -- most of whom had backed her -- who cited ...": after an aside between
    // dashes, the antecedent stands before the aside.)
    if (dashed) {
      let k = before;
      while (k > min && !isDash(tokens[k])) k--;
      if (k > min && isDash(tokens[k])) before = dashStart(tokens, k) - 1;
    }
    // ("Jane Roe, 61, who ...": an age set off by commas stands between the name and its relative.)
    if (tokens[before]?.kind === 'number' && tokens[before - 1]?.text === ',' && tokens[index - 1]?.text === ',') before -= 2;
    if (before < min) return undefined;
    const whole = phraseEndingAt(tokens, before, min);
    // ("a complaint from a student, who said ...": "who" stands for a person, not a thing.)
    const np = whole !== undefined && tokens[index]?.norm === 'who' ? this.personAfterThing(whole) ?? this.headOfRelative(whole, min) ?? whole : whole;
    // ("memos filed last week that showed ...": a time is no antecedent.)
    if (np === undefined || np.kind === 'pronoun' || TIME_WORDS.has(tokens[np.last]?.norm ?? '')) return undefined;
    const body = np.kind === 'name' && np.name !== undefined ? this.bodyName(np) : undefined;
    if (body !== undefined) return this.resolveBody(np, body);
    // ("Sen. Ana Pike of Kestrel, who ...": the person, not the place.)
    const person = np.kind === 'name' && np.name !== undefined ? this.personBeforePlace(np) : undefined;
    // ("Ana Lind, a designer who said ...": a description in apposition to a name stands for the
    // one named; so does one after the name and an age, "Marta Keel, 54, a nurse who said ...", and
    // one that ends in a place, "Ana Lind, a nurse from Toledo who said ...".)
    const aged = tokens[np.first - 2]?.kind === 'number' && tokens[np.first - 3]?.text === ',' ? 2 : 0;
    const placed = np.kind === 'name' && np.name !== undefined && NP_PREPOSITIONS.has(tokens[np.name.first - 1]?.norm ?? '');
    const named = (np.kind === 'description' || placed) && ARTICLES.has(tokens[np.first]?.norm ?? '') && tokens[np.first - 1]?.text === ',' && np.first - 2 - aged >= min ? this.runAt[np.first - 2 - aged] ?? -1 : -1;
    const run = named >= 0 ? named : this.runAt[person?.name.last ?? np.last] ?? -1;
    if (run >= 0) {
      // A name that nothing else made an entity ("Tomas Reyes, who said") is one now.
      const named = this.runs[run] as NameRun;
      let draft = this.runDrafts[run];
      // ("The Harbor Development Agency, which ...": a body's name read as a group's phrase is the
      // entity its whole wording names, as when it speaks.)
      if (draft === undefined && np.kind === 'group') return this.resolveGroup(np.first, np.last);
      if (draft === undefined) {
        draft = this.newNamed(named);
        this.assign(run, draft, true);
        this.register(draft, named);
      }
      return draft;
    }
    if (np.kind === 'group') return this.resolveGroup(np.first, np.last);
    if (np.kind === 'name') {
      const { tokens: all, text } = this.doc;
      return this.byWording(text.slice(all[np.first]?.start ?? 0, all[np.last]?.end ?? 0), this.phraseWords(np.first, np.last), 'person');
    }
    return this.resolveDescription(np.first, np.last);
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  private speakerMention(speaker: Speaker, entityId: string | undefined): Mention {
    const { text, tokens } = this.doc;
    const run = this.runs[speaker.run];
    const mention: Mention = { anchor: makeAnchor(text, speaker.start, speaker.end), text: text.slice(speaker.start, speaker.end), kind: speaker.kind };
    // (Fields set one by one, as for the other mentions, rather than spread from objects made for the purpose.)
    if (run?.title !== undefined && (tokens[run.first]?.start ?? -1) >= speaker.start) mention.title = run.title;
    if (entityId !== undefined) mention.entityId = entityId;
    return mention;
  }

  /** The mentioned entities in order of first mention, with their ids. */
  private entities(): [Draft, Entity][] {
    const mentioned = this.drafts.filter((draft) => draft.first !== Infinity).sort((a, b) => a.first - b.first || a.order - b.order);
    const reserved = new Set<string>();
    for (const draft of mentioned) if (draft.callerId !== undefined) reserved.add(draft.callerId);
    let next = 1;
    return mentioned.map((draft) => {
      let id = draft.callerId;
      if (id === undefined) {
        while (reserved.has(`e${next}`)) next++;
        id = `e${next++}`;
      }
      const aliases = draft.forms.filter((form) => form !== draft.name);
      return [draft, { id, name: draft.name, kind: draft.kind, aliases, roles: draft.roles }];
    });
  }
}

/** Whether the character at `offset` of a word token is an ASCII capital ("FRANKFURT", not "Frankfurt"). */
function isUpperAt(token: Token | undefined, offset: number): boolean {
  const code = token === undefined ? 0 : token.text.charCodeAt(offset);
  return code >= 0x41 && code <= 0x5a;
}

/** Prepositions after the head of a role that name whom the office serves: "secretary of state", "envoy for Marovia". */
const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'to']);

/**
 * The keys a role is found by, from its lower-case words: the head and the two last words
 * ("adviser", "kremlin adviser"), or for a title with "of", "for" or "to" the words from the
 * head before it and that head ("secretary of state", "secretary"; "envoy for Marovia", "envoy"),
 * never the place after the preposition.
 */
function roleKeys(words: readonly string[]): string[] {
  let of = -1;
  for (let i = 1; i < words.length && of < 0; i++) if (ROLE_LINKS.has(words[i] ?? '')) of = i;
  if (of >= 1) return [words.slice(of - 1).join(' '), words[of - 1] as string];
  const head = words[words.length - 1] ?? '';
  return words.length > 1 ? [`${words[words.length - 2] ?? ''} ${head}`, head] : [head];
}

/**
 * Words before a title's head that say which office it is, its portfolio or chamber: the
 * "foreign" of "foreign minister", the "state" of "Secretary of State".
 */
const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'defense', 'defence', 'national', 'security', 'press', 'campaign', 'communications', 'policy',
  'majority', 'minority', 'attorney', 'opposition', 'military', 'economic', 'trade', 'finance', 'health', 'interior', 'energy',
  'house', 'senate', ...[...TITLE_OF_TAILS].filter((word) => word !== 'the'),
]);

/** Words that make a title another office than the same title without them: a vice president is not the president, nor a shadow chancellor the chancellor. */
const SUBORDINATE_QUALIFIERS: readonly string[] = ['vice', 'deputy', 'assistant', 'shadow'];

/**
 * Whether a description and a role with the same head name two different offices: one is the
 * deputy of the other ("the deputy minister", "Minister Ana Lind"), or each has a qualifier of
 * the office the other lacks ("the foreign minister" and "Prime Minister Clara Vidal", "the
 * defense secretary" and "Secretary of State Mara Quill"). A qualifier on the description's
 * side only ("the foreign minister" for "Minister Ana Lind") or the role's only ("the minister")
 * is no conflict: it only weighs in the role's score.
 */
function namesOtherOffice(modifiers: readonly string[], norms: readonly string[], entry: RoleEntry): boolean {
  for (const word of SUBORDINATE_QUALIFIERS) if (norms.includes(word) !== entry.words.has(word)) return true;
  let ownQualifier = false;
  for (const modifier of modifiers) if (OFFICE_QUALIFIERS.has(modifier) && !entry.words.has(modifier)) ownQualifier = true;
  if (!ownQualifier) return false;
  for (const word of entry.words) if (OFFICE_QUALIFIERS.has(word) && !norms.includes(word)) return true;
  return false;
}

/** Whether one of a description's modifiers ends in a possessive ’s ("linden's" in "Linden's lawyer"). */
function hasPossessive(modifiers: readonly string[]): boolean {
  for (const modifier of modifiers) if (stripPossessive(modifier) !== modifier) return true;
  return false;
}

/** A place word as the side it stands for ("kremlin" and "russian" are both `russia`), else itself. */
function placeOf(word: string): string {
  return sideOfWords('', word) ?? word;
}

/** The head word of a description's words: the word before "of", "for" and the like ("residents of the valley"), else the last. */
function descriptionHead(words: readonly string[]): string {
  for (let i = 1; i < words.length; i++) if (endsHead(words, i)) return words[i - 1] ?? '';
  return words[words.length - 1] ?? '';
}

/** Prepositions that open an adverbial before the main clause: "During the visit of the king, ...". */
const ADJUNCT_LEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'despite', 'following', 'upon', 'in', 'at', 'on', 'with', 'without', 'for', 'from', 'to', 'by', 'like', 'unlike', 'amid', 'against', 'under', 'over', 'behind', 'beside', 'besides', 'among']);

/**
 * Media named by their medium alone, which speak as an outlet does: "state television", "local
 * radio", "state media"; and "the channel", "a news channel", which is a broadcaster too.
 */
const BROADCAST_HEADS: ReadonlySet<string> = new Set(['television', 'tv', 'radio', 'media', 'channel']);

/** Prepositions that join a thing to the one it comes from: "a complaint from ...", "a letter by ...", "a statement of ...". */
const THING_PERSON_LINKS: ReadonlySet<string> = new Set(['from', 'by', 'of']);

/** Heads of bodies gathered to act together, which stand for no company named before: "the panel", "the delegation", "the task force". */
const GATHERED_BODY_HEADS: ReadonlySet<string> = new Set(['panel', 'delegation', 'jury', 'force']);

/**
 * Heads of political camps, which stand for no company or broadcaster named before: "the
 * opposition", "the bloc", "the faction" ("Skyway said ... The opposition accused the government
 * ..." is the opposition, not the airline), only a body whose name ends in that very word ("the
 * Northern Bloc", then "the bloc").
 */
const CAMP_HEADS: ReadonlySet<string> = new Set(['opposition', 'bloc', 'faction']);

/** Verbs after which a phrase with "a" says what the subject is: "Harbor Watch is a group that ...". */
const PREDICATE_LINKS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'remains', 'became', 'becomes']);

/** How many sentences back a body introduced with "a" keeps "the group" from an organization named before it. */
const INTRODUCTION_REACH = 2;

/** Heads of descriptions that stand for any organization named just before, not only a company: "Human Rights Watch said ... The group said". */
const ORGANIZATION_BACK_HEADS: ReadonlySet<string> = new Set(['group', 'organization', 'organisation', 'charity', 'watchdog', 'nonprofit', 'club']);

/**
 * Heads of bodies of members that copy names in full and then by the head alone: "the Tarley
 * Dockers Union", then "the union"; "the Harbour Pilots' Association", then "the association".
 */
const MEMBERS_BODY_HEADS: ReadonlySet<string> = new Set(['union', 'association', 'federation', 'confederation', 'guild', 'society', 'league', 'syndicate']);

/**
 * Heads of bodies that, like {@link MEMBERS_BODY_HEADS}, a description takes up only when the
 * body's name ends in that word, alone or as the end of one word: "Kestrel Bank" or "the
 * Riksbank", then "the bank".
 */
const NAME_END_BODY_HEADS: ReadonlySet<string> = new Set(['bank']);

/** The words before "system" that make it a business of hospitals: "the hospital system", "the health system". */
const HOSPITAL_SYSTEM_KINDS: ReadonlySet<string> = new Set(['hospital', 'health']);

/**
 * Last words of the names of bodies that are no company, which "the company" or "the firm" does
 * not stand for: unions, parties, councils, courts, armed forces, schools, "Management".
 */
const NOT_COMPANY_HEADS: ReadonlySet<string> = new Set([
  ...MEMBERS_BODY_HEADS, 'party', 'committee', 'council', 'commission', 'agency', 'institute', 'university', 'college',
  'campaign', 'foundation', 'center', 'centre', 'court', 'senate', 'congress', 'bureau', 'office', 'coalition', 'alliance',
  'board', 'service', 'police', 'army', 'navy', 'force', 'forces', 'club', 'team', 'movement', 'caucus', 'parliament',
  'chamber', 'assembly', 'legislature', 'tribunal', 'church', 'school', 'military', 'mission', 'front', 'militia',
  'management', 'ministry', 'department', 'administration', 'authority',
  // Advocacy groups: "Harbor Watch", "the Tarn Justice Project".
  'watch', 'project',
]);

/**
 * Heads of descriptions of a body that watches over others or serves the public rather than
 * trades: "the regulator", "the watchdog", "the charity". Such a description never stands for a
 * company, even one named more recently.
 */
const PUBLIC_INTEREST_HEADS: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'inspectorate', 'charity', 'nonprofit', 'non-profit', 'ngo']);

/** Name endings of advocacy groups among the organization endings: "Harbor Watch", "Amnesty International", "the Tarn Justice Project". */
const ADVOCACY_NAME_ENDINGS: ReadonlySet<string> = new Set(['watch', 'international', 'project']);

/** Whether a name is a company's by its last word: a legal form or a trade ("Kestrel Telecom", "Arlo Foods Inc."). */
function companyNamed(name: string): boolean {
  const last = lastWordOf(name);
  return ORGANIZATION_NAME_ENDINGS.has(last) && !ADVOCACY_NAME_ENDINGS.has(last);
}

/**
 * Where " of ", " for " or " on " ({@link BODY_HEAD_LINKS}) first stands in a name whose body's
 * word comes before it ("University of Kestrel", "Institute for Tidal Studies", "Council on Water
 * Rights"), or -1.
 */
function bodyLinkAt(name: string): number {
  let at = -1;
  for (const link of BODY_HEAD_LINK_WORDS) {
    const found = name.indexOf(link);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  return at;
}

/** {@link BODY_HEAD_LINKS} as they stand inside a name, with a space on each side. */
const BODY_HEAD_LINK_WORDS: readonly string[] = [...BODY_HEAD_LINKS].map((link) => ` ${link} `);

/** The last word of a name, in lower case: "union" of "the Tarley Dockers Union". */
function lastWordOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** The word of a body's name that says what the body is, as written: its last word, or the one before a link ("School" of "Graduate School of Journalism"). */
function bodyWordOf(name: string): string {
  const linked = bodyLinkAt(name);
  const end = linked < 0 ? name.length : linked;
  return name.slice(name.lastIndexOf(' ', end - 1) + 1, end);
}

/** {@link bodyWordOf} in lower case. */
function bodyHeadOf(name: string): string {
  return bodyWordOf(name).toLowerCase();
}

/**
 * Heads of descriptions that stand for a public body named before: "the agency", "the ministry";
 * and for a body of research, learning or law ("the Vale Policy Institute said ... The institute
 * said", "the Harrow Foundation", "the Tarn Supreme Court").
 */
const BODY_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'agency', 'administration', 'ministry', 'department', 'commission', 'bureau', 'authority', 'regulator', 'office', 'service', 'board', 'directorate', 'inspectorate',
  'institute', 'foundation', 'university', 'court',
]);

/**
 * Last words of a body's name that tell which of {@link BODY_DESCRIPTION_HEADS} it is, though the
 * name does not hold that word: a credit rater is an agency ("Harlow Ratings", then "the agency").
 */
const BODY_KIND_OF_NAME_END: ReadonlyMap<string, string> = new Map([['ratings', 'agency']]);

/** Of {@link BODY_DESCRIPTION_HEADS}, the bodies that are no arm of government: only their own word takes them up. */
const OWN_WORD_BODY_HEADS: ReadonlySet<string> = new Set(['institute', 'foundation', 'university', 'court']);

/**
 * Whether a word before a description's head is itself a body's ("airport" in "the airport
 * operator", "airline" in "the airline regulator") and not a word of the name `name`, singular
 * or plural: the compound names the body that runs or oversees that other one, so it stands for
 * no company named before unless that company's name says so ("Kestrel Railways", then "the
 * railway operator").
 */
function otherBodyBefore(norms: readonly string[], name: string): boolean {
  const head = descriptionHead(norms);
  const lower = ` ${name.toLowerCase()} `;
  for (let i = 0; i < norms.length && norms[i] !== head; i++) {
    const norm = norms[i] ?? '';
    if (isBodyWord(norm) && !lower.includes(` ${norm} `) && !lower.includes(` ${norm}s `)) return true;
  }
  return false;
}

/** Whether a head word names a thing that can carry words, in the singular or the plural ("email", "emails", "records"). */
function isThingHead(norm: string): boolean {
  return THING_HEADS.has(norm) || (hasPluralEnding(norm) && THING_HEADS.has(singular(norm)));
}

/** Whether a lower-case word names a kind of body: "union", "ministry", "airline", "carmaker", "airport". */
function isBodyWord(norm: string): boolean {
  return ORGANIZATION_HEADS.has(norm) || ORGANIZATION_DESCRIPTION_HEADS.has(norm) || GOVERNMENT_HEADS.has(norm) || isCompanyWord(norm);
}

/** Whether every word of a description before its head ("budget" in "the budget office") is a word of the name `name`, in any case. */
function modifiersIn(norms: readonly string[], name: string): boolean {
  const lower = ` ${name.toLowerCase()} `;
  for (let i = 0; i < norms.length - 1; i++) if (!lower.includes(` ${norms[i] ?? ''} `)) return false;
  return true;
}

/** Prepositions after the plural that opens a body's name: "Citizens for ...", "Sons of ...", "Mothers Against ...". */
const MEMBERS_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'against', 'without', 'in']);

/**
 * Whether `name` names a body by its members: a capitalised plural, a preposition and a capitalised
 * last word ("Citizens for Fair Harbors", "The Sons of the Ridge"), with a leading "The" allowed.
 */
function namedByMembers(name: string): boolean {
  const words = name.split(' ');
  const from = words[0] === 'The' ? 1 : 0;
  const lead = words[from] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length - from < 3 || !MEMBERS_NAME_PREPOSITIONS.has((words[from + 1] ?? '').toLowerCase())) return false;
  return isUpperWord(lead) && hasPluralEnding(lead.toLowerCase()) && isUpperWord(last);
}

/** Whether a word opens with a capital letter. */
function isUpperWord(word: string): boolean {
  const c = word.charAt(0);
  return c !== '' && c !== c.toLowerCase();
}

/** Words left out of an acronym: "Food and Drug Administration" is FDA. */
const ACRONYM_FILLERS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'on', 'in', '&']);

/** The capitals of a name's words but fillers ("The Food and Drug Administration" gives "FDA"), or "" for a name of one word. */
export function initialsOf(name: string): string {
  let initials = '';
  let words = 0;
  let k = 0;
  while (k < name.length) {
    while (k < name.length && name.charCodeAt(k) === 0x20) k++;
    let end = k;
    while (end < name.length && name.charCodeAt(end) !== 0x20) end++;
    const word = name.slice(k, end);
    if (word !== '' && !ACRONYM_FILLERS.has(word.toLowerCase())) {
      initials += word.charAt(0);
      words++;
    }
    k = end;
  }
  // ("The Food ...": a leading article is a filler too.)
  return words > 1 && initials === initials.toUpperCase() ? initials : '';
}

/** Words that tell a phrase before a name is more than a description: "whose husband", "now a judge", "president-elect". */
const NOT_PLAIN_DESCRIPTION: ReadonlySet<string> = new Set(['whose', 'who', 'whom', 'which', 'that', 'now', 'then', 'elect', 'his', 'her', 'their', 'its']);

/** Words that open a phrase that is no role: "Along with her husband, ...". */
const NOT_ROLE_LEADS: ReadonlySet<string> = new Set(['along', 'with', 'like', 'unlike', 'including', 'besides', 'together', 'among', 'after', 'before']);

/** Whether a description's head can be a role: a word, not a number, quantifier or ordinal ("One of them, ...", "a third, ..."). */
function isRoleHead(head: string): boolean {
  const code = head.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a && !DETERMINERS.has(head) && !NOT_ROLE_HEADS.has(head);
}

/**
 * Heads that name no role: ordinals, which count people ("a third, ..."), times, which end a
 * clause rather than a role ("the schedule published Thursday, ..."), and names ("who gave only
 * his first name, Rick,").
 */
const NOT_ROLE_HEADS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'latter', 'former', 'other', 'others', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'week', 'month', 'year', 'night',
  'morning', 'afternoon', 'evening', 'name', 'names', 'nickname',
]);

/** Endings of nouns of agents: "trader", "senator", "economist", "historian", "consultant", "resident". */
const AGENT_ENDINGS: readonly string[] = ['er', 'or', 'ist', 'ian', 'ant', 'ent'];

/**
 * Whether a lower-case singular noun names one person: a role or a word for a person ("mayor",
 * "man", "nurse"), or a noun of an agent by its ending ("trader", "lawmaker"); not a thing that
 * carries words ("report", "post") nor anything else ("flight", "resistance").
 */
function namesOnePerson(norm: string): boolean {
  if (THING_HEADS.has(norm) || GROUP_HEADS.has(norm)) return false;
  if (DESCRIPTION_HEADS.has(norm) || PEOPLE_NOUNS.has(norm)) return true;
  for (const ending of AGENT_ENDINGS) if (norm.length > ending.length + 3 && norm.endsWith(ending)) return true;
  return false;
}

/** Words that name a time: "week", "Thursday", "September". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'week',
  'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words that follow a past participle opening a reduced relative: a time ("filed Tuesday", "sent last week") or a preposition ("involved in the talks"). */
const PARTICIPLE_FOLLOWERS: ReadonlySet<string> = new Set([
  ...TIME_WORDS, 'last', 'this', 'earlier', 'in', 'on', 'at', 'with', 'against', 'during', 'after', 'before', 'to', 'from', 'over', 'among',
]);

/** Whether a subject's head word names someone a pronoun can stand for: a person, a group or a body, not "the storm". */
function isSubjectHead(head: string, kind: PhraseKind): boolean {
  return DESCRIPTION_HEADS.has(head) || GROUP_HEADS.has(head) || PEOPLE_NOUNS.has(head) || (kind === 'group' && hasPluralEnding(head)) || isBodyHead(head);
}

/**
 * Heads of an organization's name that news copy drops after the first mention ("Harwick Group",
 * then "Harwick"; "Osler Bank", then "Osler"), though a name so ending is not thereby a company's.
 */
const SHORTENED_HEADS: ReadonlySet<string> = new Set(['group', 'bank']);

/** The draft of a remembered mention taken as an antecedent; an unnamed subject so taken now counts as mentioned. */
function taken(entry: Recent): Draft {
  if (entry.tentativeAt !== undefined) entry.draft.first = Math.min(entry.draft.first, entry.tentativeAt);
  return entry.draft;
}

/** Whether a name of two or more words ends in a company's legal form: "Harlow Foods Corp", "Dralco Inc". */
function hasLegalForm(run: NameRun): boolean {
  return run.norms.length >= 2 && COMPANY_FORMS.has(run.norms[run.norms.length - 1] ?? '');
}

/** Words of the compass that make a name in "Bank" or "Group" a place's: "West Bank", "South Bank". */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'left']);

/**
 * Whether a name of several words ending in one of {@link SHORTENED_HEADS} is an organization's of
 * its own ("Velmont Group", "Osler Bank"), so that a later "Velmont" names it: not a place's
 * ("West Bank").
 */
function isShortenedCompanyName(norms: readonly string[]): boolean {
  return isCompanyName(norms, SHORTENED_HEADS) && !COMPASS_WORDS.has(norms[0] ?? '');
}

/**
 * Whether the two-word name of something the text shows to be an organization ("The company,
 * Northway Marine, said", "Northway Marine, a ferry operator,") is shortened to its first word
 * later ("Northway said"), as a name ending in a company word is: not when it ends in the head of
 * an institution ("Harbor Council", "Velmont Institute"), which copy shortens to "the council",
 * nor when its first word is a title, an office, a government's or a point of the compass.
 */
function shortensToFirstWord(norms: readonly string[]): boolean {
  const last = norms[norms.length - 1] ?? '';
  const first = norms[0] ?? '';
  return !ORGANIZATION_HEADS.has(last) && !GOVERNMENT_HEADS.has(last) && !COMPASS_WORDS.has(first) && opensCompanyName(first);
}

/**
 * Whether a name of several words is a company's: it ends in a word no person is named by
 * ("Brantwell Foods", "Aeronix Systems", "Harwick plc") and starts with none that makes it an
 * office or a place ("General Motors" aside, "National Farms" is no company's short name).
 */
function isCompanyName(norms: readonly string[], endings: ReadonlySet<string> = ORGANIZATION_NAME_ENDINGS): boolean {
  return endings.has(norms[norms.length - 1] ?? '') && opensCompanyName(norms[0] ?? '');
}

/** Whether a company's name may open with this word: not a title, an office's word or a government's name ("General", "National", "Senate"). */
function opensCompanyName(first: string): boolean {
  return !TITLE_HEADS.has(first) && !TITLE_MODIFIERS.has(first) && !GOVERNMENT_NAMES.has(first) && !ORGANIZATION_HEADS.has(first);
}

/**
 * Whether a lower-case word after a named subject is a verb of something done: "scored",
 * "smiled", "won", "says". Not a copula or auxiliary, which common words take as often ("Turnout
 * was high", "Nobody has"), nor an -s form that may be a plural ("Republican voters").
 */
function isActionVerb(norm: string): boolean {
  if (COMMON_VERBS.has(norm)) return !STATE_VERBS.has(norm);
  return norm.length > 4 && norm.endsWith('ed') && !norm.endsWith('eed');
}

/** Verbs of {@link COMMON_VERBS} that say nothing of a person: copulas, auxiliaries and base forms. */
const STATE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'did', 'does', 'do', 'get', 'go', 'make', 'take', 'see',
  'come', 'know', 'think', 'let', 'put', 'set', 'cut', 'hit', 'read',
]);

/** How many tokens of modifiers may stand between an owner and a relative's noun: "her 15-year-old son". */
const OWNER_MODIFIER_REACH = 6;

/** Nouns for someone's relative: "Pike's wife", "his daughter", "their cousin". */
const KIN_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'cousin', 'uncle', 'aunt',
  'niece', 'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'fiancee', 'fiance',
]);

/** Possessive determiners: "his wife", "their son". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/** Whether a token makes the noun after it someone's: a possessive name or noun ("Pike's") or determiner ("his"). */
function ownedBy(token: Token | undefined): boolean {
  return token !== undefined && (isPossessiveToken(token) || POSSESSIVE_DETERMINERS.has(token.norm));
}

/** Words before a capitalised word that make it a place or a thing rather than a person: "on Tinder", "the Kestrel". */
const PLACE_LEADS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'the']);

/** Capitalised words that open a sentence as its subject and are no name: "Nobody envisioned it", "August marked …". */
const NOT_NAMED_SUBJECTS: ReadonlySet<string> = new Set([
  'nobody', 'everybody', 'somebody', 'anybody', 'everyone', 'someone', 'anyone', 'nothing', 'something', 'everything',
  'anything', 'none', 'neither', 'either', 'whoever', 'whatever', 'april', 'june', 'july', 'august',
]);

/** Whether a description's head word names an organization or government: "the airline", "the ministry". */
/** "he" or "she" opening a reported clause, after a "that" the content may keep. */
const OPENING_PRONOUN = /^(?:that\s+)?(he|she)\b/i;

/** How much weak evidence against a pronoun's antecedent (see Draft.hint) makes it look for another. */
const HINT_AGAINST = 2;

/** How many characters of a reported clause {@link OPENING_PRONOUN} reads. */
const OPENING_REACH = 10;

/** Participles that put a name to a description before it: "a nurse named Ines Vall", "a farmer called Tom Reyes". */
const APPOSITIVE_NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'called']);

/** Prepositions that tell where someone or something is: "the Odeon on Quay Street", "Ana Lind in Brill". */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near']);

/** Prepositions that tell where a body sits: "the embassy in Velmora", "the office near the port". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near']);

function isBodyHead(head: string): boolean {
  return ORGANIZATION_HEADS.has(head) || ORGANIZATION_DESCRIPTION_HEADS.has(head) || GOVERNMENT_HEADS.has(head);
}

function antecedentKind(pronoun: string): string {
  if (pronoun === 'he') return 'man or person of unknown gender';
  if (pronoun === 'she') return 'woman or person of unknown gender';
  if (pronoun === 'they') return 'group or organization';
  if (pronoun === 'it') return 'organization or thing';
  if (pronoun === 'who' || pronoun === 'which' || pronoun === 'that') return 'noun phrase right before it';
  if (pronoun === 'i') return 'speaker of a transcript turn ("NAME: ...") around it';
  return 'speaker (first- and second-person pronouns name no one in the text)';
}
