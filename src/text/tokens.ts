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

/**
 * Capitalised words that begin a sentence often enough to end one after an ambiguous
 * abbreviation: "... in the U.S. The talks ..." splits, "... the U.S. Embassy ..." does not.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'as', 'after', 'before', 'while',
  'when', 'if', 'since', 'although', 'though', 'because', 'however', 'meanwhile', 'still', 'then', 'now', 'also', 'some',
  'many', 'most', 'both', 'one', 'no', 'not', 'what', 'who', 'how', 'why', 'where', 'asked', 'according', 'earlier', 'later',
]);

/** Words that end in a period when abbreviated and are not the end of a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'reps', 'sens', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'pres', 'sec', 'atty', 'supt', 'rev', 'hon', 'fr', 'st', 'mt', 'ft', 'jr', 'sr', 'messrs', 'mmes', 'gens',
  'brig', 'cpl', 'pvt', 'pfc', 'spc', 'det', 'msgr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy',
  'vs', 'v', 'etc', 'no', 'nos', 'vol', 'approx', 'est', 'al', 'cf',
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
  'brig', 'cpl', 'pvt', 'pfc', 'spc', 'det', 'msgr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that are also English words (states, months, days, titles): they take their
 * period only when capitalised, so "He was ill. Doctors came." ends after "ill".
 */
const CAPITALISED_ONLY: ReadonlySet<string> = new Set([
  'ill', 'miss', 'mass', 'wash', 'ore', 'ark', 'conn', 'la', 'pa', 'mo', 'mar', 'sat', 'sun', 'wed', 'sec', 'rep', 'gen', 'col', 'rev',
  'brig',
]);

function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

const DIGIT = /\p{N}/u;
const LETTER = /[\p{L}\p{M}]/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

/**
 * Whether the token {@link asciiTokenEnd} last measured is lower-case ASCII through and through
 * (no capital letter, no curly apostrophe or non-breaking hyphen joining its parts), and so is
 * its own norm. Set as a side effect, so that telling it costs no second pass over the token.
 */
let measuredPlain = true;
/**
 * Whether that token has a curly apostrophe joining its parts, which its norm makes straight;
 * without one, lower-casing alone makes the norm of a token the fast path measured.
 */
let measuredCurly = false;

/**
 * The end of the token starting at `i` when it can be decided on ASCII characters alone (the
 * same token TOKEN would match there), or -1 when a non-ASCII character could change it: then
 * TOKEN decides. Most news text is ASCII, and this avoids a Unicode regular expression per token.
 */
function asciiTokenEnd(text: string, i: number, c: number): number {
  const n = text.length;
  measuredPlain = true;
  measuredCurly = false;
  if (c >= 0x80) return -1;
  if (isAsciiDigit(c)) {
    let j = i + 1;
    while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
    // (?:[.,:]\p{N}+)*
    while (j + 1 < n && (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0x3a)) {
      if (continuesWord(text, j + 1)) return -1;
      if (!isAsciiDigit(text.charCodeAt(j + 1))) break;
      j += 2;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
    }
    if (j < n && continuesWord(text, j)) return -1;
    // (?:[\p{L}\p{M}]+)?
    while (j < n) {
      const d = text.charCodeAt(j);
      if (!isAsciiLetter(d)) break;
      if (d <= 0x5a) measuredPlain = false;
      j++;
    }
    if (j < n && text.charCodeAt(j) !== 0x2011 && continuesWord(text, j)) return -1;
    // (?:[-\u2011][\p{L}\p{M}\p{N}]+)*
    return joinRuns(text, j, true);
  }
  if (isAsciiLetter(c)) {
    if (c <= 0x5a) measuredPlain = false;
    let j = runEnd(text, i + 1);
    if (j < 0) return -1;
    // (?:[’'.\-\u2011&][\p{L}\p{M}\p{N}]+)*
    return joinRuns(text, j, false);
  }
  if (c === 0x27 /* ' */) {
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (next === 0x27) {
      // '(?<=\S')(?='') closes a single quote right before a doubled-apostrophe close.
      const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      const beforeIsSpace = before === 0x20 || (before >= 0x09 && before <= 0x0d) || before >= 0x80;
      if (i + 2 < n && text.charCodeAt(i + 2) === 0x27 && !beforeIsSpace) return i + 1;
      if (i + 2 < n && text.charCodeAt(i + 2) === 0x27 && before >= 0x80) return -1;
      return i + 2;
    }
    return i + 1;
  }
  if (c === 0x2e /* . */) {
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === 0x2e) j++;
    return j;
  }
  return i + 1;
}

/** Whether the character at `j` is a letter, mark or digit, in any script. */
function isWordCharAt(text: string, j: number): boolean {
  return isAsciiAlnum(text.charCodeAt(j)) || continuesWord(text, j);
}

/** After an ASCII alphanumeric run: the index where it ends, or -1 when a non-ASCII letter, mark or digit could go on with it. */
function runEnd(text: string, from: number): number {
  let j = from;
  const n = text.length;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (!isAsciiAlnum(d)) break;
    if (d >= 0x41 && d <= 0x5a) measuredPlain = false;
    j++;
  }
  return j < n && !isSeparator(text.charCodeAt(j)) && continuesWord(text, j) ? -1 : j;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
