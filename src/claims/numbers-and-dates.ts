import type { DateMention, Quantity } from '../model/claim.js';
import { tokenize, type Token } from '../text/tokens.js';
import { clampRange, DATE_HINT, DATE_HINT_OPENINGS, extractDatesFromTokens } from './dates.js';
import { extractQuantitiesFromTokens, NUMBER_HINT, NUMBER_HINT_OPENINGS } from './numbers.js';

/** `DATE_HINT` or `NUMBER_HINT` in one pass over the text. */
const NUMBER_OR_DATE_HINT = new RegExp(`${DATE_HINT.source}|${NUMBER_HINT.source}`);
/** The same, to test whether a hint starts at one place (`lastIndex`). */
const NUMBER_OR_DATE_HINT_AT = new RegExp(NUMBER_OR_DATE_HINT.source, 'y');

/**
 * The first three characters of every word a hint can start with, as a two-level table: the
 * first two characters (seven bits each) index `pairs`, whose entry, when not 0, picks four
 * 32-bit words of `thirds` with a bit for each third character. A word that starts otherwise
 * needs no test. Undefined, so that every word is tested, should a hint word ever be shorter
 * than three ASCII characters.
 */
const HINT_STARTS: { readonly pairs: Uint16Array; readonly thirds: Uint32Array } | undefined = (() => {
  const words = [...DATE_HINT_OPENINGS, ...NUMBER_HINT_OPENINGS];
  const pairs = new Uint16Array(128 * 128);
  const thirds = new Uint32Array(4 * (words.length + 1));
  let next = 1;
  for (const word of words) {
    if (!/^[\x21-\x7e]{3}/.test(word)) return undefined;
    const pair = (word.charCodeAt(0) << 7) | word.charCodeAt(1);
    let slot = pairs[pair] ?? 0;
    if (slot === 0) {
      slot = next++;
      pairs[pair] = slot;
    }
    const third = word.charCodeAt(2);
    const at = (slot << 2) | (third >> 5);
    thirds[at] = (thirds[at] ?? 0) | (1 << (third & 31));
  }
  return { pairs, thirds };
})();

/** Whether a hint word may start at `p`, where the letter `c` starts a word. */
function mayStartHint(text: string, p: number, c: number): boolean {
  if (HINT_STARTS === undefined) return true;
  if (p + 2 >= text.length) return false;
  const c1 = text.charCodeAt(p + 1);
  const c2 = text.charCodeAt(p + 2);
  if (c1 >= 0x80 || c2 >= 0x80) return false;
  const slot = HINT_STARTS.pairs[(c << 7) | c1] ?? 0;
  return slot !== 0 && (((HINT_STARTS.thirds[(slot << 2) | (c2 >> 5)] ?? 0) >>> (c2 & 31)) & 1) === 1;
}

/** Whether a character is one of `\b`'s word characters: an ASCII letter, digit or underscore. */
function isAsciiWordChar(c: number): boolean {
  const folded = c | 0x20;
  return (folded >= 0x61 && folded <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * Whether a number or a date may start in `text[start, end)`: whether `NUMBER_OR_DATE_HINT`,
 * run over the whole text, matches at an offset in that stretch. It can match only at an ASCII
 * digit or at the start of a word (an ASCII letter after none of `\b`'s word characters), so
 * those places are tested, each on its own, and most words are passed over from their first
 * three letters. The scan stops at the first hint, and reads only the stretch asked about: a
 * claim's words, not the whole text.
 * @internal
 */
export function hintBetween(text: string, start: number, end: number): boolean {
  let afterWordChar = start > 0 && isAsciiWordChar(text.charCodeAt(start - 1));
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x30 && c <= 0x39) return true;
    const folded = c | 0x20;
    const letter = folded >= 0x61 && folded <= 0x7a;
    if (letter && !afterWordChar && mayStartHint(text, p, c)) {
      NUMBER_OR_DATE_HINT_AT.lastIndex = p;
      if (NUMBER_OR_DATE_HINT_AT.test(text)) return true;
    }
    afterWordChar = letter || c === 0x5f;
  }
  return false;
}

/** The numbers and dates of a stretch of text; see `extractNumbersAndDates`. */
export interface NumbersAndDates {
  /** Every quantity, outside the dates' spans, in text order. */
  numbers: Quantity[];
  /** Every date and time, in text order. */
  dates: DateMention[];
}

/**
 * Finds the dates in `text[start, end)` first (`extractDates`) and then the quantities
 * outside them (`extractQuantities`), so a year or a day number is never a quantity. The
 * stretch is tokenized once for both, and skipped without tokenizing when it holds no digit and
 * no number or date word.
 *
 * @param text - the whole text; anchors refer to it.
 * @param start - offset where the stretch to search starts.
 * @param end - offset just past the stretch to search.
 * @param publishedAt - the publication date relative dates are resolved against.
 * @example
 * ```ts
 * const text = 'On Dec. 3, 2025, more than 100,000 people marched.';
 * const { numbers, dates } = extractNumbersAndDates(text, 0, text.length);
 * dates[0]?.value;   // '2025-12-03'
 * numbers[0]?.value; // 100000 (at-least, unit 'person', noun 'people')
 * ```
 */
export function extractNumbersAndDates(text: string, start: number, end: number, publishedAt?: string): NumbersAndDates {
  const [s, e] = clampRange(text, start, end);
  if (s === e) return { numbers: [], dates: [] };
  if (!NUMBER_OR_DATE_HINT.test(text.slice(s, e))) return { numbers: [], dates: [] };
  const tokens = tokenize(text, s, e);
  const dates = extractDatesFromTokens(text, tokens, publishedAt);
  const numbers = extractQuantitiesFromTokens(text, tokens, dates.map((date) => date.anchor.span));
  return { numbers, dates };
}

/**
 * {@link extractNumbersAndDates} for tokens [from, to) the caller already has (a claim's tokens
 * from the document's segmentation): no second tokenization, and no copy of the tokens unless
 * the stretch may hold a number or a date ({@link hintBetween}).
 * @internal
 */
export function numbersAndDatesOfTokens(text: string, tokens: readonly Token[], from: number, to: number, publishedAt?: string): NumbersAndDates {
  const first = from < to ? tokens[from] : undefined;
  const last = first === undefined ? undefined : tokens[to - 1];
  if (first === undefined || last === undefined || !hintBetween(text, first.start, last.end)) return { numbers: [], dates: [] };
  const stretch = tokens.slice(from, to);
  const dates = extractDatesFromTokens(text, stretch, publishedAt);
  // (Most stretches hold no date: no list of their spans to make then.)
  const numbers = extractQuantitiesFromTokens(text, stretch, dates.length === 0 ? undefined : dates.map((date) => date.anchor.span));
  return { numbers, dates };
}
