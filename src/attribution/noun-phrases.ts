import type { Token } from '../text/tokens.js';
import { wordBits } from '../text/word-filter.js';
import { endsNameWithTime, isNameParticle, isPrefixedName, isTitleSurname } from './name-mentions.js';
import { DESCRIPTION_HEADS } from './titles.js';
import {
  CLAUSE_OPENERS,
  COMMON_VERBS,
  DETERMINERS,
  GROUP_HEADS,
  IRREGULAR_PARTICIPLES,
  MONTH_NAMES,
  NOUNS_IN_LY,
  NP_PREPOSITIONS,
  PEOPLE_NOUNS,
  ROLE_WORDS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  VERB_MODIFIERS,
} from './word-classes.js';

/** How a noun phrase names its referent. */
export type PhraseKind = 'name' | 'pronoun' | 'description' | 'group';

/** A noun phrase found by the shallow scanners: its token range and what it looks like. */
export interface NounPhrase {
  /** Index of the first token. */
  readonly first: number;
  /** Index of the last token (inclusive). */
  readonly last: number;
  /** How the phrase names its referent. */
  readonly kind: PhraseKind;
  /** The proper name inside the phrase ("Yuri Ushakov" in "Kremlin adviser Yuri Ushakov"), as token indices. */
  readonly name?: { readonly first: number; readonly last: number };
  /** The title or role words before the name ("Kremlin adviser"), as token indices. */
  readonly role?: { readonly first: number; readonly last: number };
}

const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'several', 'both', 'all', 'few', 'others', 'each', 'half', 'another']);

/** Prepositions after a quantifier that name where its members are: "many in the party", "few on the board", "some within the campaign". */
const MEMBERSHIP_LINKS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'among', 'within', 'inside']);

/**
 * Nouns of a body of people, or of a place whose people it stands for, that are no group heads of
 * a speaking phrase: "many in the crowd", "some in the city".
 */
const MEMBER_BODIES: ReadonlySet<string> = new Set([
  'crowd', 'audience', 'caucus', 'community', 'industry', 'movement', 'establishment', 'delegation', 'union', 'board',
  'cabinet', 'congregation', 'electorate', 'leadership', 'ranks', 'field', 'city', 'town', 'village', 'country', 'state',
  'region', 'county', 'district', 'neighborhood', 'neighbourhood',
  // ("Most on the left say ...", "some on the far right": a side of politics holds its people.)
  'left', 'right',
]);

/** Whether the word at `k` links a quantifier standing before it to where its members are: "many among the delegates". */
function membersLinkAt(tokens: readonly Token[], k: number): boolean {
  return MEMBERSHIP_LINKS.has(tokens[k]?.norm ?? '') && QUANTIFIER_PRONOUNS.has(tokens[k - 1]?.norm ?? '');
}

/** Whether a phrase's head names those who are members of it: a body or group, a plural, a place's people or a name. */
function holdsMembers(head: Token | undefined): boolean {
  return head !== undefined && (GROUP_HEADS.has(head.norm) || MEMBER_BODIES.has(head.norm) || hasPluralEnding(head.norm) || isCapitalised(head));
}

/** Count words from one to ten, which may head a phrase alone ("two said", "one in four"). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * Words of the determiner list that follow an article or a possessive inside a phrase rather than
 * open it: counts and "other", "many", "few", "several" ("the two men", "her many critics").
 */
const POSTDETERMINERS: ReadonlySet<string> = new Set([...NUMBER_WORDS, 'other', 'many', 'few', 'several']);

/** Articles, demonstratives and possessives, which open a phrase before a count ("the", "these", "their"). */
export const CENTRAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Participles that give a thing its name: "a group called the Harbor Trust", "a boat named the Gull". */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named']);

/** How far back from a naming participle the indefinite article of its noun may stand ("a small local group called"). */
const NAMED_NOUN_REACH = 4;

/**
 * Whether the "the" at `the` opens a name given by "called" or "named" to an indefinite noun
 * ("a group called the Harbor Trust"): a capitalised word follows it, and "a" or "an" opens the
 * lower-case words before the participle. Such a name belongs to the noun's phrase.
 */
function namedWithArticle(tokens: readonly Token[], the: number, min: number): boolean {
  const name = tokens[the + 1];
  const noun = tokens[the - 2];
  if (tokens[the]?.norm !== 'the' || !NAMING_PARTICIPLES.has(tokens[the - 1]?.norm ?? '') || name === undefined || name.kind !== 'word' || !isCapitalised(name) || noun === undefined || noun.kind !== 'word' || isCapitalised(noun)) return false;
  for (let k = the - 3; k >= min && k >= the - 2 - NAMED_NOUN_REACH; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (t.norm === 'a' || t.norm === 'an') return true;
    if (isCapitalised(t) || DETERMINERS.has(t.norm) || NP_PREPOSITIONS.has(t.norm)) return false;
  }
  return false;
}

/** Comparatives of time that modify a noun after an article: "an earlier version", "a later statement". */
const COMPARATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['earlier', 'later']);

/** Words that never start or end a speaker's phrase although they are capitalised at a sentence's start. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'yesterday', 'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'last', 'next', 'earlier', 'later', 'recently', 'previously', 'speaking', 'asked', 'in', 'on', 'at', 'after', 'before',
]);

/** Plural nouns of people by what they do: "teachers", "ranchers", "economists". */
const PEOPLE_PLURALS = /(?:ers|ors|ists|ians|ants|ents)$/;

/** Roles held towards someone, joined to them by "to": "aides to the mayor", "an adviser to Lind". */
export const ATTACHED_ROLES: ReadonlySet<string> = new Set([
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'envoy', 'counsel', 'assistant', 'consultant', 'consultants', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'donors',
  'allies', 'ally', 'confidant', 'confidants', 'strategist', 'successor', 'heir', 'secretary',
]);

/** Nouns of a bond that take "to" for what they bind to: "people with ties to the board", "access to the talks". */
const BOND_NOUNS: ReadonlySet<string> = new Set(['ties', 'links', 'connections', 'access']);

/**
 * Whether the word at `index` is a preposition inside a phrase: "of", "for", or "to" after a role
 * ("aides to") or a bond ("people with ties to the board").
 */
function joinsPhrase(tokens: readonly Token[], index: number): boolean {
  const norm = tokens[index]?.norm ?? '';
  if (NP_PREPOSITIONS.has(norm)) return true;
  // ("residents around the lake", "many in the neighbourhood around the site": "around" before an
  // article places the noun before it, as "near" does; before a number it is "about".)
  if (norm === 'around') return ARTICLES.has(tokens[index + 1]?.norm ?? '');
  const before = tokens[index - 1]?.norm ?? '';
  return norm === 'to' && (ATTACHED_ROLES.has(before) || BOND_NOUNS.has(before));
}

/** Personal pronouns that are only ever subjects ("you" aside), so the word after them is a verb. */
export const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they']);

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

export function isCapitalised(token: Token): boolean {
  // (ASCII, nearly every first letter, is settled by its code without building strings.)
  const code = token.text.charCodeAt(0);
  if (code < 128) return token.kind === 'word' && code >= 65 && code <= 90;
  const ch = token.text.charAt(0);
  return token.kind === 'word' && ch !== ch.toLowerCase();
}

/** Pronouns and "there" with a contracted "is" or "has", which are never possessors: "reporters he's". */
const CONTRACTED_IS: ReadonlySet<string> = new Set(["he's", "she's", "it's", "that's", "who's", "there's", "here's", "what's"]);

function isPossessive(token: Token): boolean {
  return (token.norm.endsWith("'s") && !CONTRACTED_IS.has(token.norm)) || token.norm.endsWith("s'");
}

/**
 * Whether the quote token at `k` is the bare apostrophe of a plural possessive ("the teachers'
 * union"): written straight after a word in -s, with a space before the word it owns.
 */