const wordCharCache = new Map<number, boolean>();

/** Whether the character at `j` is a non-ASCII letter, mark or digit (so a word could go on through it). */
function continuesWord(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 0x80) return false;
  let known = wordCharCache.get(c);
  if (known === undefined) {
    // A surrogate half stands for a code point outside the BMP: let TOKEN decide those.
    known = (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(c));
    wordCharCache.set(c, known);
  }
  return known;
}

/**
 * Extends a token over joiners each followed by an ASCII alphanumeric run ("cease-fire",
 * "U.S"); -1 when a non-ASCII letter, mark or digit could go on with it. The joiners are
 * hyphens after a number ({@link isHyphen}), else every {@link isSeparator}: a flag rather than
 * a predicate argument, so that the test inlines (this runs once per word).
 */
function joinRuns(text: string, from: number, hyphensOnly: boolean): number {
  let j = from;
  while (j + 1 < text.length && (hyphensOnly ? isHyphen(text.charCodeAt(j)) : isSeparator(text.charCodeAt(j)))) {
    const next = text.charCodeAt(j + 1);
    if (next >= 0x80 && continuesWord(text, j + 1)) return -1;
    if (!isAsciiAlnum(next)) break;
    // A curly apostrophe or a non-breaking hyphen inside makes the norm differ from the word.
    const joiner = text.charCodeAt(j);
    if (joiner === 0x2019 || joiner === 0x2011) measuredPlain = false;
    if (joiner === 0x2019) measuredCurly = true;
    j = runEnd(text, j + 1);
    if (j < 0) return -1;
  }
  return j;
}

/** The hyphens that join a number to a word: "19-point". */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2011;
}

/** Characters that may join two alphanumeric runs into one word: ’ ' . - ‑ &. */
function isSeparator(c: number): boolean {
  return c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d || c === 0x2011 || c === 0x26;
}

/** What a token is, from its first character; ASCII is decided without a regular expression. */
function kindOf(word: string): TokenKind {
  const c = word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'number';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'word';
  // The only ASCII quote characters are " and ': any other ASCII mark is punctuation without a look-up.
  if (c < 0x80) return (c === 0x22 || c === 0x27) && (DOUBLED_QUOTES.has(word) || QUOTE_CHARS.includes(word)) ? 'quote' : 'punct';
  const ch = word.charAt(0);
  if (DIGIT.test(ch)) return 'number';
  if (LETTER.test(ch)) return 'word';
  return DOUBLED_QUOTES.has(word) || QUOTE_CHARS.includes(word) ? 'quote' : 'punct';
}

/** The one-character strings of the ASCII characters, by code. */
const ASCII_MARKS: readonly string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c < 0x80; c++) out.push(String.fromCharCode(c));
  return out;
})();

/**
 * Splits `text[from, to)` into tokens. A word takes a following period when it is a known
 * abbreviation (Mr., Sept.), an initial (J., but not the "X" of "on X. The ...") or has periods
 * inside (U.S., a.m.).
 * `asciiFastPath: false` matches every token with TOKEN alone; the fast path must give the same
 * tokens (a test checks), only sooner.
 */
export function tokenize(text: string, from = 0, to = text.length, asciiFastPath = true): Token[] {
  const out: Token[] = [];
  appendTokens(out, text, from, to, asciiFastPath);
  return out;
}

/**
 * {@link tokenize} that adds the tokens to `out` instead of returning a list of their own.
 * @internal
 */
