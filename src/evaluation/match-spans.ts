// How predicted attribution spans are paired with gold ones. Every rule here mirrors the
// reference scorer (shared/eval/score.py) exactly, because a score that differs from it in the
// third decimal is a different score: the trimming rules, the overlap ratio, the 1e-9 slack on
// the threshold and the order in which competing pairs are taken.

/** A `[start, end)` stretch of a text, in UTF-16 code units. */
export type Interval = readonly [start: number, end: number];

/** A gold-prediction pair that overlaps: the overlap ratio and the two indices. */
export interface Candidate {
  /** The share of the *less* covered span that the overlap covers, from 0 to 1. */
  readonly ratio: number;
  /** The index of the gold span. */
  readonly gold: number;
  /** The index of the predicted span. */
  readonly predicted: number;
}

/**
 * Python's `\s` (Unicode white space by `str.isspace`). JavaScript's `\s` differs: it lacks the
 * separators U+001C–U+001F and U+0085 and adds U+FEFF, so the class is spelled out.
 */
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Every quote mark the scorer trims. */
const QUOTE_MARKS = '"\\u201c\\u201d\\u2018\\u2019\'\\u00ab\\u00bb\\u201e';
const TRIMMED_LEFT = new RegExp(`[${SPACE}${QUOTE_MARKS}]`);
const TRIMMED_RIGHT = new RegExp(`[${SPACE}${QUOTE_MARKS}.,;:!?\\u2014\\u2013-]`);
const SPACE_CHAR = new RegExp(`[${SPACE}]`);
/** Only straight and curly *double* quote marks make content "quoted"; single ones are apostrophes too often. */
const DOUBLE_QUOTE = /["\u201c\u201d]/;

/** Whether `that` plus one white space character (any case) starts at `at` and ends by `end`. */
function thatAt(text: string, at: number, end: number): boolean {
  return at + 5 <= end && text.slice(at, at + 4).toLowerCase() === 'that' && SPACE_CHAR.test(text.charAt(at + 4));
}

/**
 * Trims white space, quote marks and leading `that ` from the left of a span, and white space,
 * quote marks and final punctuation from its right, so that `that "the talks were useful."`
 * and `the talks were useful` compare as equal. A span that is nothing but such characters
 * keeps its right end, and offsets past the text behave as Python slices do.
 */
export function trimSpan(text: string, start: number, end: number): Interval {
  const stop = Math.min(end, text.length);
  let left = start;
  for (;;) {
    if (left < stop && TRIMMED_LEFT.test(text.charAt(left))) left += 1;
    else if (thatAt(text, left, stop)) left += 5;
    else break;
  }
  let right = Math.max(left, stop);
  while (right > left && TRIMMED_RIGHT.test(text.charAt(right - 1))) right -= 1;
  // score.py cuts only when something is left of the trailing run ("m.start() > 0").
  const cut = right < Math.max(left, stop) && right > left ? right : end;
  return [left, Math.max(cut, left)];
}

/** Whether a span contains a double quote mark (straight or curly). */
export function hasDoubleQuote(text: string, start: number, end: number): boolean {
  return DOUBLE_QUOTE.test(text.slice(start, end));
}

/** The length of the overlap of two intervals, 0 when they are disjoint. */
export function overlap(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * Every overlapping gold-prediction pair whose ratio reaches `minThreshold`, best first. The
 * order is Python's `sort(reverse=True)` on `(ratio, gold, predicted)`: among equal ratios the
 * *later* gold span goes first, then the later prediction. Matching at several thresholds
 * filters this one list, which keeps the order and saves sorting again.
 */
export function candidatePairs(gold: readonly Interval[], predicted: readonly Interval[], minThreshold: number): Candidate[] {
  const out: Candidate[] = [];
  gold.forEach((g, gi) => {
    const goldLength = Math.max(1, g[1] - g[0]);
    predicted.forEach((p, pj) => {
      const o = overlap(g, p);
      if (o === 0) return;
      const ratio = Math.min(o / goldLength, o / Math.max(1, p[1] - p[0]));
      if (ratio >= minThreshold - 1e-9) out.push({ ratio, gold: gi, predicted: pj });
    });
  });
  return out.sort((a, b) => (b.ratio !== a.ratio ? (b.ratio > a.ratio ? 1 : -1) : b.gold - a.gold || b.predicted - a.predicted));
}

/**
 * Pairs gold and predicted spans one to one at `threshold`, taking the best overlap first: a
 * prediction covering two gold spans counts once, as do two predictions of one gold span.
 * Returns `[gold index, predicted index]` pairs.
 */
export function matchAt(candidates: readonly Candidate[], threshold: number): Array<[gold: number, predicted: number]> {
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { ratio, gold, predicted } of candidates) {
    if (ratio < threshold - 1e-9 || usedGold.has(gold) || usedPredicted.has(predicted)) continue;
    usedGold.add(gold);
    usedPredicted.add(predicted);
    out.push([gold, predicted]);
  }
  return out;
}