function isBarePluralApostrophe(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const owner = tokens[k - 1];
  const owned = tokens[k + 1];
  if (t === undefined || owner === undefined || owned === undefined || !(t.text === "'" || t.text === '\u2019')) return false;
  return owner.kind === 'word' && owner.norm.endsWith('s') && owner.end === t.start && owned.start > t.end;
}

/** "unaligned", "retired", "elected": a past form used as an adjective inside a phrase. */
/** Whether a lower-case word is a plural noun of people: "protesters", "officials", "residents". */
function peoplePlural(token: Token): boolean {
  return !isCapitalised(token) && hasPluralEnding(token.norm) && (GROUP_HEADS.has(token.norm) || PEOPLE_PLURALS.test(token.norm));
}

function isParticipleAdjective(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !isCapitalised(token) && token.norm.endsWith('ed') && !CLAUSE_OPENERS.has(token.norm);
}

/**
 * Participles not in -ed that an adverb may grade before a noun: "a highly paid lobbyist", "a
 * little known rule": the irregular participles of reduced relatives, and a few more.
 */
const IRREGULAR_MODIFYING_PARTICIPLES: ReadonlySet<string> = new Set([...IRREGULAR_PARTICIPLES, 'paid', 'built', 'grown', 'done', 'run', 'taught', 'thought']);

/** Whether `token` is a lower-case adverb in -ly ("newly", "widely"), not a noun so ending ("family"). */
function isDegreeAdverb(token: Token): boolean {
  return token.kind === 'word' && !isCapitalised(token) && token.norm.endsWith('ly') && ((PHRASE_WORD_SETS.get(token.norm) ?? 0) & PHRASE_NOUN_IN_LY) === 0;
}

/** Whether `token` is a determiner or a possessive that may open a phrase whose head an adverb and a participle modify. */
function opensModifiedPhrase(token: Token | undefined): boolean {
  return token !== undefined && (DETERMINERS.has(token.norm) || isPossessive(token));
}

/** A contracted pronoun with an auxiliary: "who've", "they'd", "he's". */
export function pronounOf(token: Token | undefined): string | undefined {
  if (token === undefined || token.kind !== 'word') return undefined;
  if (SUBJECT_PRONOUNS.has(token.norm)) return token.norm;
  // (Most words have no apostrophe: no need to run the pattern on them.)
  if (!token.norm.includes("'")) return undefined;
  const m = /^([a-z]+)'(?:ve|d|s|ll|re|m)$/.exec(token.norm);
  return m !== null && m[1] !== undefined && SUBJECT_PRONOUNS.has(m[1]) && m[1] !== 'that' ? m[1] : undefined;
}

/**
 * Whether token `k` is "Will" with a capital before a word in lower case: a name ("George Will
 * wrote", "Will argued"), for the modal has a capital only in a title, where the verb has one too
 * ("Mayor Will Veto Toll"). So is "May" with a capital after a word in lower case: the month ("a
 * survey taken in May found"), for the modal has a capital only where it opens a sentence.
 */
export function nameNotModal(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token?.text === 'May') {
    const prev = tokens[k - 1];
    return prev !== undefined && prev.kind === 'word' && !isCapitalised(prev);
  }
  const next = tokens[k + 1];
  return token?.text === 'Will' && next !== undefined && next.kind === 'word' && !isCapitalised(next);
}

/** Clause openers that, capitalised, are names or nouns: "May", "Will", "Bush". */
const CAPITALISED_NOUN_OPENERS: ReadonlySet<string> = new Set(['may', 'will', 'us', 'chase', 'bush', 'well']);

/**
 * Phrase words that end in "-ly" like adverbs: the nouns, two names, nouns of time ("the early
 * part", "the daily") and adjectives that stand before a noun ("her likely challenger", "an
 * elderly farmer", "a costly delay").
 */
const PHRASE_WORDS_IN_LY: ReadonlySet<string> = new Set([
  ...NOUNS_IN_LY, 'italy', 'july', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly',
  'likely', 'unlikely', 'elderly', 'friendly', 'unfriendly', 'costly', 'deadly', 'lonely', 'orderly', 'burly', 'lowly', 'lively', 'timely', 'unruly', 'scholarly', 'holy',
]);

/** The articles: capitalised at a sentence's start, they are no name. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Nouns that end in "-ed" like past forms. */
const NOUNS_IN_ED: ReadonlySet<string> = new Set(['red', 'bed', 'fed', 'ted']);

/**
 * Compound nouns whose first word is a common verb, by that verb: the nouns that may follow it.
 * "The think tank Norvale said ...": "think" is no verb before "tank", and the phrase runs across it.
 */
const VERB_FIRST_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['think', new Set(['tank', 'tanks'])]]);

/** Whether token `k` is the verb-like first word of a compound noun with the word after it ("think tank"). */
function opensCompound(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && VERB_FIRST_COMPOUNDS.get(t.norm)?.has(tokens[k + 1]?.norm ?? '') === true;
}

/** Quantifiers before a plural that make a group: "both sides", "some officials". */
const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'some', 'many', 'several', 'most', 'all']);

/** Prepositions between a count and its whole: "one in five", "two of the members". */
export const PROPORTION_LINKS: ReadonlySet<string> = new Set(['in', 'of']);

/** Bits of the word sets {@link isPhraseWord} tests, so that a word costs it one look-up (it runs on every word a phrase scan passes). */
const PHRASE_PRONOUN = 1;
const PHRASE_TIME = 2;
const PHRASE_CLAUSE_OPENER = 4;
const PHRASE_CAPITALISED_NOUN = 8;
const PHRASE_COMMON_VERB = 16;
const PHRASE_NOUN_IN_LY = 32;
const PHRASE_NOUN_IN_ED = 64;

const PHRASE_WORD_SETS: ReadonlyMap<string, number> = wordBits([
  [SUBJECT_PRONOUNS, PHRASE_PRONOUN],
  [OBJECT_PRONOUNS, PHRASE_PRONOUN],
  [TIME_WORDS, PHRASE_TIME],
  [CLAUSE_OPENERS, PHRASE_CLAUSE_OPENER],
  [CAPITALISED_NOUN_OPENERS, PHRASE_CAPITALISED_NOUN],
  [COMMON_VERBS, PHRASE_COMMON_VERB],
  [PHRASE_WORDS_IN_LY, PHRASE_NOUN_IN_LY],
  [NOUNS_IN_ED, PHRASE_NOUN_IN_ED],
]);

/** A token that can sit inside a noun phrase: a name, a noun or adjective, a determiner, a number. */
function isPhraseWord(token: Token): boolean {
  if (token.kind === 'number') return true;
  if (token.kind !== 'word') return token.text === '&' || token.text === '%';
  const n = token.norm;
  const bits = PHRASE_WORD_SETS.get(n) ?? 0;
  // (A subject pronoun is its own `pronounOf`: only a contraction, "he's", needs the call.)
  if ((bits & PHRASE_PRONOUN) !== 0 || (n.includes("'") && pronounOf(token) !== undefined)) return false;
  if (isCapitalised(token)) return (bits & PHRASE_TIME) === 0 && !((bits & PHRASE_CLAUSE_OPENER) !== 0 && (bits & PHRASE_CAPITALISED_NOUN) === 0);
  if ((bits & (PHRASE_CLAUSE_OPENER | PHRASE_COMMON_VERB | PHRASE_TIME)) !== 0) return false;
  // "the candidates aren't offering ...": a negated auxiliary is the verb after the phrase.
  if (n.endsWith("n't")) return false;
  // Adverbs (-ly) and past forms (-ed) are not nouns, but for a few nouns that end so.
  if (n.endsWith('ly') && (bits & PHRASE_NOUN_IN_LY) === 0) return false;
  if (n.endsWith('ed') && !n.endsWith('eed') && (bits & PHRASE_NOUN_IN_ED) === 0) return false;
  return true;
}

/** The index before the parenthesis that ends a phrase at `last`, or `last` if it ends in none. */
function beforeParenthesis(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[last]?.text !== ')') return last;
  let open = last - 1;
  while (open > first && tokens[open]?.text !== '(') open--;
  return tokens[open]?.text === '(' && open > first ? open - 1 : last;
}

