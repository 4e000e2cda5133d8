import type { TextDocument } from '../text/document.js';
import type { Token } from '../text/tokens.js';
import { mayHave, wordBits, wordFilter, type WordFilter } from '../text/word-filter.js';
import { ORGANIZATION_DESCRIPTION_HEADS, ORGANIZATION_HEADS, ORGANIZATION_NAME_ENDINGS, OUTLET_DESCRIPTORS, OUTLET_HEADS, OUTLET_NAMES } from './actor-names.js';
import { FIRST_NAME_GENDER } from './first-names.js';
import { foldNorm, foldWord, NAME_FOLDING } from './name-folding.js';
import { CLAUSE_OPENERS, COMMON_VERBS, SUBJECT_PRONOUNS } from './word-classes.js';
import { DESCRIPTION_HEADS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_OF_TAILS } from './titles.js';

/**
 * A proper name found in the text: a run of capitalised words, with the title before it
 * ("former President Trump’s": title `former President`, name `Trump`). One linear pass over
 * the tokens finds them all; entity resolution decides which of them name an entity.
 */
export interface NameRun {
  /** Index of the first token of the whole mention: the title's, the honorific's or the name's. */
  readonly first: number;
  /** Index of the first token of the name itself. */
  readonly nameFirst: number;
  /** Index of the last token of the name (a possessive "Trump’s" included). */
  readonly last: number;
  /** Offset where the name starts, after any honorific or title. */
  readonly nameStart: number;
  /** Offset just past the name, before a possessive ’s: `text.slice(nameStart, nameEnd)` is `Trump`. */
  readonly nameEnd: number;
  /**
   * The name's words in lower case with straight apostrophes (token `norm`s), without the
   * possessive, initials and suffixes such as "Jr.": "George W. Bush" gives `george`, `bush`.
   */
  readonly norms: readonly string[];
  /** The matching key of each of `norms` (see `foldNorm`): "Zelenskyy" gives `zelensky`. */
  readonly folded: readonly string[];
  /** The matching key of the whole name: `folded` joined by spaces. */
  readonly key: string;
  /** The gender of the name's first word when it is a given name of {@link FIRST_NAMES}, else undefined. */
  readonly given: 'male' | 'female' | undefined;
  /** The title before the name as written (`Kremlin adviser`), or undefined. */
  readonly title: string | undefined;
  /**
   * A role given in an appositive after the name, or undefined: "Jane Roe, a pollster," gives
   * the title `pollster`; "Ana Pike, a researcher at the Tern Institute," the title `researcher`
   * and the affiliation `Tern Institute`.
   */
  readonly appositive: { readonly title: string; readonly affiliation: string | undefined } | undefined;
  /**
   * The head word of an appositive noun phrase after the name, lower case, a role or not: the
   * word before its first preposition, else its last ("Aeronix, a biotech company," gives
   * `company`; "Ana Pike, an adviser to the union," gives `adviser`; "Ana Pike, to the office,"
   * none).
   */
  readonly appositiveHead: string | undefined;
  /** The honorific before the name, lower case (`mr.`, `sen.`), or undefined. */
  readonly honorific: string | undefined;
  /** Whether the name ends in a possessive ’s ("Putin’s remarks"). */
  readonly possessive: boolean;
  /** Whether the mention opens a clause, so that it is likely the subject of what follows. */
  readonly subject: boolean;
  /** Whether "the" stands right before the name ("the Post"). */
  readonly afterThe: boolean;
  /** The index of the sentence the name is in. */
  readonly sentence: number;
  /**
   * Whether the sentence is set in title case, as a headline is. Only computed for names of
   * more than one word, the only ones it matters for; false for the others.
   */
  readonly titleCase: boolean;
}

/** The given names of the word list by their matching key (see `foldWord`), with the gender each carries. */
export const FIRST_NAMES: ReadonlyMap<string, 'male' | 'female'> = new Map([...FIRST_NAME_GENDER].map(([name, gender]) => [foldWord(name, NAME_FOLDING), gender]));
/** {@link FIRST_NAMES} as a {@link WordFilter}: most names start with no given name, and need no look-up. */
const FIRST_NAMES_FILTER: WordFilter = wordFilter(FIRST_NAMES.keys());

/** The gender of a given name of {@link FIRST_NAMES}, by its matching key; undefined for a word that is none. */
export function givenNameGender(key: string): 'male' | 'female' | undefined {
  return mayHave(FIRST_NAMES_FILTER, key) ? FIRST_NAMES.get(key) : undefined;
}

/** Capitalised words that are not names: function words, pronouns, days and months. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many',
  'several', 'most', 'other', 'another', 'both', 'all', 'each', 'every', 'no', 'any', 'such', 'one', 'he', 'she', 'it',
  'they', 'we', 'i', 'you', 'who', 'whom', 'which', 'what', 'when', 'where', 'why', 'how', 'if', 'but', 'and', 'or', 'nor',
  'so', 'yet', 'as', 'after', 'before', 'while', 'since', 'because', 'although', 'though', 'unless', 'until', 'whether',
  'in', 'on', 'at', 'for', 'from', 'by', 'with', 'to', 'of', 'about', 'over', 'under', 'during', 'despite', 'amid', 'among',
  'against', 'without', 'within', 'into', 'through', 'then', 'there', 'here', 'now', 'still', 'also', 'however',
  'meanwhile', 'instead', 'even', 'just', 'only', 'not', 'speaking', 'asked', 'according', 'earlier', 'later', 'today',
  'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'september', 'october', 'november', 'december', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'do', 'does', 'did', 'be', 'been', 'can', 'could', 'should', 'would', 'must', 'let', 'please',
  'yes', 'no', 'oh', 'well', 'thanks', 'mr', 'mrs', 'ms', 'former', 'update', 'updated', 'tags', 'photo', 'read',
  'more', 'like', 'than', 'very', 'too', 'said', 'says', 'told', 'added',
]);
/** Capitalised words that are no names at a sentence's start, though they may be later ("Will Hurd", "the group Watch Tarvia"). */
const NOT_NAMES_AT_START: ReadonlySet<string> = new Set(['will', 'may', 'here', 'rather', 'watch']);
/** Words of time that, capitalised, may end a name: "Democracy Now", "Psychology Today". */
const NAME_TIME_TAILS: ReadonlySet<string> = new Set(['now', 'today', 'tonight']);

/**
 * Whether token `k` is a capitalised word of time that ends the name before it ("the group
 * Rivers Now.", "the journal Neurology Today"), not an adverb: a capitalised word stands right
 * before it and none right after it (before `end`, the sentence's end).
 * @internal
 */