export function appendTokens(out: Token[], text: string, from: number, to: number, asciiFastPath = true): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // White space between tokens (ASCII fast path; other spaces go through TOKEN below).
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      i++;
      continue;
    }
    let end = asciiFastPath ? asciiTokenEnd(text, i, c) : -1;
    // A mark of one ASCII character (a comma, a period, a quote mark, a bracket) is its own norm,
    // and its string comes from a table rather than a new slice: marks are a large share of tokens.
    if (end === i + 1 && c < 0x80 && !isAsciiAlnum(c)) {
      const mark = ASCII_MARKS[c] ?? text.charAt(i);
      out.push({ start: i, end, text: mark, norm: mark, kind: c === 0x22 || c === 0x27 ? 'quote' : 'punct' });
      i = end;
      continue;
    }
    // A token of lower-case ASCII is its own norm: no new string (most words are such). The fast
    // path tells while it measures the token; a clamped token may be plain where this says not,
    // which costs a needless lower-casing, never a wrong norm. A token TOKEN matched may hold
    // anything, and gets the full normalising.
    let plain = measuredPlain;
    let fullNormalise = measuredCurly;
    if (end < 0) {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(text);
      if (m === null || m.index >= to) break;
      i = m.index;
      end = m.index + m[0].length;
      plain = false;
      fullNormalise = true;
    }
    const start = i;
    if (end > to) end = to;
    let word = text.slice(start, end);
    const first = word.charCodeAt(0);
    const kind = kindOf(word);
    if (kind === 'word' && text.charCodeAt(end) === 0x2e /* . */ && end < to) {
      const lower = plain ? word : word.toLowerCase();
      const capital = first >= 0x41 && first <= 0x5a;
      // ("Malcolm X. He", "posted on X. The", "... on X." at the end: a capital before a word that
      // opens a sentence, or before the end, is no initial.)
      // ("Title I.", "World War I.": "I" keeps its period, for as a word it would read as the pronoun.)
      // ("wrote on X. “It is over”": after a lower-case word a lone capital is a word, not a middle
      // initial, and an opening quote mark after it starts the next sentence; "Robert F. “Bob” Lane" keeps it.)
      const initial =
        word.length === 1 && capital && (first === 0x49 || !(starterAfter(text, end + 1, to) || (afterLowerCaseWord(out) && quotationAfter(text, end + 1, to))));
      // "ill." in "He was ill." is the word, "Ill." in "Springfield, Ill." the state.
      // ("No. 2" is a number; "vote no." and “No.” end a sentence.)
      const abbreviation = ABBREVIATIONS.has(lower) && (capital || !CAPITALISED_ONLY.has(lower)) && (lower !== 'no' || /^\s*\d/.test(text.slice(end + 1, end + 4)));
      if (abbreviation || initial || word.includes('.') || hyphenatedTitle(lower)) {
        end++;
        word += '.';
        // ("the U.N.'s panel", "Harwick Inc.’s shares": a possessive after the period is part of the word.)
        const apostrophe = text.charCodeAt(end);
        if ((apostrophe === 0x27 || apostrophe === 0x2019) && end + 2 <= to && (text.charCodeAt(end + 1) | 0x20) === 0x73 && !(end + 2 < to && isWordCharAt(text, end + 2))) {
          word = text.slice(start, end + 2);
          end += 2;
          if (apostrophe === 0x2019) {
            plain = false;
            fullNormalise = true;
          }
        }
      }
    }
    // (Only a short word opening in a capital can be one: most tokens never look it up.)
    const acronym = end - start <= 3 && first >= 0x41 && first <= 0x5a ? acronymNorm(text, out, word, end) : undefined;
    out.push({ start, end, text: word, norm: acronym ?? (plain ? word : fullNormalise ? normalise(word) : word.toLowerCase()), kind });
    i = end;
  }
}

/**
 * Whether the text ends, or a line ends, or a capitalised word of two letters or more in
 * {@link SENTENCE_STARTERS} follows, after the spaces at `at` ("on X.", "X. The"; not "J. A. Doe"
 * nor "J. Doe").
 */
function starterAfter(text: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && text.charCodeAt(i) === 0x20) i++;
  if (i >= to || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) return true;
  const first = text.charCodeAt(i);
  if (i === at || !(first >= 0x41 && first <= 0x5a)) return false;
  let j = i + 1;
  while (j < to && isAsciiLetter(text.charCodeAt(j))) j++;
  return j - i >= 2 && SENTENCE_STARTERS.has(text.slice(i, j).toLowerCase());
}

/** Whether the last token of `out` is a word that opens in a lower-case ASCII letter ("on" in "on X."). */
function afterLowerCaseWord(out: readonly Token[]): boolean {
  const prev = out.length > 0 ? out[out.length - 1] : undefined;
  if (prev === undefined || prev.kind !== 'word') return false;
  const c = prev.text.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

/** Whether, after at least one space at `at`, an opening quote mark (straight or curly) comes before a capital. */
function quotationAfter(text: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && text.charCodeAt(i) === 0x20) i++;
  if (i === at || i + 1 >= to) return false;
  const mark = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return (mark === 0x22 || mark === 0x201c) && next >= 0x41 && next <= 0x5a;
}

/** Whether a hyphenated word ends in a title before a name or a number: "then-Sen." in "then-Sen. Ruiz", "mid-Sept.". */
function hyphenatedTitle(lower: string): boolean {
  const dash = lower.lastIndexOf('-');
  return dash > 0 && TITLE_ABBREVIATIONS.has(lower.slice(dash + 1));
}

/** Acronyms that lower-case into a pronoun: "the US", "the WHO". */
const PRONOUN_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['US', 'u.s.'],
  ['WHO', 'w.h.o.'],
]);

/**
 * The norm of an acronym that lower-cases into a pronoun ("US", "WHO"): not in a run of capitals ("WHO IS TO BLAME",
 * "TELL US"), where it is the pronoun. Undefined for the pronoun.
 */
function acronymNorm(text: string, out: readonly Token[], word: string, end: number): string | undefined {
  const norm = PRONOUN_ACRONYMS.get(word);
  if (norm === undefined) return undefined;
  const prev = out.length > 0 ? out[out.length - 1] : undefined;
  if (prev !== undefined && prev.kind === 'word' && prev.text.length > 1 && prev.text === prev.text.toUpperCase() && prev.text !== prev.text.toLowerCase()) return undefined;
  let k = end;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x2d)) k++;
  const a = text.charCodeAt(k);
  const b = text.charCodeAt(k + 1);
  if (a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a) return undefined;
  return norm;
}