/** The months, some of which are given names too ("June", "May"). */
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** Words before a month that make it a date: "in June", "since May", "in early April". */
const MONTH_DATERS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'during', 'early', 'late', 'mid', 'last', 'next', 'this']);

function classify(tokens: readonly Token[], first: number, last: number): NounPhrase {
  const lastToken = tokens[last];
  if (first === last && pronounOf(lastToken) !== undefined) return { first, last, kind: 'pronoun' };
  // "He and his wife", "she and a colleague": a pronoun and someone else are a group.
  if (first + 1 < last && tokens[first + 1]?.norm === 'and' && PERSONAL_SUBJECTS.has(tokens[first]?.norm ?? '')) return { first, last, kind: 'group' };
  // The proper name is the last run of capitalised words that are not role words, before a
  // parenthesis that closes the phrase ("Harlow Foods (Nasdaq: HRLW)", "Ana Pike (D-Ost.)").
  let nameLast = -1;
  let ownsTail = false;
  for (let i = beforeParenthesis(tokens, first, last); i >= first; i--) {
    const t = tokens[i];
    // ("A survey by the Tarn Institute in June", "a poll taken in early May": a month after a word
    // that dates it is the phrase's time, no name; the name, if any, stands before it.)
    if (t !== undefined && MONTHS.has(t.norm) && i - 1 > first && MONTH_DATERS.has(tokens[i - 1]?.norm ?? '')) {
      i--;
      continue;
    }
    // ("Councilwoman Tonya King", "Judge Rhea Judge": a role word may be the name's surname.)
    if (t !== undefined && (isCapitalised(t) || isPrefixedName(t)) && (!ROLE_WORDS.has(t.norm) || isTitleSurname(tokens, first, i)) && !DETERMINERS.has(t.norm) && !GROUP_HEADS.has(t.norm)) {
      nameLast = i;
      break;
    }
    if (t !== undefined && NP_PREPOSITIONS.has(t.norm)) {
      // ("Chief Ana Roth of the city fire department": with no name after "of", the name before it.)
      const before = tokens[i - 1];
      if (t.norm === 'of' && i - 1 > first && before !== undefined && isCapitalised(before) && !ROLE_WORDS.has(before.norm) && !GROUP_HEADS.has(before.norm)) {
        nameLast = i - 1;
        ownsTail = true;
      }
      break;
    }
  }
  // ("Ana Pike of the Labour Party", "Yumi Sato of the Constitutional Democratic Party": a body's
  // name that ends in a group's head after "of the" is whom the name before "of" belongs to, as
  // in "Ana Pike of the Legal Aid Society"; the phrase is that person, not the group.)
  if (nameLast >= 0 && nameLast < last && GROUP_HEADS.has(lastToken?.norm ?? '')) {
    const owner = ownerBeforeBody(tokens, first, nameLast);
    if (owner >= 0) {
      nameLast = owner;
      ownsTail = true;
    }
  }
  if (nameLast >= 0) {
    let nameFirst = nameLast;
    while (nameFirst - 1 >= first) {
      const t = tokens[nameFirst - 1];
      if (t === undefined || ROLE_WORDS.has(t.norm) || DETERMINERS.has(t.norm)) break;
      if (!isCapitalised(t)) {
        // Particles inside a name: "Ursula von der Leyen", "Juan de la Cruz".
        let k = nameFirst - 1;
        while (k > first && k > nameFirst - 3 && isNameParticle(tokens[k])) k--;
        if (k === nameFirst - 1 || !isNameParticle(tokens[k + 1]) || !isCapitalised(tokens[k] as Token) || ROLE_WORDS.has(tokens[k]?.norm ?? '')) break;
        nameFirst = k + 1;
      }
      nameFirst--;
    }
    // "Mr." and single initials belong to the name; "President" before it is a role.
    const head = tokens[nameFirst - 1];
    if (head !== undefined && nameFirst - 1 >= first && /^(?:mr|mrs|ms|dr)\.$/.test(head.norm)) nameFirst--;
    const name = { first: nameFirst, last: nameLast };
    let roleFirst = nameFirst;
    while (roleFirst - 1 >= first && tokens[roleFirst - 1] !== undefined && !DETERMINERS.has(tokens[roleFirst - 1]?.norm ?? '')) roleFirst--;
    const firstWord = tokens[first];
    const isGroupName = !ownsTail && nameLast < last && GROUP_HEADS.has(lastToken?.norm ?? '');
    if (isGroupName || quantifiedPluralBeforePlace(tokens, first, nameFirst)) return { first, last, kind: 'group' };
    if (firstWord !== undefined && nameFirst === first && last === nameLast && sentenceInitialCommonWord(tokens, first)) {
      return { first, last, kind: GROUP_HEADS.has(lastToken?.norm ?? '') || isPluralRole(lastToken?.norm ?? '') ? 'group' : 'description' };
    }
    return roleFirst < nameFirst ? { first, last, kind: 'name', name, role: { first: roleFirst, last: nameFirst - 1 } } : { first, last, kind: 'name', name };
  }
  const headWord = lastToken?.norm ?? '';
  if (GROUP_HEADS.has(headWord) || (headWord.endsWith('s') && !headWord.endsWith('ss') && first < last && GROUP_QUANTIFIERS.has(tokens[first]?.norm ?? ''))) {
    return { first, last, kind: 'group' };
  }
  return { first, last, kind: 'description' };
}

/**
 * Whether a quantifier at `first` and a plural before a preposition lead up to the name at
 * `nameFirst`: "many Democrats in Ohio", "some farmers from Kansas" are members of a group where
 * the name is a place they are in, not whom the phrase names.
 */
function quantifiedPluralBeforePlace(tokens: readonly Token[], first: number, nameFirst: number): boolean {
  const link = tokens[nameFirst - 1]?.norm ?? '';
  // ("most in Miami", "few at Harwick": so is a quantifier standing alone before "in", "on" or "at".)
  if (nameFirst > first + 1 && membersLinkAt(tokens, first + 1)) return true;
  return nameFirst - 2 > first && link !== 'of' && NP_PREPOSITIONS.has(link) && GROUP_QUANTIFIERS.has(tokens[first]?.norm ?? '') && hasPluralEnding(tokens[nameFirst - 2]?.norm ?? '');
}

/**
 * The last word of a name before "of the" and the capitalised body's name that holds `inBody`
 * ("Pike" in "Ana Pike of the Labour Party"), or -1: the name must have two words at least after
 * `first`, as the "of" of "Chief Ana Roth of the city fire department" asks.
 */
function ownerBeforeBody(tokens: readonly Token[], first: number, inBody: number): number {
  let k = inBody;
  while (k - 1 > first && isCapitalised(tokens[k - 1] as Token) && !DETERMINERS.has(tokens[k - 1]?.norm ?? '')) k--;
  if (tokens[k - 1]?.norm !== 'the' || tokens[k - 2]?.norm !== 'of') return -1;
  const owner = k - 3;
  const t = tokens[owner];
  return owner > first && t !== undefined && isCapitalised(t) && !ROLE_WORDS.has(t.norm) && !GROUP_HEADS.has(t.norm) ? owner : -1;
}

/** A capitalised word at a sentence's start that is an ordinary word ("Officials", "Both"). */
function sentenceInitialCommonWord(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index];
  if (t === undefined) return false;
  const prev = tokens[index - 1];
  const atStart = prev === undefined || prev.kind !== 'word';
  return atStart && (DETERMINERS.has(t.norm) || GROUP_HEADS.has(t.norm) || CLAUSE_OPENERS.has(t.norm) || isPluralRole(t.norm));
}

/**
 * The plural of a word of office or trade ("doctors", "teachers", "attorneys", "spokesmen") or of
 * another noun for people ("parents", "neighbors", "friends", "colleagues"): people, never a name.
 */