export function endsNameWithTime(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (t === undefined || before === undefined || !NAME_TIME_TAILS.has(t.norm) || !isUpper(t) || before.kind !== 'word' || !isUpper(before)) return false;
  const next = tokens[k + 1];
  return k + 1 >= end || next === undefined || next.kind !== 'word' || !isUpper(next);
}
/** Lower-case particles inside a name: "Charles de Gaulle", "Ursula von der Leyen". */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'del', 'della', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'dos', 'das']);
/** {@link PARTICLES} as a {@link WordFilter}: most words after a name are none, and need no look-up. */
const PARTICLE_FILTER: WordFilter = wordFilter(PARTICLES);
/**
 * Particles that also open names as given names or places ("Al Gore", "Van Jones", "El Paso"):
 * capitalised at a name's start they stay a word of it.
 */
const LEADING_NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'van', 'del']);
/** Words after a name that are not part of what it is matched by: "Jr.", "III". */
const SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);
/**
 * Ranks that are common surnames too, left out of the title heads ("Lee Major"): a title only when
 * a given name and a surname follow ("Major Irina Solovey").
 */
const SURNAME_RANKS: ReadonlySet<string> = new Set(['major']);
/** Words before a name that make it open a clause: "..., Putin said", "and Ushakov added". */
const CLAUSE_LINKS: ReadonlySet<string> = new Set([
  ',', ';', 'and', 'but', 'while', 'when', 'as', 'that', 'because', 'after', 'before', 'since', 'although', 'though', 'if',
  'so', 'then', 'yet', 'whereas', 'once', 'until', 'unless', '—', '–', '(',
]);
/**
 * Words that open an appositive role and are no part of its title: articles, and possessive
 * pronouns ("Tom Reyes, its director of research," is a "director", not an "its director").
 */
const DETERMINERS_BEFORE_ROLE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another', 'his', 'her', 'its', 'their', 'our']);
/** The most words of an appositive role ("the Russian president", "a pollster at Tern Research"). */
const MAX_APPOSITIVE_WORDS = 6;
/** The most words of an appositive role that names its body: "director of the Institute for Fiscal Studies". */
const MAX_BODY_APPOSITIVE_WORDS = 9;
/** Lower-case words inside the name of a body: "Institute for Fiscal Studies", "Bank of the West". */
const BODY_NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'at', 'de']);
const MAX_TITLE_TOKENS = 6;

// What the word lists above and in titles.ts say about a word, as bits of one number, so that
// the scan over every capitalised word costs one map lookup instead of several.
const NOT_NAME = 1;
const NOT_NAME_AT_START = 2;
/** A title head or an honorific that is a title ("Sen."). */
const TITLE = 4;
/** Any honorific, "Mr." included. */
const HONORIFIC = 8;
const OUTLET = 16;
const OUTLET_HEAD = 32;
/** A word that says what kind of company follows: "drugmaker Halvex", "Automaker Vantor". */
const COMPANY_TITLE = 64;
/** A word that says what kind of outlet follows: "the newspaper Le Figaro". */
const OUTLET_TITLE = 128;
/** A title head of {@link TITLE_HEADS} ("President", "adviser"). */
const TITLE_HEAD = 256;
/** A word that is an outlet's name after "the": "Hill" of "the Hill". */
const OUTLET_AFTER_THE = 512;
/** A suffix or a particle, which may be left out of a name's words (see {@link isNameNoise}). */
const NOISE = 1024;
/** A word that ends an organization's name: "Hospital", "Motors", "Foundation". */
const ORGANIZATION_END = 2048;
/** A word for a kind of body, whose name may go on after "of", "for" or "on": "Center for Fiscal Studies". */
const BODY_HEAD = 4096;
/** A serial's head, whose name goes on after "of" though it may also stand as a title ("the journal Nature"): "Journal of ...". */
const SERIAL_HEAD = 8192;

/**
 * Head words of journals and other serials whose names go on after "of": "Journal of ...",
 * "Annals of ...".
 * @internal
 */
export const SERIAL_HEADS: ReadonlySet<string> = new Set(['journal', 'annals', 'bulletin', 'proceedings', 'archives', 'chronicle']);

/** The plain words for a company, which carry the flags of its kinds ("drugmaker"). */
const GENERIC_COMPANY_WORDS: readonly string[] = ['company', 'firm'];

const WORD_FLAGS: ReadonlyMap<string, number> = wordBits([
  [NOT_NAMES, NOT_NAME],
  [NOT_NAMES_AT_START, NOT_NAME_AT_START],
  [TITLE_HEADS, TITLE],
  [[...HONORIFICS].filter(([, honorific]) => honorific.title).map(([word]) => word), TITLE],
  [HONORIFICS.keys(), HONORIFIC],
  [OUTLET_NAMES, OUTLET],
  [OUTLET_HEADS, OUTLET_HEAD],
  [ORGANIZATION_DESCRIPTION_HEADS, TITLE],
  [ORGANIZATION_DESCRIPTION_HEADS, COMPANY_TITLE],
  // "Utility company Veltra", "the shipping firm Harlan Moss": the plain words for a company stand
  // before its name as its kinds do ("drugmaker Halvex").
  [GENERIC_COMPANY_WORDS, TITLE],
  [GENERIC_COMPANY_WORDS, COMPANY_TITLE],
  [OUTLET_DESCRIPTORS, TITLE],
  [OUTLET_DESCRIPTORS, OUTLET_TITLE],
  [TITLE_HEADS, TITLE_HEAD],
  [[...OUTLET_NAMES].filter((name) => name.startsWith('the ')).map((name) => name.slice(4)), OUTLET_AFTER_THE],
  [SUFFIXES, NOISE],
  [PARTICLES, NOISE],
  [ORGANIZATION_HEADS, ORGANIZATION_END],
  [ORGANIZATION_NAME_ENDINGS, ORGANIZATION_END],
  [ORGANIZATION_HEADS, BODY_HEAD],
  // "the Journal of Coastal Medicine", "the Bulletin of Atomic Affairs": a learned outlet's name
  // goes on after "of" as a body's does.
  [[...SERIAL_HEADS], BODY_HEAD],
  [[...SERIAL_HEADS], SERIAL_HEAD],
]);
/** `WORD_FLAGS`' words as a {@link WordFilter}: most capitalised words carry no flag and need no look-up. */
const WORD_FLAGS_FILTER: WordFilter = wordFilter(WORD_FLAGS.keys());

function flagsOf(norm: string): number {
  return mayHave(WORD_FLAGS_FILTER, norm) ? (WORD_FLAGS.get(norm) ?? 0) : 0;
}

/** Whether a word names a company or a kind of one: "company", "firm", "drugmaker". */
export function isCompanyWord(norm: string): boolean {
  return (flagsOf(norm) & COMPANY_TITLE) !== 0;
}

/** Whether a title names a kind of company ("drugmaker", "Automaker"), so that the name after it is an organization's. */
export function isCompanyTitle(title: string): boolean {
  return (flagsOf(title.slice(title.lastIndexOf(' ') + 1).toLowerCase()) & COMPANY_TITLE) !== 0;
}

/** Whether a title names a kind of outlet ("newspaper", "German weekly"), so that the name after it is an outlet's. */
export function isOutletTitle(title: string): boolean {
  return (flagsOf(title.slice(title.lastIndexOf(' ') + 1).toLowerCase()) & OUTLET_TITLE) !== 0;
}

