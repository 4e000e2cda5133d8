import { ClaimtrailError, parseModel } from '../model/errors.js';
import { Anchor, Span } from '../model/span.js';
import { alignEndingAt, semiGlobalDistances } from './edit-distance.js';

/** How many code units of context an anchor keeps on each side (`prefix`, `suffix`). */
export const ANCHOR_CONTEXT_LENGTH = 32;

/**
 * The largest edit distance {@link reanchor} accepts for an approximate match, as a share of
 * the anchored text's length: 0.25 lets a quarter of the characters change.
 */
export const REANCHOR_MAX_EDIT_RATIO = 0.25;

/** How many approximate candidates {@link reanchor} scores at most, nearest to the old position first. */
export const REANCHOR_MAX_CANDIDATES = 64;

/** The weights of the parts of a candidate's score in {@link reanchor}. */
export interface ReanchorWeights {
  /** How much the similarity of the anchored words counts. */
  readonly exact: number;
  /** How much the similarity of the context before counts. */
  readonly prefix: number;
  /** How much the similarity of the context after counts. */
  readonly suffix: number;
  /** How much nearness to the old position counts. */
  readonly position: number;
}

/**
 * The weights {@link reanchor} gives the parts of a candidate's score: the anchored words count
 * most, then their context either side; the old position only breaks near-ties.
 */
export const REANCHOR_WEIGHTS: ReanchorWeights = Object.freeze({ exact: 50, prefix: 20, suffix: 20, position: 2 });

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Builds an anchor without validating its input; the caller guarantees
 * `0 <= start <= end <= text.length`. Context never starts or ends inside a surrogate pair.
 * @internal
 */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  let from = Math.max(0, start - ANCHOR_CONTEXT_LENGTH);
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + ANCHOR_CONTEXT_LENGTH);
  if (to < text.length && to > end && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return {
    span: { start, end },
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
  };
}

/**
 * Builds a W3C `TextQuoteSelector`-style anchor for `span` in `text`: the exact words and up
 * to 32 code units of context either side, so the span can be found again after the text is
 * edited (see {@link reanchor}).
 *
 * @throws {@link ClaimtrailError} when the span is invalid or reaches past the end of the text.
 * @example
 * ```ts
 * const text = 'Ushakov said progress was "essentially zero."';
 * const anchor = anchorOf(text, { start: 27, end: 43 });
 * anchor.exact;  // 'essentially zero'
 * anchor.prefix; // 'Ushakov said progress was "'
 * ```
 */
export function anchorOf(text: string, span: Span): Anchor {
  const checked = parseModel(Span, span, 'Span');
  if (checked.end > text.length) {
    throw new ClaimtrailError('Span', [
      {
        code: 'custom',
        path: ['end'],
        message: `end (${checked.end}) is past the end of the text (length ${text.length})`,
        input: checked.end,
      },
    ]);
  }
  return makeAnchor(text, checked.start, checked.end);
}

/** How {@link reanchor} found an anchor again. */
export type ReanchorMethod = 'exact' | 'approximate';

/** The outcome of {@link reanchor}. */
export type ReanchorResult =
  | {
      /** The anchor was found. */
      success: true;
      /** The anchor in the new text: its span, its exact words there, and fresh context. */
      anchor: Anchor;
      /** `exact` when the old words stand unchanged in the new text, else `approximate`. */
      method: ReanchorMethod;
      /** The edit distance between the old and the new words (0 for an exact match). */
      distance: number;
      /** How well the match fits, from 0 to 1 (words, context and position, weighted). */
      score: number;
    }
  | {
      /** Nothing in the new text is close enough. */
      success: false;
      /** Why the anchor could not be found. */
      reason: string;
    };