export function isPluralRole(norm: string): boolean {
  if (PEOPLE_NOUNS.has(norm) && hasPluralEnding(norm)) return true;
  if (norm.length < 4 || norm.charCodeAt(norm.length - 1) !== 0x73 || norm.endsWith('ss')) {
    return norm.endsWith('men') && DESCRIPTION_HEADS.has(`${norm.slice(0, -3)}man`);
  }
  const single = norm.slice(0, -1);
  return DESCRIPTION_HEADS.has(single) || PEOPLE_NOUNS.has(single) || (norm.endsWith('ies') && DESCRIPTION_HEADS.has(`${norm.slice(0, -3)}y`));
}

/** A singular word for a person's office, trade or tie: "strategist", "lawyer", "friend". */
function isPersonNoun(norm: string): boolean {
  return ROLE_WORDS.has(norm) || DESCRIPTION_HEADS.has(norm) || (PEOPLE_NOUNS.has(norm) && !hasPluralEnding(norm));
}

/** Whether "he and" or "she and" stands right before token `first` ("she and a colleague", "he and his wife"). */
function pronounJoins(tokens: readonly Token[], first: number, min: number): boolean {
  return first - 2 >= min && tokens[first - 1]?.norm === 'and' && PERSONAL_SUBJECTS.has(tokens[first - 2]?.norm ?? '');
}

/** Words after a count that make it a share of a whole: "5 percent", "12 %". */
const SHARE_WORDS: ReadonlySet<string> = new Set(['percent', '%', 'per']);

/**
 * Where a phrase opening with a determiner at `first` really starts when "and" joins it to a phrase
 * that fills everything from `min` ("The mayor and the council said", "Lawyers for the port and the
 * union said", "Ana Lind and her aides said"): with nothing before the first conjunct, no verb
 * can stand between them, so the two are one coordinated phrase; "both" before it belongs too.
 * Undefined when no such conjunct stands there ("Kell met the mayor and the council said": the
 * first phrase opens after a verb).
 */
function coordinatedStart(tokens: readonly Token[], first: number, min: number): number | undefined {
  // ("Tenant groups and two opposition parties want ...", "Lind and 14 other growers wrote ...": a
  // count, in words or digits, opens the second conjunct as an article does; not a share, "40
  // percent back Lind and 5 percent back Kell", each of which has a clause of its own.)
  const count = isCount(tokens[first]) && !SHARE_WORDS.has(tokens[first + 1]?.norm ?? '');
  if (first - 2 < min || tokens[first - 1]?.norm !== 'and' || !(CENTRAL_DETERMINERS.has(tokens[first]?.norm ?? '') || count)) return undefined;
  const left = phraseEndingAt(tokens, first - 2, min);
  if (left === undefined || left.kind === 'pronoun') return undefined;
  if (left.first === min) return min;
  // ("The firm apologised, as regulators in Lyon and the capital said ...": a subordinator after a
  // comma opens a clause, so nothing stands before the first conjunct there either.)
  const opener = tokens[left.first - 1];
  if (opener !== undefined && SUBORDINATORS.has(opener.norm) && left.first - 1 >= min && (left.first - 1 === min || tokens[left.first - 2]?.text === ',')) return left.first;
  return left.first === min + 1 && tokens[min]?.norm === 'both' ? min : undefined;
}

/**
 * Where a phrase from `first` to `closing` really starts when it is the pair after "between"
 * ("people familiar with the talks between Lind and Kell said", "aides briefed on the dispute
 * between the port and the union said"): "between" always takes both members, so the "and" joins
 * them rather than two speakers, and the pair belongs to the lower-case noun before "between",
 * whose phrase speaks. The pair is the phrase itself ("Lind and Kell") or a determiner phrase
 * after "and" whose first member stands right after "between" ("the union", after "the port and").
 * Undefined when no such "between" stands there.
 */
function betweenPairStart(tokens: readonly Token[], first: number, closing: number, min: number): number | undefined {
  let start = first;
  if (tokens[start - 1]?.norm === 'and' && start - 2 >= min) {
    const left = phraseEndingAt(tokens, start - 2, min);
    if (left === undefined || left.kind === 'pronoun') return undefined;
    start = left.first;
  } else {
    let paired = false;
    for (let k = first + 1; k < closing && !paired; k++) paired = tokens[k]?.norm === 'and';
    if (!paired) return undefined;
  }
  const noun = tokens[start - 2];
  if (tokens[start - 1]?.norm !== 'between' || start - 2 < min || noun === undefined || noun.kind !== 'word' || isCapitalised(noun)) return undefined;
  const holder = phraseEndingAt(tokens, start - 2, min);
  return holder === undefined || holder.kind === 'pronoun' ? undefined : holder.first;
}

/** How many tokens the first member of a "neither ... nor" pair may span: "Neither the county clerk nor ...". */
const NEITHER_REACH = 6;

/**
 * Where "neither" opens the pair that a phrase starting at `first` closes, when "nor" stands
 * right before it ("Neither Lind nor Pell", "neither the mayor nor his aides"): the second member
 * alone is not the subject, the pair is. Undefined when no such "neither" precedes it.
 */
function neitherStart(tokens: readonly Token[], first: number, min: number): number | undefined {
  if (tokens[first - 1]?.norm !== 'nor') return undefined;
  for (let k = first - 2; k >= min && k > first - 2 - NEITHER_REACH; k--) {
    const t = tokens[k];
    if (t === undefined) return undefined;
    if (t.norm === 'neither') return k + 1 < first - 1 ? k : undefined;
    if (!isPhraseWord(t) && !DETERMINERS.has(t.norm) && !isPossessive(t)) return undefined;
  }
  return undefined;
}

/**
 * How far back a closing parenthesis after a name may find its opening one: "Ted Cruz (R-Texas)",
 * or an aside with a clause of its own, "Ana Ruiz (a grower so young she has been taken for an intern)".
 */
const PARENTHESIS_REACH = 20;

/**
 * The noun phrase that ends at token `end`, scanning left no further than `min`: a pronoun, or
 * names, nouns and determiners, joined by "and" or by a preposition between nouns
 * ("Secretary of State John Kerry", "officials familiar with the matter", "Ukraine and its
 * European allies"). Undefined when `end` cannot end a noun phrase. With `possessor`, the phrase
 * may end in a possessive ("the police's" in "the police's claim that ...").
 */