/** Whether a lower-case word may stand inside a name: "de" in "Charles de Gaulle". */
export function isNameParticle(token: Token | undefined): boolean {
  return token !== undefined && PARTICLES.has(token.text);
}

/**
 * Whether a lower-case word is a surname led by an Arabic article and a hyphen, which stands
 * inside a name as a capitalised word does: "Ahmed al-Sharaa", "Omar el-Masri".
 */
export function isPrefixedName(token: Token): boolean {
  const text = token.text;
  const c = text.charCodeAt(0);
  if ((c !== 0x61 && c !== 0x65) || text.charCodeAt(1) !== 0x6c || text.charCodeAt(2) !== 0x2d) return false;
  const d = text.charCodeAt(3);
  return d >= 0x41 && d <= 0x5a;
}

/** How far back a list of names is followed to the word that governs it. */
const NAME_LIST_REACH = 12;

/**
 * Whether the "and" at `link` joins the name that ends at `last` to a list of names that a
 * preposition or a verb governs ("timber from Norvia, Belstad and Kerrin.", "congratulated rivals
 * Ana Pike and Tom Reyes"): such a name is an object, not a clause's subject. After a preposition
 * a verb right after the name makes it one ("flew to Oslo and Lee met him"), except after
 * "between", which always takes a pair ("a meeting between Ana Pike and Tom Reyes was
 * possible"); a capitalised word opening the sentence governs nothing ("In Oslo and Bergen, ...").
 */
function nameListAfterPreposition(tokens: readonly Token[], link: number, last: number, min: number): boolean {
  if (tokens[link]?.norm !== 'and') return false;
  let k = link - 1;
  if (tokens[k]?.norm === ',') k--;
  if (!isUpper(tokens[k])) return false;
  const verbAfter = tokens[last + 1]?.kind === 'word';
  let commas = false;
  while (k > min && link - k < NAME_LIST_REACH) {
    const t = tokens[k] as Token;
    if (t.norm === ',') commas = true;
    else if (!isUpper(t) && t.norm !== 'and') {
      if (t.norm === 'between') return true;
      if (NAME_LIST_PREPOSITIONS.has(t.norm)) return !verbAfter;
      return !commas && t.kind === 'word' && !CLAUSE_LINKS.has(t.norm);
    }
    k--;
  }
  return false;
}

/** Prepositions that govern a list of names ("trade with Peru, Chile and Bolivia", "among Lee and Park"). */
const NAME_LIST_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'to', 'with', 'between', 'among', 'including', 'against', 'by', 'of', 'for']);

/** Whether a token is a word with a capital first letter; ASCII is checked without allocating. */
export function isUpper(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  const code = token.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const ch = token.text.charAt(0);
  return ch !== ch.toLowerCase();
}

/** A lower-case word without its possessive ’s or ’: "trump's" becomes "trump". */
export function stripPossessive(norm: string): string {
  const n = norm.length;
  if (n > 2 && norm.charCodeAt(n - 2) === 0x27 && norm.charCodeAt(n - 1) === 0x73) return norm.slice(0, -2);
  return n > 1 && norm.charCodeAt(n - 1) === 0x27 ? norm.slice(0, -1) : norm;
}

/**
 * Whether a word of a name is left out when names are matched: initials, suffixes and particles
 * do not tell names apart ("George W. Bush" is "George Bush", "Martin Luther King Jr." is
 * "Martin Luther King").
 */
export function isNameNoise(norm: string, written: string, leading = false): boolean {
  if (norm === '' || (norm.length === 2 && norm.charCodeAt(1) === 0x2e)) return true;
  if ((flagsOf(norm) & NOISE) === 0) return false;
  if (SUFFIXES.has(norm)) return true;
  // A particle written in capitals is noise too, so that "Le Pen" and "Von der Leyen" match
  // "Marine Le Pen" and "Ursula von der Leyen" by surname; "Al Gore" keeps his given name.
  return PARTICLES.has(norm) && (PARTICLES.has(written) || !leading || !LEADING_NAME_PARTICLES.has(norm));
}

/** Whether the token ends in a possessive ’s or s’ ("Trump’s"). */
export function isPossessiveToken(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  // (Character tests: most words end in neither, and the test runs on every name's words.)
  const norm = token.norm;
  const n = norm.length;
  const last = norm.charCodeAt(n - 1);
  if (last === 0x73) return n >= 2 && norm.charCodeAt(n - 2) === 0x27;
  return last === 0x27 && n > 2 && norm.charCodeAt(n - 2) === 0x73;
}

/**
 * Whether a word is a title before a name: "Sen.", "Gov.", "minister".
 * @internal
 */
export function isTitleWord(token: Token): boolean {
  return (flagsOf(token.norm) & TITLE) !== 0;
}

function isNameWord(token: Token, atStart: boolean): boolean {
  if (!isUpper(token)) return false;
  const flags = flagsOf(stripPossessive(token.norm));
  return (flags & NOT_NAME) === 0 && !(atStart && (flags & NOT_NAME_AT_START) !== 0);
}

/**
 * Whether a sentence is a headline: most of its longer words are capitalised and it does not end
 * in a period ("U.S.–Russia Talks Putin: “We Are Ready”"). A body sentence full of names ("Victor
 * Hale met Ellen Park.") ends in one.
 */
function isTitleCase(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  let closing = end - 1;
  while (closing > first && tokens[closing]?.kind === 'quote') closing--;
  if (tokens[closing]?.text === '.') return false;
  let words = 0;
  let capitals = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word' || t.end - t.start < 4) continue;
    words++;
    const code = text.charCodeAt(t.start);
    if (code < 0x80 ? code >= 0x41 && code <= 0x5a : isUpper(t)) capitals++;
  }
  return words >= 3 && capitals >= 0.7 * words;
}

/**
 * Where the title before the name starts, walking left from `from` (exclusive of the name):
 * heads ("adviser", "President", "Sen."), then modifiers ("former", "Kremlin", "U.S."). Undefined
 * when no title head stands there.
 */
function titleStart(tokens: readonly Token[], from: number, min: number, sawHead: boolean): number | undefined {
  let first: number | undefined = sawHead ? from + 1 : undefined;
  let i = from;
  let seen = sawHead;
  while (i >= min && (first === undefined || first - i < MAX_TITLE_TOKENS)) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word') break;
    if (isTitleWord(t) && !isPossessiveToken(t)) {
      seen = true;
      first = i;
      i--;
      continue;
    }
    if (!seen) break;
    if (isTitleModifier(t)) {
      first = i;
      i--;
      continue;
    }
    // "Former police chief", "Regional transport commissioner": lower-case nouns before the head
    // belong to the title when a modifier, a capitalised word or a determiner stands before them.
    let j = i;
    while (j >= min && i - j < 2 && isTitleNoun(tokens[j])) j--;
    // (After a determiner only before a lower-case head: "the reason President Ana Pike said" has no title "reason President".)
    const lead = tokens[j];
    const head = tokens[first ?? i + 1];
    const ledBy = lead !== undefined && (isTitleModifier(lead) ? !lead.norm.includes("'") : TITLE_DETERMINERS.has(lead.norm) && !isUpper(head));
    if (j === i || (j >= min && !ledBy)) break;
    first = j + 1;
    i = j;
  }
  return seen ? first : undefined;
}

