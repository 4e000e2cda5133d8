import type { DateMention, Quantity } from '../model/claim.js';
import { tokenize, type Token } from '../text/tokens.js';
import { clampRange, DATE_HINT, extractDatesFromTokens } from './dates.js';
import { extractQuantitiesFromTokens, NUMBER_HINT } from './numbers.js';

/** `DATE_HINT` or `NUMBER_HINT` in one pass over the text. */
const NUMBER_OR_DATE_HINT = new RegExp(`${DATE_HINT.source}|${NUMBER_HINT.source}`);
/** The same, to list every place in a text where a number or date may start. */
const NUMBER_OR_DATE_HINTS = new RegExp(NUMBER_OR_DATE_HINT.source, 'g');

/**
 * Where in a text a number or a date may start: the offsets of the hints, in order. One pass
 * over a whole document, so that its claims need no pass of their own.
 * @internal
 */
export function numberHints(text: string): number[] {
  const out: number[] = [];
  NUMBER_OR_DATE_HINTS.lastIndex = 0;
  for (let m = NUMBER_OR_DATE_HINTS.exec(text); m !== null; m = NUMBER_OR_DATE_HINTS.exec(text)) {
    out.push(m.index);
    // A hint is a place, not a count: skip the rest of a run of digits at once.
    NUMBER_OR_DATE_HINTS.lastIndex = Math.max(m.index + m[0].length, NUMBER_OR_DATE_HINTS.lastIndex);
  }
  return out;
}

/** Whether a hint of {@link numberHints} lies in [start, end): a binary search. */
function hintIn(hints: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = hints.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hints[mid] ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < hints.length && (hints[lo] ?? end) < end;
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
 * the stretch may hold a number or a date, which `hints` (from {@link numberHints} over the
 * same text) tells without a scan.
 * @internal
 */
export function numbersAndDatesOfTokens(text: string, tokens: readonly Token[], from: number, to: number, hints: readonly number[], publishedAt?: string): NumbersAndDates {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined || to <= from || !hintIn(hints, first.start, last.end)) return { numbers: [], dates: [] };
  const stretch = tokens.slice(from, to);
  const dates = extractDatesFromTokens(text, stretch, publishedAt);
  const numbers = extractQuantitiesFromTokens(text, stretch, dates.map((date) => date.anchor.span));
  return { numbers, dates };
}