export function phraseEndingAt(tokens: readonly Token[], end: number, min: number, possessor = false): NounPhrase | undefined {
  const last = tokens[end];
  if (last === undefined || end < min) return undefined;
  if (pronounOf(last) !== undefined && last.norm !== 'that') return { first: end, last: end, kind: 'pronoun' };
  let closing = end;
  // A parenthesis after a name ("Ted Cruz (R-Texas) said") belongs to the phrase.
  if (last.text === ')') {
    let k = end - 1;
    while (k >= min && k > end - PARENTHESIS_REACH && tokens[k]?.text !== '(') k--;
    if (tokens[k]?.text !== '(') return undefined;
    closing = k - 1;
  }
  const head = tokens[closing];
  // "most of them", "none of us", "each of those": a quantifier of a pronoun is a group.
  const quantified = quantifiedPronoun(tokens, closing, min);
  if (quantified !== undefined) return quantified;
  // "a source close to him": an object pronoun after "close to" ends the phrase.
  if (head !== undefined && isObjectPronoun(head) && head.norm !== 'it' && closeTo(tokens, closing - 1, min)) {
    return extendCloseTo(tokens, closing, end, min);
  }
  // "voters polled", "people surveyed", "those surveyed": a participle after a noun closes the phrase.
  const beforeHead = tokens[closing - 1];
  const participleHead = head !== undefined && isParticipleAdjective(head) && beforeHead !== undefined && closing - 1 >= min && ((isPhraseWord(beforeHead) && !DETERMINERS.has(beforeHead.norm)) || beforeHead.norm === 'those');
  // "one in four said": a number word after "in" or "of" is the head of a proportion.
  const proportion = head !== undefined && NUMBER_WORDS.has(head.norm) && PROPORTION_LINKS.has(tokens[closing - 1]?.norm ?? '');
  // "most said", "many believe": a quantifier standing alone is a subject; so is a count word
  // after a comma or a conjunction ("Of the 40, two said", "all but two said").
  // ("One aide said the vote was lost. The other said ...": "other" after "the" is the second of a pair.)
  const quantifier = head !== undefined && (QUANTIFIER_PRONOUNS.has(head.norm) || (NUMBER_WORDS.has(head.norm) && standsAlone(tokens, closing, min)) || (head.norm === 'other' && tokens[closing - 1]?.norm === 'the' && closing - 1 >= min));
  // ("Tom Reed of Rivers Now said": a capitalised word of time may end a name.)
  const timeTail = head !== undefined && endsNameWithTime(tokens, closing, tokens.length);
  // ("Many on the left say", "some on the far left": "left" after "the" or "far" is the side of politics.)
  const side = head !== undefined && head.norm === 'left' && (tokens[closing - 1]?.norm === 'the' || tokens[closing - 1]?.norm === 'far') && closing - 1 >= min;
  if (head === undefined || (!isPhraseWord(head) && !participleHead && !timeTail && !side) || (DETERMINERS.has(head.norm) && !proportion && !quantifier) || (isPossessive(head) && !possessor) || head.norm === '&') return undefined;
  let first = closing;
  let prepositions = 0;
  // (The head of the leftmost phrase a preposition joins: "neighbourhood" in "the neighbourhood around the site".)
  let segmentHead = closing;
  while (first - 1 >= min && closing - first < 12) {
    const t = tokens[first - 1];
    if (t === undefined) break;
    // "The teachers' union": a plural possessive written with a bare apostrophe.
    if (t.kind === 'quote') {
      if (first - 2 >= min && isBarePluralApostrophe(tokens, first - 1)) {
        first -= 2;
        continue;
      }
      break;
    }
    // "the Department for Culture, Media and Sport": a capitalised list inside a name after "for" or "of".
    if (t.text === ',' && listInName(tokens, first - 1, closing, min)) {
      first -= 2;
      continue;
    }
    // "people close to the harbour master", "two officials briefed on the talks": "close to" and
    // "briefed on" join like a preposition.
    if (tiesSource(tokens, first - 1, min) && first - 3 >= min && tokens[first - 3] !== undefined && isPhraseWord(tokens[first - 3] as Token)) {
      first -= 3;
      continue;
    }
    // "experts not involved in the study": a tie may be negated, and still joins the noun before "not".
    if (negatedTieAt(tokens, first - 1, min)) {
      first -= 4;
      continue;
    }
    // "he and Mr. Allen said": a personal pronoun joined to a name by "and" opens the phrase (a
    // determiner phrase after it is joined where the determiner ends the scan: `pronounJoins`).
    if (t.norm === 'and' && first - 2 >= min && PERSONAL_SUBJECTS.has(tokens[first - 2]?.norm ?? '') && tokens[first] !== undefined && isCapitalised(tokens[first] as Token)) {
      first -= 2;
      break;
    }
    // ("Pupils aged 13 to 19 said", "two men aged 30 and 41": a range or a pair of ages after
    // "aged" belongs to the phrase; the last number is no head of its own.)
    if ((t.norm === 'to' || t.norm === 'and') && tokens[first]?.kind === 'number' && tokens[first - 2]?.kind === 'number' && tokens[first - 3]?.norm === 'aged' && first - 3 >= min) {
      first -= 2;
      continue;
    }
    // ("three out of four said", "nine out of 10 voters": a count "out of" a whole is a proportion.)
    if (t.norm === 'of' && tokens[first - 2]?.norm === 'out' && first - 3 >= min && isCount(tokens[first - 3]) && isCount(tokens[first])) {
      first -= 3;
      continue;
    }
    if (t.kind === 'word' && (t.norm === 'and' || joinsPhrase(tokens, first - 1) || membersLinkAt(tokens, first - 1))) {
      const before = tokens[first - 2];
      const after = tokens[first];
      const joinsNames = t.norm === 'and' && before !== undefined && after !== undefined && first - 2 >= min && isPhraseWord(before) && (isCapitalised(after) || DETERMINERS.has(after.norm)) && (isCapitalised(before) || GROUP_HEADS.has(before.norm));
      // "teachers and union officials": two plural nouns of people joined by "and".
      const joinsPlurals = t.norm === 'and' && before !== undefined && first - 2 >= min && !isCapitalised(before) && isPhraseWord(before) && hasPluralEnding(before.norm) && hasPluralEnding(tokens[closing]?.norm ?? '') && (GROUP_HEADS.has(before.norm) || GROUP_HEADS.has(tokens[closing]?.norm ?? '') || PEOPLE_PLURALS.test(before.norm));
      // ("most of the growers", "two of the officials": a quantifier takes "of" and a phrase.)
      // ("three in 10 said", "one in five voters": a count "in" a whole is a proportion.)
      // ("many in the party", "few on the committee", "most in Kestrel": a quantifier standing alone
      // takes "in", "on" or "at" and the body, the people or the named place whose members it
      // counts; not a room or a spot, "Many in the hall said", where the place is an adjunct.)
      const partitive = before !== undefined && first - 2 >= min && ((t.norm === 'of' && PARTITIVE_HEADS.has(before.norm)) || (t.norm === 'in' && isCount(before) && isCount(tokens[first])) || (membersLinkAt(tokens, first - 1) && (holdsMembers(tokens[closing]) || holdsMembers(tokens[segmentHead]))));
      const joinsNouns = t.norm !== 'and' && prepositions < 2 && before !== undefined && first - 2 >= min && ((isPhraseWord(before) && !DETERMINERS.has(before.norm)) || partitive) && !isVerbOfPronoun(tokens, first - 2, min);
      // "the county treasurer and former mayor": two roles of one person.
      // ("chief pollster and strategist Ana Lind", "longtime friend and adviser": the second role may
      // stand before a name, and a noun for a person joins a role as one does another.)
      const joinsRoles = t.norm === 'and' && before !== undefined && first - 2 >= min && !isCapitalised(before) && isPersonNoun(before.norm) && (isPersonNoun(tokens[closing]?.norm ?? '') || (after !== undefined && !isCapitalised(after) && ROLE_WORDS.has(after.norm)));
      // "the search and advertising company Nexora", "the oil and gas firm": two bare lower-case
      // modifiers joined by "and" after an article, before the head that both modify.
      // ("The state's fire and rescue service": or after a possessive.)
      const opener = tokens[first - 3];
      const joinsModifiers = t.norm === 'and' && before !== undefined && after !== undefined && first < closing && first - 3 >= min && opener !== undefined && (ARTICLES.has(opener.norm) || isPossessive(opener)) && !isCapitalised(before) && !isCapitalised(after) && isPhraseWord(before) && isPhraseWord(after) && !DETERMINERS.has(before.norm) && !DETERMINERS.has(after.norm);
      if (!joinsNames && !joinsNouns && !joinsPlurals && !joinsRoles && !joinsModifiers) break;
      first -= 2;
      if (t.norm !== 'and') {
        prepositions++;
        segmentHead = first;
      }
      continue;
    }
    const before = tokens[first - 2];
    // ("Several protesters carried signs saying ...": after a plural noun of people a word in -ed is
    // their verb, no modifier of the noun after it.)
    const adjective = isParticipleAdjective(t) && before !== undefined && first - 2 >= min && (DETERMINERS.has(before.norm) || (isPhraseWord(before) && !peoplePlural(before)));
    // "The newly elected mayor", "a widely respected judge": an adverb in -ly may stand before a
    // participle that modifies the head, when a determiner or a possessive opens the phrase before it.
    // ("a highly paid lobbyist", "a widely known critic": so may an irregular participle.)
    if ((isParticipleAdjective(t) || IRREGULAR_MODIFYING_PARTICIPLES.has(t.norm)) && before !== undefined && first - 3 >= min && isDegreeAdverb(before) && opensModifiedPhrase(tokens[first - 3])) {
      first -= 2;
      continue;
    }
    // "That demand was rejected by ...": a "that" opening the sentence before a common noun is a
    // demonstrative, the phrase's determiner (before a name, "That Lind lied ...", it opens a clause).
    if (t.norm === 'that' && first - 1 === min && isCapitalised(t) && tokens[first]?.kind === 'word' && !isCapitalised(tokens[first] as Token)) {
      first--;
      break;
    }
    // ("An earlier version of the post said", "a later statement": a comparative of time between an
    // article and a noun is an adjective of the phrase, not a time adjunct before it.)
    const comparative = COMPARATIVE_TIME_WORDS.has(t.norm) && before !== undefined && first - 2 >= min && (ARTICLES.has(before.norm) || CENTRAL_DETERMINERS.has(before.norm));
    // ("one of the drafters of that charter, Vic Pell, said": after "of", a "that" before a common
    // noun is a demonstrative, the determiner of the phrase "of" joins on.)
    // ("all of that": not after a quantifier, where "that" may be the pronoun.)
    const demonstrative = t.norm === 'that' && before?.norm === 'of' && first - 3 >= min && isPhraseWord(tokens[first - 3] as Token) && !DETERMINERS.has(tokens[first - 3]?.norm ?? '') && ((tokens[first]?.kind === 'word' && !isCapitalised(tokens[first] as Token)) || tokens[first]?.kind === 'number');
    if (!isPhraseWord(t) && !(DETERMINERS.has(t.norm) || isPossessive(t)) && !adjective && !comparative && !demonstrative && !opensCompound(tokens, first - 1)) break;
    // "I hope in 2030 Springfield ...": a word right after a personal pronoun is its verb.
    if (isVerbOfPronoun(tokens, first - 1, min)) break;
    if (t.kind === 'word' && (t.norm === 'her' || t.norm === 'his' || t.norm === 'their' || t.norm === 'its')) {
      first--;
      // "Two members of his caucus", "The leader of their party", "A person familiar with her
      // plans", "An aide to his rival": a noun and a preposition before the possessive belong to the phrase.
      const of = tokens[first - 1];
      const part = tokens[first - 2];
      // (After a name, "Ana Lind in her speech", "NATO at its summit", only "of" joins: the rest is an adjunct.)
      const joins = of !== undefined && part !== undefined && (of.norm === 'of' || (!isCapitalised(part) && (joinsPhrase(tokens, first - 1) || tiesSource(tokens, first - 1, min))));
      if (joins && part !== undefined && first - 2 >= min && isPhraseWord(part) && !DETERMINERS.has(part.norm) && prepositions < 2) {
        prepositions++;
        first -= 2;
        continue;
      }
      // "Ukraine and its European allies": the possessor before "and" belongs to the phrase.
      const and = tokens[first - 1];
      const owner = tokens[first - 2];
      if (and?.norm === 'and' && owner !== undefined && first - 2 >= min && isCapitalised(owner) && isPhraseWord(owner)) {
        first -= 2;
        continue;
      }
      if (pronounJoins(tokens, first, min)) first -= 2;
      break;
    }
    first--;
    // "half of tenants in each block": a determiner ends the phrase unless a preposition joins it on.
    // ("the two men", "his other daughters": a count or "other" after an article or a possessive
    // is no determiner of its own; the phrase opens at the article.)
    // ("a group called the Harbor Trust": nor is the "the" of a name given by "called" or "named".)
    // ("two other people", "several other aides": "other" after a count or a quantifier, which opens the phrase.)
    const joiner = tokens[first - 1];
    const counted = t.norm === 'other' && first - 1 >= min && (isCount(joiner) || GROUP_QUANTIFIERS.has(joiner?.norm ?? ''));
    if (DETERMINERS.has(t.norm) && !isCapitalised(t) && !counted && !(first - 1 >= min && POSTDETERMINERS.has(t.norm) && CENTRAL_DETERMINERS.has(joiner?.norm ?? '')) && !namedWithArticle(tokens, first, min) && !(joiner !== undefined && (joinsPhrase(tokens, first - 1) || tiesSource(tokens, first - 1, min) || membersLinkAt(tokens, first - 1)) && first - 1 >= min && prepositions < 2)) {
      if (pronounJoins(tokens, first, min)) first -= 2;
      break;
    }
  }
  // "Neither Lind nor Pell said": the pair that "neither ... nor" joins is the phrase.
  first = neitherStart(tokens, first, min) ?? first;
  first = coordinatedStart(tokens, first, min) ?? first;
  first = betweenPairStart(tokens, first, closing, min) ?? first;
  first = afterRelativeHead(tokens, first, closing);
  // A phrase does not start with a preposition or "and".
  while (first < closing && (NP_PREPOSITIONS.has(tokens[first]?.norm ?? '') || tokens[first]?.norm === 'and')) first++;
  // "in 2030 Springfield says": a number after a preposition is the time, not part of the name.
  if (first < closing && tokens[first]?.kind === 'number' && NP_PREPOSITIONS.has(tokens[first - 1]?.norm ?? '')) first = pastTimeOfDay(tokens, first, closing);
  first = countBoundStart(tokens, first, closing, min);
  // "Not all economists agree", "not everyone is convinced": a negated quantifier is the phrase's own.
  if (first - 1 >= min && tokens[first - 1]?.norm === 'not' && NEGATED_QUANTIFIERS.has(tokens[first]?.norm ?? '')) first--;
  // ("No one at the agency has said why": the phrase after "no one" and a preposition says where
  // no one is; the subject, like "no one" alone, is no phrase that speaks.)
  if (first - 3 >= min && NP_PREPOSITIONS.has(tokens[first - 1]?.norm ?? '') && tokens[first - 2]?.norm === 'one' && tokens[first - 3]?.norm === 'no') return undefined;
  return classify(tokens, first, end);
}