/** Determiners that may stand before a title: "the police chief Ana Roth". */
const TITLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their']);

/** A word that modifies a title's head: "former", "Kremlin", "U.S.", "WHO". */
function isTitleModifier(t: Token): boolean {
  return t.kind === 'word' && (TITLE_MODIFIERS.has(t.norm) || (isUpper(t) && (!NOT_NAMES.has(t.norm) || (ACRONYM_WORDS.has(t.norm) && t.text === t.text.toUpperCase())))) && !isPossessiveToken(t);
}

/** Words that are no names but, in capitals, a body's acronym: "WHO Director-General". */
const ACRONYM_WORDS: ReadonlySet<string> = new Set(['who']);

/** Prepositions that no title holds, besides those in the lists of non-names and clause openers: "her weight behind President ...". */
const NOT_TITLE_WORDS: ReadonlySet<string> = new Set([
  'behind', 'beside', 'besides', 'near', 'across', 'around', 'along', 'beyond', 'onto', 'past', 'inside', 'outside', 'versus',
  'vs.', 'vs', 'via', 'per', 'toward', 'towards', 'beneath', 'above', 'below', 'alongside', 'except', 'plus', 'minus',
]);

/**
 * A lower-case word that can be a noun inside a title ("police", "transport"): no function
 * word, verb, adverb or plural ("presidential candidates Sen. Ana Pike" names no title).
 */
function isTitleNoun(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || isUpper(t) || isPossessiveToken(t)) return false;
  const norm = t.norm;
  if (NOT_NAMES.has(norm) || COMMON_VERBS.has(norm) || CLAUSE_OPENERS.has(norm) || TITLE_DETERMINERS.has(norm) || NOT_TITLE_WORDS.has(norm)) return false;
  const n = norm.length;
  if (n > 3 && norm.charCodeAt(n - 1) === 0x73 && norm.charCodeAt(n - 2) !== 0x73) return false;
  return !norm.endsWith('ed') && !norm.endsWith('ly') && !norm.endsWith('ing') && norm.charCodeAt(0) >= 0x61 && norm.charCodeAt(0) <= 0x7a;
}

/**
 * Whether an age set off by commas follows the name that ends at `last`: "Tom Pike, 54, a nurse".
 * (Only a figure of one to three digits: a year or a count in the thousands is no age.)
 */
function ageAfterName(tokens: readonly Token[], last: number, end: number): boolean {
  const age = tokens[last + 2];
  return last + 4 < end && tokens[last + 1]?.text === ',' && age !== undefined && age.kind === 'number' && age.text.length <= 3 && !age.text.includes('.') && tokens[last + 3]?.text === ',';
}

/**
 * "Jane Roe, a pollster," / "Vladimir Putin, the Russian president," / "Aeronix, a biotech
 * company,": the index of the head word of an appositive after the name, or -1.
 */
function appositiveHeadAt(tokens: readonly Token[], last: number, end: number): number {
  if (tokens[last + 1]?.text !== ',') return -1;
  let i = last + 2;
  const determined = DETERMINERS_BEFORE_ROLE.has(tokens[i]?.norm ?? '');
  if (determined) i++;
  const from = i;
  // ("Dr. Strand, who left the company in May,", "Lind, even as a candidate,": a relative clause
  // or an adjunct is no appositive; "then the archbishop", "now speaker" still are.)
  const lead = tokens[from]?.norm ?? '';
  // ("Asked whether he had touched Farr, he shook his head.": a subject pronoun after the comma opens the main clause.)
  // ("Ana Lind, and the port's director, Tom Reed,": "and" after the comma adds a second person.)
  if (lead === 'and' || lead === 'who' || lead === 'whose' || lead === 'whom' || (CLAUSE_OPENERS.has(lead) && !APPOSITIVE_LEADS.has(lead)) || (!determined && SUBJECT_PRONOUNS.has(lead))) return -1;
  // ("A nurse, Ines Vall, opened the clinic.": a verb in the past with its object after the comma is
  // the sentence's predicate, no appositive; "Ines Vall, retired nurse," still is one.)
  if (!determined && lead.endsWith('ed') && DETERMINERS_BEFORE_ROLE.has(tokens[from + 1]?.norm ?? '')) return -1;
  while (i < end && i - from < MAX_BODY_APPOSITIVE_WORDS) {
    const t = tokens[i];
    // ("an analyst at Tern Research & Trading": an ampersand inside a firm's name is one of its words;
    // "president of Teamsters Local 414": so is a number after a capitalised word.)
    if (t === undefined || (t.kind !== 'word' && !(t.text === '&' && isUpper(tokens[i - 1]) && isUpper(tokens[i + 1])) && !(t.kind === 'number' && i > from && isUpper(tokens[i - 1])))) break;
    // ("Ana Pike, a researcher at the Tern Institute who studies eels,": the appositive's noun
    // phrase ends before a relative clause on it.)
    if (t.norm === 'who' && i > from && determined) break;
    i++;
  }
  const closer = tokens[i];
  const relative = closer !== undefined && closer.norm === 'who' && i > from && determined;
  if (i === from || (closer !== undefined && i < end && !relative && closer.text !== ',' && closer.text !== '.' && closer.text !== ')')) return -1;
  if (i - from > MAX_APPOSITIVE_WORDS && !namesItsBody(tokens, from, i) && !(determined && roleOfLongerBody(tokens, from, i))) return -1;
  return i - 1;
}

/**
 * Whether the words [from, to) of a longer appositive after "a" or "the" open with a role's head
 * in their first three words and "of", "for", "at" or "to" after it: "the envoy of the Pacific
 * nation of Vanu", "a professor of mining engineering at the state university". The head says
 * who the person is however long the body named after it.
 */
function roleOfLongerBody(tokens: readonly Token[], from: number, to: number): boolean {
  const preposition = prepositionIn(tokens, from, Math.min(to - 1, from + 3));
  if (preposition < 0 || !AFFILIATION_PREPOSITIONS.has(tokens[preposition]?.norm ?? '') || tokens[preposition]?.norm === 'on') return false;
  const head = tokens[preposition - 1];
  return head !== undefined && DESCRIPTION_HEADS.has(head.norm);
}

/** Words that open what {@link CLAUSE_OPENERS} lists but may open an appositive role: "then the archbishop", "now speaker", "also a candidate", "only doctor". */
const APPOSITIVE_LEADS: ReadonlySet<string> = new Set(['then', 'now', 'also', 'only', 'once', 'still']);