interface Candidate {
  start: number;
  end: number;
  distance: number;
  score: number;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function scoreCandidate(anchor: Anchor, text: string, start: number, end: number, distance: number): Candidate {
  const { prefix, suffix, exact } = anchor;
  const exactSimilarity = exact.length === 0 ? 1 : 1 - distance / exact.length;
  const prefixSimilarity =
    prefix.length === 0
      ? start === 0 ? 1 : 0
      : commonSuffixLength(prefix, text.slice(Math.max(0, start - prefix.length), start)) / prefix.length;
  const suffixSimilarity =
    suffix.length === 0
      ? end === text.length ? 1 : 0
      : commonPrefixLength(suffix, text.slice(end, end + suffix.length)) / suffix.length;
  const positionSimilarity = 1 - Math.min(1, Math.abs(start - anchor.span.start) / Math.max(1, text.length));
  const w = REANCHOR_WEIGHTS;
  const score =
    (w.exact * exactSimilarity + w.prefix * prefixSimilarity + w.suffix * suffixSimilarity + w.position * positionSimilarity) /
    (w.exact + w.prefix + w.suffix + w.position);
  return { start, end, distance, score };
}

function better(a: Candidate, b: Candidate | undefined, oldStart: number): boolean {
  if (b === undefined) return true;
  if (a.score !== b.score) return a.score > b.score;
  const da = Math.abs(a.start - oldStart);
  const db = Math.abs(b.start - oldStart);
  if (da !== db) return da < db;
  return a.start < b.start;
}

/** Every index where `needle` (non-empty) occurs in `text`, overlapping occurrences included. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function success(text: string, best: Candidate, method: ReanchorMethod): ReanchorResult {
  return { success: true, anchor: makeAnchor(text, best.start, best.end), method, distance: best.distance, score: best.score };
}

/** An empty anchor has no words of its own: it is found by its context alone. */
function reanchorEmpty(anchor: Anchor, text: string): ReanchorResult {
  const { prefix, suffix } = anchor;
  const positions = new Set<number>();
  if (prefix === '' && suffix === '') positions.add(Math.min(anchor.span.start, text.length));
  if (prefix !== '' && suffix !== '') for (const i of occurrences(text, prefix + suffix)) positions.add(i + prefix.length);
  if (positions.size === 0) {
    if (prefix !== '') for (const i of occurrences(text, prefix)) positions.add(i + prefix.length);
    if (suffix !== '') for (const i of occurrences(text, suffix)) positions.add(i);
  }
  let best: Candidate | undefined;
  for (const position of positions) {
    const candidate = scoreCandidate(anchor, text, position, position, 0);
    if (better(candidate, best, anchor.span.start)) best = candidate;
  }
  if (best === undefined) return { success: false, reason: 'the anchor is empty and neither its prefix nor its suffix occurs in the new text' };
  return success(text, best, 'exact');
}

/**
 * Finds an anchor again in an edited text (news articles are corrected after publication;
 * quotes must survive that). Exact matches of the anchored words come first, the best chosen
 * by context and nearness to the old position; failing those, the best approximate match
 * within {@link REANCHOR_MAX_EDIT_RATIO} edits, scored the same way. On success the returned
 * anchor always satisfies `newText.slice(start, end) === exact`.
 *
 * @throws {@link ClaimtrailError} when `anchor` is not a valid {@link Anchor}.
 * @example
 * ```ts
 * const before = 'He said the talks were "useful and constructive."';
 * const anchor = anchorOf(before, { start: 24, end: 47 });
 * const result = reanchor(anchor, 'UPDATED: He said the talks were "useful and very constructive."');
 * if (result.success) result.anchor.exact; // 'useful and very constructive'
 * ```
 */
export function reanchor(anchor: Anchor, newText: string): ReanchorResult {
  const checked = parseModel(Anchor, anchor, 'Anchor');
  const { exact } = checked;
  if (exact === '') return reanchorEmpty(checked, newText);

  let best: Candidate | undefined;
  for (const start of occurrences(newText, exact)) {
    const candidate = scoreCandidate(checked, newText, start, start + exact.length, 0);
    if (better(candidate, best, checked.span.start)) best = candidate;
  }
  if (best !== undefined) return success(newText, best, 'exact');

  const maxDistance = Math.floor(exact.length * REANCHOR_MAX_EDIT_RATIO);
  if (maxDistance === 0) {
    return { success: false, reason: `the ${exact.length}-character anchor is too short to match approximately and does not occur unchanged` };
  }
  const distances = semiGlobalDistances(exact, newText);
  // Each run of adjacent ends within the bound is one place in the text: keep its best end.
  const ends: Array<{ end: number; distance: number }> = [];
  let run: { end: number; distance: number } | undefined;
  for (let j = 0; j <= distances.length; j++) {
    const d = j < distances.length ? (distances[j] ?? maxDistance + 1) : maxDistance + 1;
    if (d <= maxDistance) {
      if (run === undefined) run = { end: j + 1, distance: d };
      else if (d < run.distance) run = { end: j + 1, distance: d };
    } else if (run !== undefined) {
      ends.push(run);
      run = undefined;
    }
  }
  const candidates = ends
    .sort((a, b) => a.distance - b.distance || Math.abs(a.end - checked.span.end) - Math.abs(b.end - checked.span.end) || a.end - b.end)
    .slice(0, REANCHOR_MAX_CANDIDATES);
  for (const { end } of candidates) {
    const { start, distance } = alignEndingAt(exact, newText, end, Math.max(0, end - exact.length - maxDistance));
    if (distance > maxDistance) continue;
    const candidate = scoreCandidate(checked, newText, start, end, distance);
    if (better(candidate, best, checked.span.start)) best = candidate;
  }
  if (best === undefined) {
    return {
      success: false,
      reason: `no stretch of the new text is within ${maxDistance} edits of the anchored ${exact.length} characters`,
    };
  }
  return success(newText, best, 'approximate');
}