/**
 * Quantifiers that "not" limits inside a subject: "not all", "not every", "not everyone".
 * @internal
 */
export const NEGATED_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'everyone', 'everybody']);

/** Comparatives that bound a count with "than": "more than 40 senators", "fewer than ten". */
const THAN_BOUNDS: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);

/** Quantity words of an equative bound on a count: "as many as 30 lawmakers", "as few as ten". */
const EQUATIVE_BOUNDS: ReadonlySet<string> = new Set(['many', 'few']);

/** Words that open a count after a bound besides numbers: "more than half", "at least a dozen". */
const BOUNDED_COUNTS: ReadonlySet<string> = new Set(['half', 'a', 'dozen', 'dozens', 'hundreds', 'thousands']);

/** Whether `token` may open a count after a bound: a number, a number word or {@link BOUNDED_COUNTS}. */
function opensBoundedCount(token: Token | undefined): boolean {
  return isCount(token) || BOUNDED_COUNTS.has(token?.norm ?? '');
}

/**
 * Where a phrase opening at `first` starts with the bound on its count: "at least eleven
 * lawmakers said", "more than 40 senators said", "as many as 30 aides said". The bound limits the
 * count the phrase names, so it belongs to the speaker, as "nearly" in "nearly 30 lawmakers"
 * does; the scan stops at "at", "than" and "as", which are no words of a phrase. ("least" after "at"
 * is itself taken as a phrase word, so "at" is added before it.)
 */