/**
 * Whether the words [from, to) of a longer appositive are a role and the name of its body: a
 * head in the first four words, then "of", "for", "at" or "to" and capitalised words only (with
 * "of", "the", "for" and the like between them, and numbers after them), as in "director of the Institute for Fiscal
 * Studies", never a clause ("who was an aide to Governor Lind").
 */
function namesItsBody(tokens: readonly Token[], from: number, to: number): boolean {
  // (A relative clause, "Ana Pike, who was an aide to Governor Lind,", never reaches here: see
  // appositiveHeadAt. A longer one that opens with "then" or "and" is no role and body either.)
  const lead = tokens[from]?.norm ?? '';
  if (APPOSITIVE_LEADS.has(lead) || lead === 'and') return false;
  const preposition = prepositionIn(tokens, from, Math.min(to - 1, from + 4));
  if (preposition < 0 || !AFFILIATION_PREPOSITIONS.has(tokens[preposition]?.norm ?? '') || tokens[preposition]?.norm === 'on') return false;
  for (let k = preposition + 1; k < to; k++) {
    const t = tokens[k] as Token;
    // ("president of Teamsters Local 414", "chair of Community Board 7": a number after a
    // capitalised word numbers the body.)
    if (t.kind === 'number' && isUpper(tokens[k - 1])) continue;
    if (!isUpper(t) && !BODY_NAME_LINKS.has(t.norm)) return false;
  }
  return true;
}

/** The index of the first preposition after the first word among tokens [from, last], or -1. */
function prepositionIn(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from + 1; k <= last; k++) if (APPOSITIVE_PREPOSITIONS.has((tokens[k] as Token).norm)) return k;
  return -1;
}

/**
 * The head of the words in tokens [from, last]: the word before the first preposition after the
 * first word, else the last; with the word before it when the two are a body's head ("think tank").
 */
function headBeforePreposition(tokens: readonly Token[], from: number, last: number): string | undefined {
  const preposition = prepositionIn(tokens, from, last);
  const at = preposition < 0 ? last : preposition - 1;
  const head = tokens[at]?.norm;
  // ("Norvale, a think tank in Oslo,": a body's head of two words is the head whole.)
  const two = at > from ? `${tokens[at - 1]?.norm ?? ''} ${head ?? ''}` : '';
  return ORGANIZATION_DESCRIPTION_HEADS.has(two) ? two : head;
}

/**
 * "Brelland Marine, a firm owned by ...", "Tessa Group, a company that builds ...": the head of an
 * appositive when a relative pronoun, or after "a" or "an" a participle in -ed, follows it within
 * its first three words after the article (the clause's last word is no head); it says what the name is even
 * when the appositive is too long for a role.
 */
function headBeforeClause(tokens: readonly Token[], last: number): string | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  // ("Esther, the church posted": after "the" a word in -ed may be the verb of a clause.)
  const article = tokens[last + 2]?.norm;
  const indefinite = article === 'a' || article === 'an';
  for (let k = last + 3; k < last + 6; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    // ("Tarn Cyber, a Paris firm hired by ...": a place's name may stand right after "a" as a modifier.)
    if (t !== undefined && k === last + 3 && indefinite && t.kind === 'word' && isUpper(t) && next !== undefined && next.kind === 'word' && !isUpper(next)) continue;
    if (t === undefined || next === undefined || t.kind !== 'word' || isUpper(t)) return undefined;
    if (next.norm === 'that' || next.norm === 'which' || next.norm === 'whose' || (indefinite && next.kind === 'word' && !isUpper(next) && next.norm.endsWith('ed'))) return t.norm;
  }
  return undefined;
}

/** Prepositions that end an appositive's head: "an adviser to the union", "the top Democrat on the committee". */
const APPOSITIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'in', 'on', 'with', 'from', 'by']);

/** Heads of an appositive that say what kind of body a name is: "a hedge fund", "an advocacy group", "a news agency". */
const BODY_KINDS: ReadonlySet<string> = new Set(['fund', 'group', 'agency', 'committee', 'network', 'coalition', 'organization', 'association', 'charity', 'nonprofit', 'union']);

/** Prepositions after a role's head that name the body it belongs to: "a researcher at the institute", "an adviser to the union". */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'on']);

/**
 * "Jane Roe, a pollster,", "Ana Pike, a researcher at the Tern Institute,": the role in the
 * appositive after the name that ends at `end` (see {@link appositiveHeadAt}), its title running
 * to the head before a preposition and the words after "at", "of" and the like its affiliation.
 */
function appositiveRole(doc: TextDocument, last: number, end: number): NameRun['appositive'] {
  const { tokens, text } = doc;
  const from = DETERMINERS_BEFORE_ROLE.has(tokens[last + 2]?.norm ?? '') ? last + 3 : last + 2;
  const preposition = prepositionIn(tokens, from, end);
  const head = tokens[preposition < 0 ? end : preposition - 1];
  // ("Kessler Capital, a hedge fund,", "Harbor Watch, an advocacy group,": the kind of body a
  // name is, in an appositive of its own, is its role as well.)
  const bodyKind = head !== undefined && preposition < 0 && from === last + 3 && BODY_KINDS.has(head.norm);
  if (head === undefined || !(DESCRIPTION_HEADS.has(head.norm) || isCompanyWord(head.norm) || bodyKind)) return undefined;
  const title = text.slice(tokens[from]?.start ?? 0, head.end);
  if (preposition < 0 || !AFFILIATION_PREPOSITIONS.has((tokens[preposition] as Token).norm)) return { title, affiliation: undefined };
  const body = tokens[preposition + 1]?.norm === 'the' ? preposition + 2 : preposition + 1;
  return { title, affiliation: body <= end ? text.slice(tokens[body]?.start ?? 0, tokens[end]?.end ?? 0) : undefined };
}

/**
 * The names of a text. Most capitalised words stand alone without a title ("Europe",
 * "Officials", "Putin"): these are kept apart as `bare` token indices, so that only the few
 * that turn out to name an entity cost a {@link NameRun} (see {@link makeRun}).
 */
export interface ScannedNames {
  /** Names with a title or honorific, names of several words, outlets: in text order. */
  readonly runs: NameRun[];
  /** Token indices of single capitalised words with nothing before them that makes a title, in text order. */
  readonly bare: number[];
  /** The sentence index of each bare word. */
  readonly bareSentence: number[];
}

/** Whether the single word at `i`, whose flags (without a possessive) are `flags`, is an outlet's name ("Time", "Slate") without "the" before it. */
function isLoneOutletWord(tokens: readonly Token[], i: number, min: number, flags: number): boolean {
  return (flags & OUTLET) !== 0 && !(i - 1 >= min && tokens[i - 1]?.norm === 'the');
}

/**
 * Whether the single word at `i`, whose flags (without a possessive) are `flags`, can be a name
 * without a title: no title word, honorific or "of"-title before it, no outlet.
 */
