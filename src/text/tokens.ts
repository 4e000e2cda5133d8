/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

/** A word, number, punctuation mark or quote mark, with its offsets into the text. */
export interface Token {
  /** Offset of the token's first character. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** The token in lower case, with curly apostrophes made straight, for lexicon lookups. */
  readonly norm: string;
  /** What the token is. */
  readonly kind: TokenKind;
}

/**
 * Words keep internal apostrophes, hyphens and periods (don’t, cease-fire, U.S); numbers keep
 * their separators (1,200.5); every other non-space character is a token of its own, but for
 * the doubled apostrophes ('', ‘‘, ’’) that some archives write for a double quote and runs of
 * periods. Each alternative starts with a character the others cannot (the apostrophe ones
 * decide with one character of look-around), so matching never backtracks. A single quote that
 * closes right before a doubled-apostrophe close is a token of its own (''He said 'never.''' is
 * ' then ''), as quote-marks.ts pairs it. The zero-width space and NEL are no tokens: paragraphs
 * treat them as space and line break.
 */
const TOKEN =
  /[\p{N}]+(?:[.,:][\p{N}]+)*(?:[\p{L}\p{M}]+)?(?:[-\u2011][\p{L}\p{M}\p{N}]+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[’'.\-\u2011&][\p{L}\p{M}\p{N}]+)*|'(?<=\S')(?='')|''|\u2018\u2018|\u2019\u2019|\.{2,}|[^\s\u200b\u0085\p{L}\p{M}\p{N}]/gu;

const QUOTE_CHARS = '"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a';
const DOUBLED_QUOTES: ReadonlySet<string> = new Set(["''", '\u2018\u2018', '\u2019\u2019']);

/** Words that end in a period when abbreviated and are not the end of a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'pres', 'sec', 'atty', 'supt', 'rev', 'hon', 'fr', 'st', 'mt', 'ft', 'jr', 'sr', 'messrs', 'mmes', 'gens',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy',
  'vs', 'etc', 'no', 'nos', 'vol', 'approx', 'est', 'al', 'cf',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Abbreviations that stand before a name or a number: "Gov. Smith", "Sept. 11", "No. 2". Sentence
 * splitting never ends a sentence at a person's title; at the others only where the next word shows
 * one ends ("on Elm St. The house", "He said no. The bill died").
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'pres', 'sec', 'atty', 'supt', 'rev', 'hon', 'fr', 'st', 'mt', 'ft', 'messrs', 'mmes', 'gens', 'vs', 'no', 'nos', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that are also English words (states, months, days, titles): they take their
 * period only when capitalised, so "He was ill. Doctors came." ends after "ill".
 */
const CAPITALISED_ONLY: ReadonlySet<string> = new Set([
  'ill', 'miss', 'mass', 'wash', 'ore', 'ark', 'conn', 'la', 'pa', 'mo', 'mar', 'sat', 'sun', 'wed', 'sec', 'rep', 'gen', 'col', 'rev',
]);

function normalise(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'");
}

/**
 * Splits `text[from, to)` into tokens. A word takes a following period when it is a known
 * abbreviation (Mr., Sept.), an initial (J.) or has periods inside (U.S., a.m.).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    if (end > to) end = to;
    let word = text.slice(m.index, end);
    const first = word.charCodeAt(0);
    let kind: TokenKind;
    if (/\p{N}/u.test(word.charAt(0))) kind = 'number';
    else if (/[\p{L}\p{M}]/u.test(word.charAt(0))) kind = 'word';
    else kind = DOUBLED_QUOTES.has(word) || QUOTE_CHARS.includes(word) ? 'quote' : 'punct';
    if (kind === 'word' && text.charCodeAt(end) === 0x2e /* . */ && end < to) {
      const lower = word.toLowerCase();
      const capital = first >= 0x41 && first <= 0x5a;
      const initial = word.length === 1 && capital;
      // "ill." in "He was ill." is the word, "Ill." in "Springfield, Ill." the state.
      const abbreviation = ABBREVIATIONS.has(lower) && (capital || !CAPITALISED_ONLY.has(lower));
      if (abbreviation || initial || word.includes('.')) {
        end++;
        word += '.';
        TOKEN.lastIndex = end;
      }
    }
    out.push({ start: m.index, end, text: word, norm: normalise(word), kind });
  }
  return out;
}