function countBoundStart(tokens: readonly Token[], first: number, closing: number, min: number): number {
  if (first >= closing || first - 1 < min) return first;
  const t = tokens[first];
  const before = tokens[first - 1];
  if (t === undefined || before === undefined) return first;
  if (before.norm === 'at' && (t.norm === 'least' || (t.norm === 'most' && opensBoundedCount(tokens[first + 1])))) return first - 1;
  if ((before.norm === 'least' || before.norm === 'most') && tokens[first - 2]?.norm === 'at' && first - 2 >= min && opensBoundedCount(t)) return first - 2;
  if (before.norm === 'than' && first - 2 >= min && THAN_BOUNDS.has(tokens[first - 2]?.norm ?? '') && opensBoundedCount(t)) return first - 2;
  // ("as many as 30 lawmakers": an equative of quantity bounds a count the same way.)
  if (before.norm === 'as' && first - 3 >= min && EQUATIVE_BOUNDS.has(tokens[first - 2]?.norm ?? '') && tokens[first - 3]?.norm === 'as' && opensBoundedCount(t)) return first - 3;
  return first;
}

/** The marks of the hour after a clock time: "at 9:30 a.m. Mayor Ortis said". */
const HOUR_MARKS: ReadonlySet<string> = new Set(['a.m.', 'p.m.']);

/**
 * Where a phrase opening with the number at `number` (after a preposition) really starts: past the
 * number, and "a.m." or "p.m." after it, when a capitalised word follows ("in 2030 Springfield
 * says", "at 9:30 a.m. Mayor Ortis said"); else `number`.
 */
function pastTimeOfDay(tokens: readonly Token[], number: number, closing: number): number {
  let k = number + 1;
  while (k < closing && HOUR_MARKS.has(tokens[k]?.norm ?? '')) k++;
  const next = tokens[k];
  return next !== undefined && isCapitalised(next) ? k : number;
}

/**
 * Nouns of a thing said, done or decided that head a relative clause without "that": "a move
 * Republicans called reckless", "the reason Mayor Ortt gave", "a point Lind made". Names are
 * rarely set beside such a noun as its apposition, as they are beside "the senator" or "the group".
 */
export const RELATIVE_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'decision', 'move', 'step', 'plan', 'proposal', 'claim', 'charge', 'comment', 'comments', 'remark', 'remarks',
  'statement', 'idea', 'policy', 'measure', 'deal', 'ruling', 'change', 'changes', 'approach', 'strategy', 'estimate',
  'accusation', 'allegation', 'description', 'label', 'term', 'word', 'words', 'phrase', 'tactic', 'action', 'attack',
  'position', 'point', 'reason', 'moment', 'day', 'time', 'place', 'way', 'speech', 'lawsuit', 'defeat', 'victory',
  'honor', 'question', 'issue', 'problem', 'mistake', 'promise', 'pledge', 'threat', 'warning', 'message', 'argument',
  'thing', 'things', 'agreement', 'compromise', 'request', 'demand', 'offer', 'letter', 'answer', 'response',
  'explanation', 'excuse', 'version', 'assessment', 'prediction', 'forecast', 'goal', 'target', 'figure', 'amount',
  'sum', 'budget', 'law', 'bill', 'order', 'ban', 'rule', 'scheme', 'pact', 'treaty', 'slogan', 'nickname', 'shift',
  'timeline', 'agenda', 'path', 'course', 'priority', 'concern', 'concerns', 'fear', 'fears', 'scenario', 'outcome',
  'cut', 'cuts', 'cost',
]);

/**
 * Where a phrase that runs from `first` to `closing` really starts when it opens with a
 * determiner and a noun of {@link RELATIVE_HEAD_NOUNS} followed at once by a capitalised word: the
 * noun heads a relative clause whose subject ("Republicans", "Mayor Ortt") is the phrase that
 * speaks. Up to two words may stand between the determiner and the noun ("a bold new move").
 */
function afterRelativeHead(tokens: readonly Token[], first: number, closing: number): number {
  if (!DETERMINERS.has(tokens[first]?.norm ?? '')) return first;
  for (let k = first + 1; k < closing && k <= first + 3; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || isCapitalised(t)) return first;
    const next = tokens[k + 1];
    if (RELATIVE_HEAD_NOUNS.has(t.norm) && next !== undefined && isCapitalised(next)) return k + 1;
  }
  return first;
}

/** Words before a count word that leave it the head of a subject: "and two", "the two", "all three". */
const COUNT_LEADS: ReadonlySet<string> = new Set(['and', 'but', 'the', 'all']);

/** Whether the count word at `index` heads its phrase: at `min`, after punctuation or a word of {@link COUNT_LEADS}. */
function standsAlone(tokens: readonly Token[], index: number, min: number): boolean {
  const before = tokens[index - 1];
  return index === min || before === undefined || before.kind === 'punct' || COUNT_LEADS.has(before.norm);
}

/** Words that count a group: "most of them", "one of those", "neither of us". */
const PARTITIVE_HEADS: ReadonlySet<string> = new Set([...QUANTIFIER_PRONOUNS, ...NUMBER_WORDS, 'none', 'neither', 'either', 'any', 'dozens', 'hundreds', 'thousands', 'millions']);

/** "most of them" ending at the pronoun `end`: the partitive phrase, or undefined. */
function quantifiedPronoun(tokens: readonly Token[], end: number, min: number): NounPhrase | undefined {
  const pronoun = tokens[end]?.norm ?? '';
  if (!(pronoun === 'them' || pronoun === 'us' || pronoun === 'you' || pronoun === 'those' || pronoun === 'these') || end - 2 < min) return undefined;
  if (tokens[end - 1]?.norm !== 'of') return undefined;
  const head = tokens[end - 2];
  if (head === undefined || !(PARTITIVE_HEADS.has(head.norm) || head.kind === 'number')) return undefined;
  // "all of them" but not "one of them" is plural; both name a group the text has already met.
  return { first: end - 2, last: end, kind: 'group' };
}

/** Whether `token` is a count, a number or a number word: "three", "10". */
function isCount(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'number' || NUMBER_WORDS.has(token.norm));
}

/** Whether the lower-case word at `index` follows a personal pronoun, and so is its verb. */
function isVerbOfPronoun(tokens: readonly Token[], index: number, min: number): boolean {
  const t = tokens[index];
  return t !== undefined && index - 1 >= min && !isCapitalised(t) && PERSONAL_SUBJECTS.has(tokens[index - 1]?.norm ?? '');
}

/** Whether token `to` is the "to" of "close to". */
function closeTo(tokens: readonly Token[], to: number, min: number): boolean {
  return to - 1 >= min && tokens[to]?.norm === 'to' && tokens[to - 1]?.norm === 'close';
}

/**
 * Whether the comma at `comma` separates items of a capitalised list that a name's "for" or "of"
 * governs ("Department for Culture | , | Media and Sport"): a capitalised word before the comma
 * after "for"/"of" and a capitalised word, and an "and" between capitalised words after it.
 */
function listInName(tokens: readonly Token[], comma: number, closing: number, min: number): boolean {
  const item = tokens[comma - 1];
  const of = tokens[comma - 2];
  const owner = tokens[comma - 3];
  if (comma - 3 < min || item === undefined || of === undefined || owner === undefined) return false;
  if (!isCapitalised(item) || !isCapitalised(owner) || (of.norm !== 'for' && of.norm !== 'of')) return false;
  for (let k = comma + 1; k < closing; k++) if (tokens[k]?.norm === 'and' && isCapitalised(tokens[k - 1] as Token) && isCapitalised(tokens[k + 1] as Token)) return true;
  return false;
}

/**
 * Whether tokens `at - 1` and `at` are "close to", "loyal to", "briefed on" or "involved in",
 * which tie a source to a person or a matter and join a phrase like a preposition ("growers loyal
 * to the board said": the growers speak, not the board).
 */
function tiesSource(tokens: readonly Token[], at: number, min: number): boolean {
  const prep = tokens[at]?.norm;
  const word = tokens[at - 1]?.norm;
  return at - 1 >= min && (((word === 'close' || word === 'loyal') && prep === 'to') || (word === 'briefed' && prep === 'on') || (word === 'involved' && prep === 'in'));
}

/**
 * Whether tokens `at - 2` to `at` are a tie of {@link tiesSource} negated by "not" after a noun
 * ("scientists | not involved in", "aides not briefed on"): a reduced relative that sets a source
 * apart, which joins the phrase as the tie alone does.
 */