function isBare(tokens: readonly Token[], i: number, min: number, flags: number): boolean {
  if ((flags & (TITLE | HONORIFIC | OUTLET)) !== 0) return false;
  const prev = i - 1 >= min ? tokens[i - 1] : undefined;
  if (prev === undefined || prev.kind !== 'word') return true;
  if ((flagsOf(prev.norm) & (TITLE | HONORIFIC)) !== 0) return false;
  if (prev.norm === 'of' && i - 2 >= min && isTitleWord(tokens[i - 2] as Token)) return false;
  return !(prev.norm === 'the' && (flags & (OUTLET_HEAD | OUTLET_AFTER_THE)) !== 0);
}

/**
 * Finds every proper name of a segmented text with its title, honorific and possessive, in
 * text order. Names that sit inside another name's title ("U.S." in "U.S. negotiator Tim
 * Swieczkowski") are left out. A word marked in `keep` (a speaker's name) is never bare; a word
 * marked in `stops` (a capitalised cue, "Trade Chief Insists Pain Will Pass") is in no name.
 */
export function scanNames(doc: TextDocument, keep?: Uint8Array, stops?: Uint8Array): ScannedNames {
  const { tokens, text } = doc;
  const runs: NameRun[] = [];
  const bare: number[] = [];
  const bareSentence: number[] = [];
  const sentences = doc.sentences;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as (typeof sentences)[number];
    const min = sentence.firstToken;
    const end = sentence.endToken;
    let titleCase: boolean | undefined;
    let i = min;
    while (i < end) {
      const t = tokens[i] as Token;
      // The first letter is read from the text itself, which is in cache, not from the token's own string.
      const code = text.charCodeAt(t.start);
      if ((code < 0x80 && (code < 0x41 || code > 0x5a)) || !isUpper(t) || stops?.[i] === 1) {
        i++;
        continue;
      }
      // ("the Berlin-based Open Waters", "the Dutch-born Ana Lind": a place joined to "-based" or
      // "-born" says where the name is from and is no word of it.)
      if (t.norm.endsWith('-based') || t.norm.endsWith('-born')) {
        i++;
        continue;
      }
      // (The flags are read once, here, for the tests of the word below.)
      const flags = flagsOf(stripPossessive(t.norm));
      const opens = i === min || tokens[i - 1]?.kind === 'quote';
      if ((flags & NOT_NAME) !== 0 || (opens && (flags & NOT_NAME_AT_START) !== 0)) {
        i++;
        continue;
      }
      // ("The Strategist Behind Hensley's Surge": in a title-case headline a preposition that no
      // title holds is capitalised as every word is, and opens or goes on with no name.)
      if (NOT_TITLE_WORDS.has(t.norm) && (titleCase ??= isTitleCase(text, tokens, min, end))) {
        i++;
        continue;
      }
      // A run of capitalised words, with particles between them; a possessive ends it.
      let last = i;
      let linked = false;
      while (last + 1 < end && stops?.[last + 1] !== 1) {
        const next = tokens[last + 1] as Token;
        // ("the National Farmers' Union", "the Teachers' Federation": a plural possessive written with
        // a bare apostrophe, before a word that ends a body's name, is inside that name.)
        if (next.kind === 'quote' && pluralApostropheInName(tokens, last, end)) {
          last += 2;
          continue;
        }
        if (next.kind !== 'word') break;
        const first = text.charCodeAt(next.start);
        // Most words after a name are in lower case and no particle: the first letter says so.
        if (first >= 0x61 && first <= 0x7a && !mayHave(PARTICLE_FILTER, next.text) && !isPrefixedName(next)) {
          // ("the Center for Fiscal Studies": a body's name goes on after its head and a link; not
          // in a title-case headline, "Pundit in the Service of Trump", where every word is capitalised.)
          const named = bodyNameAfterLink(tokens, last, end, linked);
          if (named < 0 || (titleCase ??= isTitleCase(text, tokens, min, end))) break;
          last = named;
          linked = true;
          continue;
        }
        if (isPossessiveToken(tokens[last])) break;
        if (NOT_TITLE_WORDS.has(next.norm) && (titleCase ??= isTitleCase(text, tokens, min, end))) break;
        if (isNameWord(next, false)) last++;
        else if (isPrefixedName(next)) last++;
        else if (endsNameWithTime(tokens, last + 1, end)) {
          last++;
          break;
        }
        else if (PARTICLES.has(next.text)) {
          // One or two particles between name words: "Charles de Gaulle", "Ursula von der Leyen".
          const gap = PARTICLES.has(tokens[last + 2]?.text ?? '') ? 3 : 2;
          if (last + gap < end && isNameWord(tokens[last + gap] as Token, false)) last += gap;
          else break;
        } else break;
      }
      last = bodyNameAcrossAnd(tokens, i, last, min, end);
      // In a title-case headline a lone outlet name is most often a common word: "We Need More Time".
      // A lone outlet name that opens a sentence or a quotation and speaks nothing is most often a
      // common word too: "“Time for a change,” one fan wrote."
      if (last === i && keep?.[i] !== 1 && (isBare(tokens, i, min, flags) || (isLoneOutletWord(tokens, i, min, flags) && (opens || (titleCase ??= isTitleCase(text, tokens, min, end)))))) {
        bare.push(i);
        bareSentence.push(index);
        i = last + 1;
        continue;
      }
      // Title case only matters for names of more than one word; most names are one word.
      if (titleCase === undefined && last > i) titleCase = isTitleCase(doc.text, tokens, min, end);
      const run = makeRun(doc, index, i, last, min, end, titleCase ?? false);
      if (run !== undefined) {
        // A name inside this name's title ("U.S." in "U.S. negotiator Tim Swieczkowski") is part of the title.
        while (runs.length > 0 && (runs[runs.length - 1]?.last ?? -1) >= run.first && runs[runs.length - 1]?.sentence === index) runs.pop();
        while (bare.length > 0 && (bare[bare.length - 1] ?? -1) >= run.first) {
          bare.pop();
          bareSentence.pop();
        }
        runs.push(run);
      }
      i = last + 1;
    }
  }
  return { runs, bare, bareSentence };
}

/**
 * The last token of a body's name that "and" or "&" joins inside, after "the": "the Harbour and
 * Freight Workers Union", "the Food and Drug Administration" are one name each, for a run of
 * capitalised words after the conjunction that ends in a body's word. Else `last`, the run's own
 * end ("Ana Pike and Kestrel Union" are two).
 */
/**
 * Lower-case words after which a body's name goes on: "Ministry of Defence", "Center for Fiscal
 * Studies", "Council on Water Rights".
 * @internal
 */
export const BODY_HEAD_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on']);

/**
 * Where a body's name goes on after its head at `last` and a link ("the Center | for Fiscal
 * Studies", "the Institute | for Research on Tides"): the first name word after the link (and a
 * "the"), or -1 when the head is no body's or no name word follows before `end`. With `linked`,
 * a link already joined the run, and any word before the next link will do.
 */