function negatedTieAt(tokens: readonly Token[], at: number, min: number): boolean {
  const noun = tokens[at - 3];
  return at - 3 >= min && tokens[at - 2]?.norm === 'not' && tiesSource(tokens, at, min) && noun !== undefined && isPhraseWord(noun) && !DETERMINERS.has(noun.norm);
}

/** The phrase "X close to him" ending at the pronoun `end` (`closing`): the holder before "close to". */
function extendCloseTo(tokens: readonly Token[], closing: number, end: number, min: number): NounPhrase | undefined {
  // (Never another "close to him" before it, so the scan does not recurse.)
  if (isObjectPronoun(tokens[closing - 3])) return undefined;
  const holder = phraseEndingAt(tokens, closing - 3, min);
  if (holder === undefined || holder.kind === 'pronoun') return undefined;
  return classify(tokens, holder.first, end);
}

/**
 * The noun phrase that starts at token `start` and runs right no further than `max`
 * (exclusive), stopping at punctuation, a clause opener or a verb-like word.
 */
export function phraseStartingAt(tokens: readonly Token[], start: number, max: number): NounPhrase | undefined {
  const t0 = tokens[start];
  if (t0 === undefined || start >= max) return undefined;
  if (pronounOf(t0) !== undefined && t0.norm !== 'that') return { first: start, last: start, kind: 'pronoun' };
  // ("retired judge Ana Pike": a past form used as an adjective may open the phrase.)
  const adjective = isParticipleAdjective(t0) && start + 1 < max && tokens[start + 1] !== undefined && isPhraseWord(tokens[start + 1] as Token);
  if ((!isPhraseWord(t0) && !DETERMINERS.has(t0.norm) && !adjective) || NP_PREPOSITIONS.has(t0.norm) || t0.norm === 'and') return undefined;
  // ("..., said one of them, who ...": a count or a quantifier of a pronoun, as read leftwards.)
  // ("one of those advisers": "those" before a noun is its determiner.)
  if (tokens[start + 1]?.norm === 'of' && start + 2 < max && isObjectPronoun(tokens[start + 2])) {
    const quantified = quantifiedPronoun(tokens, start + 2, start);
    if (quantified !== undefined) return quantified;
  }
  let last = start;
  let prepositions = 0;
  while (last + 1 < max && last - start < 12) {
    const t = tokens[last + 1];
    if (t === undefined) break;
    // "two people close to the case", "officials briefed on the talks".
    if (tiesSource(tokens, last + 2, 0) && last + 3 < max && tokens[last + 3] !== undefined && (isPhraseWord(tokens[last + 3] as Token) || DETERMINERS.has(tokens[last + 3]?.norm ?? '') || isObjectPronoun(tokens[last + 3]))) {
      last += 3;
      continue;
    }
    if (t.kind === 'word' && (t.norm === 'and' || NP_PREPOSITIONS.has(t.norm))) {
      const after = tokens[last + 2];
      if (after === undefined || last + 2 >= max || !(isPhraseWord(after) || DETERMINERS.has(after.norm))) break;
      if (t.norm !== 'and' && ++prepositions > 2) break;
      if (t.norm === 'and' && !(isCapitalised(after) || DETERMINERS.has(after.norm))) break;
      last += 2;
      continue;
    }
    // ("according to the teachers' union": the bare apostrophe of a plural possessive.)
    if (t.kind === 'quote' && last + 2 < max && isBarePluralApostrophe(tokens, last + 1) && isPhraseWord(tokens[last + 2] as Token)) {
      last += 2;
      continue;
    }
    if (t.text === '(') {
      let k = last + 2;
      while (k < max && k < last + 8 && tokens[k]?.text !== ')') k++;
      if (tokens[k]?.text !== ')') break;
      last = k;
      continue;
    }
    // ("Ruiz backed Lind": after a bare name a past form is its verb, not an adjective; "an atoll
    // Lima seized" is a phrase with a clause on it. A sentence's capitalised "The" or "A" is no
    // name: "The retired banker".)
    // ("the candidates mentioned inflation": after a plural noun a past form with an object is the
    // verb whose subject the noun is; a past form that modifies a noun comes before it. With a
    // preposition after it, "polls conducted for the board", it opens a reduced relative.)
    const adjective = isParticipleAdjective(t) && tokens[last + 2] !== undefined && last + 2 < max && isPhraseWord(tokens[last + 2] as Token) && !(isCapitalised(t0) && isCapitalised(tokens[last] as Token) && !ARTICLES.has(tokens[last]?.norm ?? '')) && !(isPluralCommonNoun(tokens[last]) && !NP_PREPOSITIONS.has(tokens[last + 2]?.norm ?? ''));
    if (!isPhraseWord(t) && !DETERMINERS.has(t.norm) && !isPossessive(t) && !adjective && !endsNameWithTime(tokens, last + 1, max)) break;
    // "told reporters the ferry ...": a determiner after a noun starts the next phrase.
    if (DETERMINERS.has(t.norm) && !isCapitalised(t) && !DETERMINERS.has(tokens[last]?.norm ?? '')) break;
    last++;
  }
  // ("according to two people close to her.": a closing "her" after "close to" is no determiner.)
  while (last > start && (DETERMINERS.has(tokens[last]?.norm ?? '') || NP_PREPOSITIONS.has(tokens[last]?.norm ?? '') || tokens[last]?.norm === 'and') && !(tokens[last]?.norm === 'her' && closeTo(tokens, last - 1, start))) last--;
  return classify(tokens, start, last);
}

/** Whether the phrase is an object pronoun or a short listener such as "reporters" or "CNN". */
export function isObjectPronoun(token: Token | undefined): boolean {
  return token !== undefined && OBJECT_PRONOUNS.has(token.norm);
}

/** A lower-case word with a regular plural ending ("residents", "reports"); not "press", "bus", "politics", "news". */
/** Whether `token` is a lower-case word with a plural's ending: "candidates", "growers". */
function isPluralCommonNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !isCapitalised(token) && !isPossessive(token) && hasPluralEnding(token.norm);
}

export function hasPluralEnding(norm: string): boolean {
  return norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is|ics|news)$/.test(norm);
}

/**
 * The subject phrase starting at `start`, cut before its verb: the first punctuation mark,
 * auxiliary, common verb, past form (not after a determiner, where "the appointed judge" is an
 * adjective) or token `isVerb` accepts, looking no further than `end`.
 */
/**
 * Whether the lower-case word in -s at `k` is a verb because what follows it opens a noun phrase
 * of its own: an article or a possessive ("Judge blocks the map", "Mayor vetoes council's
 * budget"); no noun phrase runs on from a noun into either. (Not "this", "each" and the like,
 * which open time phrases: "Officials this week said".)
 */
function presentBeforeObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const n = t.norm;
  if (t.kind !== 'word' || isCapitalised(t) || n.length < 4 || n.charCodeAt(n.length - 1) !== 0x73 || n.endsWith('ss') || n.includes("'")) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.kind !== 'word') return false;
  return next.norm === 'the' || next.norm === 'a' || next.norm === 'an' || (isPossessive(next) && pronounOf(next) === undefined);
}

export function subjectPhrase(
  tokens: readonly Token[],
  start: number,
  end: number,
  isVerb: (index: number) => boolean = () => false,
): NounPhrase | undefined {
  let limit = end;
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k];
    const pastTense = t !== undefined && t.kind === 'word' && !isCapitalised(t) && t.norm.endsWith('ed') && !DETERMINERS.has(tokens[k - 1]?.norm ?? '');
    if (t === undefined || t.kind === 'punct' || COMMON_VERBS.has(t.norm) || (VERB_MODIFIERS.has(t.norm) && !nameNotModal(tokens, k)) || pastTense || isVerb(k) || presentBeforeObject(tokens, k)) {
      limit = k;
      break;
    }
  }
  return phraseStartingAt(tokens, start, limit);
}