function bodyNameAfterLink(tokens: readonly Token[], last: number, end: number, linked: boolean): number {
  const head = tokens[last];
  const link = tokens[last + 1]?.norm ?? '';
  // (Once joined, the name goes on over more links: "Institute for Research | on Tides", "Office of
  // Ports | and Harbors".)
  // (Not after a title, "Secretary | of State", "Inspector General | for ...": a title's "of" names its office.)
  const flags = head === undefined ? 0 : flagsOf(head.norm);
  if (head === undefined || isPossessiveToken(head) || ((flags & (TITLE | TITLE_HEAD)) !== 0 && (flags & SERIAL_HEAD) === 0) || !(linked ? BODY_HEAD_LINKS.has(link) || link === 'and' : BODY_HEAD_LINKS.has(link) && (flags & BODY_HEAD) !== 0)) return -1;
  // ("the Federation of Teachers and the Education Association" are two bodies.)
  const at = tokens[last + 2]?.norm === 'the' && link !== 'and' ? last + 3 : last + 2;
  const word = tokens[at];
  // ("the University of Tarvin and Gordon Rees": a given name after "and" starts a person's name.)
  if (link === 'and' && word !== undefined && FIRST_NAME_GENDER.has(word.norm)) return -1;
  return at < end && word !== undefined && word.kind === 'word' && isNameWord(word, false) ? at : -1;
}

function bodyNameAcrossAnd(tokens: readonly Token[], first: number, last: number, min: number, end: number): number {
  const link = tokens[last + 1];
  // ("Procter & Gamble", "Harlow & Finch Partners": an ampersand between capitalised words joins one firm's name.)
  if (link?.text === '&' && !isPossessiveToken(tokens[last])) return ampersandNameEnd(tokens, last, end);
  if (link === undefined || (link.norm !== 'and' && link.text !== '&') || first - 1 < min || tokens[first - 1]?.norm !== 'the' || isPossessiveToken(tokens[last])) return last;
  // ("the Tarrow Institute and Kelm Foundation", "the Kestrel Council and Senate": a name that is a
  // body's or an outlet's already before the conjunction is joined to another.)
  if ((flagsOf(tokens[last]?.norm ?? '') & (ORGANIZATION_END | OUTLET_HEAD)) !== 0) return last;
  let k = last + 2;
  while (k < end && tokens[k]?.kind === 'word' && isUpper(tokens[k]) && !isPossessiveToken(tokens[k - 1])) k++;
  const head = tokens[k - 1];
  return k - 1 > last + 1 && head !== undefined && (flagsOf(stripPossessive(head.norm)) & ORGANIZATION_END) !== 0 ? k - 1 : last;
}

/** The last capitalised word of a name that an ampersand at `last + 1` continues; `last` when none follows it. */
function ampersandNameEnd(tokens: readonly Token[], last: number, end: number): number {
  let k = last + 2;
  while (k < end && tokens[k]?.kind === 'word' && isUpper(tokens[k]) && !isPossessiveToken(tokens[k - 1])) k++;
  return k - 1 > last + 1 ? k - 1 : last;
}

/** Whether tokens [first, last] hold an ampersand: the name of a firm ("Procter & Gamble"). */
export function joinedByAmpersand(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (tokens[k]?.text === '&') return true;
  return false;
}

/**
 * Where the name starts in a run of capitalised words that follows "Mayor of": at its first
 * given name after the first word ("London Jane Holt", "Kestrel Vale Ana Roth"); `runFirst`
 * when there is none ("Kestrel Water Board" is the office's place, not a name).
 */
function nameAfterPlace(tokens: readonly Token[], runFirst: number, runLast: number): number {
  for (let k = runFirst + 1; k < runLast; k++) if (FIRST_NAME_GENDER.has((tokens[k] as Token).norm)) return k;
  return runFirst;
}

/**
 * Whether a bare apostrophe right after the plural name word at `last` ("Teachers'") makes it a
 * possessive inside a body's name: the next word is capitalised and ends such a name ("Union",
 * "Federation", "Association"), and no given name or title stands before the plural word.
 */
export function pluralApostropheInName(tokens: readonly Token[], last: number, end: number): boolean {
  const word = tokens[last];
  const mark = tokens[last + 1];
  const after = tokens[last + 2];
  if (word === undefined || mark === undefined || after === undefined || last + 2 >= end) return false;
  if ((mark.text !== "'" && mark.text !== '\u2019') || mark.start !== word.end || !word.norm.endsWith('s')) return false;
  // ("Sen. Bernie Sanders' College for All Act": after a given name or a title the word is a
  // person's surname, and the possessive is the person's.)
  const before = tokens[last - 1];
  if (before !== undefined && before.kind === 'word' && (FIRST_NAME_GENDER.has(before.norm) || (flagsOf(before.norm) & (TITLE | HONORIFIC)) !== 0)) return false;
  return after.kind === 'word' && isUpper(after) && (flagsOf(after.norm) & ORGANIZATION_END) !== 0;
}

/**
 * Builds the name run for tokens `[runFirst, runLast]`: splits off the title and honorific at
 * its start and finds the title before it.
 */
/**
 * Whether the run of two words `runFirst`-`runLast` is a person's name by its place: no word
 * before it that makes it a title ("the Police Chief, a veteran"), a first word that is no title
 * or title modifier, and a comma and "a" or "an" right after it or after an age ("Leanne Bishop,
 * a spokeswoman").
 */
function namedBeforeAppositive(tokens: readonly Token[], runFirst: number, runLast: number): boolean {
  const lead = tokens[runFirst] as Token;
  const before = tokens[runFirst - 1];
  // ("Tonya King, 54, a nurse,": an age set off by commas may stand before the appositive.)
  const roleAfter = ageAfterName(tokens, runLast, tokens.length) ? runLast + 2 : runLast;
  const article = tokens[roleAfter + 2]?.norm;
  // ("“...,” said Tonya King, a nurse.": an inverted cue of saying may stand before the pair.)
  return runLast === runFirst + 1 && flagsOf(lead.norm) === 0 && !TITLE_MODIFIERS.has(lead.norm) && (before === undefined || before.kind !== 'word' || INVERTED_SAYING.has(before.norm)) && tokens[roleAfter + 1]?.text === ',' && (article === 'a' || article === 'an');
}

/** Cues of saying that stand before their speaker when inverted: "“...,” said Tonya King, a nurse." */
const INVERTED_SAYING: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);

/**
 * Whether the title word at `last` is the surname of the capitalised word before it, inside a
 * phrase or run that starts at `first`: after a listed given name ("Gail Bishop", "Stephen
 * King"); after any plain capitalised word when the pair stands alone before a person's
 * appositive ("Leanne Bishop, a spokeswoman,"); or when an office's title or an honorific stands
 * before the pair ("Councilwoman Tonya King", "Judge Rhea Judge", "Ms. Dana Bishop"). (Not "Chief
 * Operating Officer" or "Judge Advocate General": a title modifier on either side makes one office.)
 */
export function isTitleSurname(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[last - 1];
  if (last <= first || before === undefined) return false;
  if (FIRST_NAME_GENDER.has(before.norm) || namedBeforeAppositive(tokens, first, last)) return true;
  const title = tokens[last - 2];
  return title !== undefined && title.kind === 'word' && (flagsOf(title.norm) & (TITLE_HEAD | HONORIFIC)) !== 0 && !TITLE_MODIFIERS.has(title.norm)
    && !TITLE_MODIFIERS.has((tokens[last] as Token).norm) && isUpper(before) && flagsOf(before.norm) === 0;
}

export function makeRun(doc: TextDocument, sentence: number, runFirst: number, runLast: number, min: number, end: number, titleCase: boolean): NameRun | undefined {
  const { tokens, text } = doc;
  // "the President said": a title alone names no one here; a title word that is a surname does
  // ("Stephen King", "Councilwoman Tonya King").
  const surname = isTitleSurname(tokens, runFirst, runLast);
  if (!surname && (flagsOf(stripPossessive((tokens[runLast] as Token).norm)) & (TITLE_HEAD | HONORIFIC)) !== 0) return undefined;
  // The name starts after the last title word or honorific of the run that has a word after it.
  let nameFirst = runFirst;
  let honorific: string | undefined;
  let inRunTitle = false;
  // ("General Motors", "Dunmore General Hospital": a title word inside an organization's name is
  // part of it. Not so in a headline, where "President Vows Party Unity" is all capitalised.)
  const organization = !titleCase && (flagsOf(stripPossessive((tokens[runLast] as Token).norm)) & ORGANIZATION_END) !== 0;
  for (let k = organization ? runFirst - 1 : runLast - 1; k >= runFirst; k--) {
    const t = tokens[k] as Token;
    const flags = flagsOf(t.norm);
    const honor = (flags & HONORIFIC) === 0 ? undefined : HONORIFICS.get(t.norm);
    // ("Drugmaker Halvex": a kind of company opens the run only as its first word; "Kestrel Airport Authority" is one name.)
    // ("Major Irina Solovey": a rank that is a common surname too is a title before a given name and a surname.)
    const rank = k === runFirst && k + 1 < runLast && SURNAME_RANKS.has(t.norm) && FIRST_NAME_GENDER.has((tokens[k + 1] as Token).norm);
    if (honor !== undefined || (flags & TITLE_HEAD) !== 0 || (k === runFirst && (flags & COMPANY_TITLE) !== 0) || rank) {
      nameFirst = k + 1;
      if (honor !== undefined && !honor.title) honorific = t.norm;
      else inRunTitle = true;
      break;
    }
  }
  // "Mr Bastos": an honorific written without a period is no name word, so it stands before the run.
  if (nameFirst === runFirst && honorific === undefined && !inRunTitle && runFirst - 1 >= min) {
    const before = (tokens[runFirst - 1] as Token).norm;
    if ((flagsOf(before) & HONORIFIC) !== 0 && HONORIFICS.get(before)?.title === false) honorific = before;
  }
  // "Secretary of State Mike Pompeo": capitalised words after "of" belong to the title.
  let ofTitle = false;
  if (!inRunTitle && tokens[runFirst - 1]?.norm === 'of' && runFirst - 2 >= min && isTitleWord(tokens[runFirst - 2] as Token)) {
    let k = runFirst;
    while (k < runLast && TITLE_OF_TAILS.has((tokens[k] as Token).norm)) k++;
    // "Mayor of London Jane Holt": a place of any name, then the name, which starts at a given name or is the last two words.
    if (k === runFirst && runLast - runFirst >= 1) k = nameAfterPlace(tokens, runFirst, runLast);
    if (k > runFirst) {
      nameFirst = k;
      ofTitle = true;
    }
  }
  const lastToken = tokens[runLast] as Token;
  const possessive = isPossessiveToken(lastToken);
  const nameStart = (tokens[nameFirst] as Token).start;
  const nameEnd = possessive ? lastToken.end - (lastToken.norm.endsWith("'s") ? 2 : 1) : lastToken.end;
  if (nameEnd <= nameStart) return undefined;
  const norms: string[] = [];
  const folded: string[] = [];
  let key = '';
  for (let k = nameFirst; k <= runLast; k++) {
    const t = tokens[k] as Token;
    const norm = k === runLast && possessive ? stripPossessive(t.norm) : t.norm;
    if (isNameNoise(norm, t.text, norms.length === 0)) continue;
    const fold = foldNorm(norm, NAME_FOLDING);
    key = norms.length === 0 ? fold : `${key} ${fold}`;
    norms.push(norm);
    folded.push(fold);
  }
  if (norms.length === 0) return undefined;
  // The title: title words inside the run, then title words and modifiers before it.
  const titleFirst = ofTitle ? titleStart(tokens, runFirst - 2, min, false) : titleStart(tokens, runFirst - 1, min, inRunTitle);
  let titleLast = nameFirst - 1;
  if (honorific !== undefined && tokens[titleLast]?.norm === honorific) titleLast--;
  let first = nameFirst;
  let title: string | undefined;
  if (titleFirst !== undefined && titleLast >= titleFirst) {
    title = text.slice((tokens[titleFirst] as Token).start, (tokens[titleLast] as Token).end);
    first = titleFirst;
  } else if (honorific !== undefined && tokens[nameFirst - 1]?.norm === honorific) first = nameFirst - 1;
  const prev = tokens[first - 1];
  const afterThe = tokens[nameFirst - 1]?.norm === 'the' || (first < nameFirst && tokens[first - 1]?.norm === 'the');
  // ("Tom Pike, 54, a nurse,": an age set off by commas stands between the name and its appositive.)
  const roleAfter = ageAfterName(tokens, runLast, end) ? runLast + 2 : runLast;
  const appositiveHead = possessive ? -1 : appositiveHeadAt(tokens, roleAfter, end);
  const subject = !possessive && (first === min || (prev !== undefined && first - 1 >= min && (CLAUSE_LINKS.has(prev.norm) || (prev.kind === 'quote' && first - 1 === min)) && !nameListAfterPreposition(tokens, first - 1, runLast, min)));
  return {
    first,
    nameFirst,
    last: runLast,
    nameStart,
    nameEnd,
    norms,
    folded,
    key,
    given: givenNameGender(folded[0] as string),
    title,
    appositive: appositiveHead < 0 ? undefined : appositiveRole(doc, roleAfter, appositiveHead),
    appositiveHead: !DETERMINERS_BEFORE_ROLE.has(tokens[roleAfter + 2]?.norm ?? '') ? undefined : (headBeforeClause(tokens, roleAfter) ?? (appositiveHead < 0 ? undefined : headBeforePreposition(tokens, roleAfter + 3, appositiveHead))),
    honorific,
    possessive,
    subject,
    afterThe,
    sentence,
    titleCase,
  };
}
