import { ClaimtrailError } from '../model/errors.js';
import type { AttributionDocument, AttributionRecord } from './attribution-data.js';
import { candidatePairs, hasDoubleQuote, type Interval, matchAt, overlap, trimSpan } from './match-spans.js';
import { roundLikePython, toFixedLikePython } from './python-rounding.js';

/** Precision, recall and F1, each rounded to 4 decimals. */
export interface PrfScore {
  /** Precision: the share of predictions that are right. */
  readonly p: number;
  /** Recall: the share of gold items that were found. */
  readonly r: number;
  /** The harmonic mean of precision and recall; 0 when both are 0. */
  readonly f1: number;
}

/**
 * The metrics of the reference scorer (`shared/eval/score.py`), under camel-case names:
 * `content03` is its `content@0.3`, `speakerAccuracy` its `speaker_acc@0.8`, and so on.
 */
export interface AttributionScores {
  /** How many gold documents were scored. */
  readonly docs: number;
  /** How many gold documents had no predicted document (they count as predicting nothing). */
  readonly missingDocs: number;
  /** How many gold attributions there are. */
  readonly gold: number;
  /** How many attributions were predicted in the gold documents (predicted documents with unknown ids are ignored). */
  readonly predicted: number;
  /** Content spans matched at overlap 0.3 (`content@0.3`): did the extractor find the statement at all? */
  readonly content03: PrfScore;
  /** Content spans matched at overlap 0.8 (`content@0.8`): did it find the statement's extent? */
  readonly content08: PrfScore;
  /** Content spans matched exactly, after trimming (`content@exact`). */
  readonly contentExact: PrfScore;
  /** Among content matches at the threshold, the share whose speaker is right (`speaker_acc@0.8`). */
  readonly speakerAccuracy: number;
  /** Among content matches at the threshold, the share whose cue is right (`cue_acc@0.8`). */
  readonly cueAccuracy: number;
  /** The headline figure: content matched at the threshold *and* speaker right (`attribution`). */
  readonly attribution: PrfScore;
  /** {@link AttributionScores.attribution} for content with double quote marks, on both sides (`attribution_quoted`). */
  readonly attributionQuoted: PrfScore;
  /** {@link AttributionScores.attribution} for content without double quote marks, on both sides (`attribution_unquoted`). */
  readonly attributionUnquoted: PrfScore;
}

/** Options of {@link scoreAttributions}. */
export interface AttributionScoreOptions {
  /**
   * The content overlap (from 0 to 1) at which speaker, cue and attribution are judged;
   * 0.8 like the reference scorer. The `content*` scores keep their own fixed thresholds.
   */
  readonly threshold?: number;
}

/** The thresholds of the `content*` scores, fixed by the reference scorer. */
const LOOSE = 0.3;
const STRICT = 0.8;
const EXACT = 1;

interface Counts {
  gold: number;
  predicted: number;
  loose: number;
  strict: number;
  exact: number;
  atThreshold: number;
  speakerRight: number;
  cueRight: number;
  goldQuoted: number;
  predictedQuoted: number;
  attributedQuoted: number;
  attributedUnquoted: number;
}

function prf(truePositives: number, predicted: number, gold: number): PrfScore {
  const p = predicted ? truePositives / predicted : 0;
  const r = gold ? truePositives / gold : 0;
  return { p: roundLikePython(p, 4), r: roundLikePython(r, 4), f1: p + r ? roundLikePython((2 * p * r) / (p + r), 4) : 0 };
}

function share(part: number, whole: number): number {
  return whole ? roundLikePython(part / whole, 4) : 0;
}

/** A speaker or cue span, or null when either offset is missing. */
function sideSpan(start: number | null | undefined, end: number | null | undefined): Interval | null {
  return start == null || end == null ? null : [start, end];
}

/** A speaker (cue) is right when it overlaps the gold one by at least one code unit, or both are absent. */
function sideRight(gold: Interval | null, predicted: Interval | null): boolean {
  return gold === null ? predicted === null : predicted !== null && overlap(gold, predicted) > 0;
}

function checkRanges(subject: string, documents: readonly AttributionDocument[], textOf: (document: AttributionDocument) => string | undefined): void {
  documents.forEach((document, index) => {
    const text = textOf(document);
    if (text === undefined) return;
    document.quotes.forEach((record, at) => {
      const { start, end } = record;
      if (Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length) return;
      throw new ClaimtrailError(subject, [
        {
          code: 'custom',
          path: [index, 'quotes', at],
          input: record,
          message: `span ${start}..${end} of document "${document.id}" is out of range: expected integers with 0 <= start <= end <= ${text.length} (the text's length)`,
        },
      ]);
    });
  });
}

function scoreDocument(text: string, gold: readonly AttributionRecord[], predicted: readonly AttributionRecord[], threshold: number, counts: Counts): void {
  const goldSpans = gold.map((q) => trimSpan(text, q.start, q.end));
  const predictedSpans = predicted.map((q) => trimSpan(text, q.start, q.end));
  const candidates = candidatePairs(goldSpans, predictedSpans, Math.min(LOOSE, threshold));
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.loose += matchAt(candidates, LOOSE).length;
  counts.strict += matchAt(candidates, STRICT).length;
  counts.exact += matchAt(candidates, EXACT).length;
  const goldQuoted = gold.map((q) => hasDoubleQuote(text, q.start, q.end));
  const predictedQuoted = predicted.map((q) => hasDoubleQuote(text, q.start, q.end));
  counts.goldQuoted += goldQuoted.filter(Boolean).length;
  counts.predictedQuoted += predictedQuoted.filter(Boolean).length;
  const matches = matchAt(candidates, threshold);
  counts.atThreshold += matches.length;
  for (const [gi, pj] of matches) {
    const g = gold[gi];
    const p = predicted[pj];
    if (g === undefined || p === undefined) continue;
    const speakerRight = sideRight(sideSpan(g.speakerStart, g.speakerEnd), sideSpan(p.speakerStart, p.speakerEnd));
    if (sideRight(sideSpan(g.cueStart, g.cueEnd), sideSpan(p.cueStart, p.cueEnd))) counts.cueRight += 1;
    if (speakerRight) counts.speakerRight += 1;
    // A pair counts towards the quoted (unquoted) split only when both sides agree on it.
    if (!speakerRight) continue;
    if (goldQuoted[gi] === true && predictedQuoted[pj] === true) counts.attributedQuoted += 1;
    else if (goldQuoted[gi] === false && predictedQuoted[pj] === false) counts.attributedUnquoted += 1;
  }
}

/**
 * Scores predicted attributions against gold ones, with exactly the metrics, matching rules and
 * rounding of the reference scorer `shared/eval/score.py`, so that numbers from here and from
 * there can be compared. Documents are paired by id (a later document with the same id replaces
 * an earlier one, as in the scorer); a gold document with no prediction counts as predicting
 * nothing, and predicted documents that are not in the gold data are ignored.
 *
 * A predicted content span matches a gold one at a threshold when their overlap covers that
 * share of each span, after trimming white space, quote marks, a leading "that " and final
 * punctuation; pairs are matched one to one, best overlap first. Speaker and cue are right when
 * their spans overlap the gold ones, or both are absent.
 *
 * Offsets are UTF-16 code units, as the evaluation format defines them. The Python scorer indexes
 * by code point instead, so the two agree on every text without characters outside the Basic
 * Multilingual Plane (emoji and the like).
 *
 * @param gold - the gold documents.
 * @param predicted - the predicted documents, e.g. from {@link toAttributionDocument}.
 * @param options - the match threshold for speaker, cue and attribution (0.8 by default).
 * @throws {@link ClaimtrailError} when a content span, gold or predicted, is not inside its
 *   document's text (the scorer asserts this for predictions), or the threshold is not in 0..1.
 * @example
 * ```ts
 * const text = 'Ushakov said the talks were useful.';
 * const quote = { start: 13, end: 34, speakerStart: 0, speakerEnd: 7, cueStart: 8, cueEnd: 12 };
 * const scores = scoreAttributions([{ id: 'd1', text, quotes: [quote] }], [{ id: 'd1', text, quotes: [quote] }]);
 * scores.attribution.f1; // 1
 * ```
 */
export function scoreAttributions(
  gold: readonly AttributionDocument[],
  predicted: readonly AttributionDocument[],
  options: AttributionScoreOptions = {},
): AttributionScores {
  const threshold = options.threshold ?? STRICT;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new ClaimtrailError('AttributionScoreOptions', [
      { code: 'custom', path: ['threshold'], input: threshold, message: `threshold must be a number from 0 to 1, got ${threshold}` },
    ]);
  }
  const goldById = new Map(gold.map((document) => [document.id, document]));
  const predictedById = new Map(predicted.map((document) => [document.id, document]));
  checkRanges('gold attributions', gold, (document) => (goldById.get(document.id) === document ? document.text : undefined));
  // Predicted spans are checked against the gold text, which is the text they are scored on.
  checkRanges('predicted attributions', predicted, (document) =>
    predictedById.get(document.id) === document ? goldById.get(document.id)?.text : undefined,
  );

  const counts: Counts = {
    gold: 0,
    predicted: 0,
    loose: 0,
    strict: 0,
    exact: 0,
    atThreshold: 0,
    speakerRight: 0,
    cueRight: 0,
    goldQuoted: 0,
    predictedQuoted: 0,
    attributedQuoted: 0,
    attributedUnquoted: 0,
  };
  let missingDocs = 0;
  for (const [id, document] of goldById) {
    const prediction = predictedById.get(id);
    if (prediction === undefined) missingDocs += 1;
    scoreDocument(document.text, document.quotes, prediction?.quotes ?? [], threshold, counts);
  }

  const goldUnquoted = counts.gold - counts.goldQuoted;
  const predictedUnquoted = counts.predicted - counts.predictedQuoted;
  return {
    docs: goldById.size,
    missingDocs,
    gold: counts.gold,
    predicted: counts.predicted,
    content03: prf(counts.loose, counts.predicted, counts.gold),
    content08: prf(counts.strict, counts.predicted, counts.gold),
    contentExact: prf(counts.exact, counts.predicted, counts.gold),
    speakerAccuracy: share(counts.speakerRight, counts.atThreshold),
    cueAccuracy: share(counts.cueRight, counts.atThreshold),
    // An attribution is right when its content matched at the threshold and its speaker is right.
    attribution: prf(counts.speakerRight, counts.predicted, counts.gold),
    attributionQuoted: prf(counts.attributedQuoted, counts.predictedQuoted, counts.goldQuoted),
    attributionUnquoted: prf(counts.attributedUnquoted, predictedUnquoted, goldUnquoted),
  };
}

/**
 * The one-line summary the reference scorer prints last, character for character, so that logs
 * from both can be compared (three decimals, rounded as Python rounds them).
 *
 * @example
 * ```ts
 * console.log(formatAttributionScores(scoreAttributions(gold, predicted)));
 * // attribution F1 0.412 (quoted 0.633, unquoted 0.351); content F1@0.8 0.540; speaker acc 0.763
 * ```
 */
export function formatAttributionScores(scores: AttributionScores): string {
  const f = (value: number) => toFixedLikePython(value, 3);
  return (
    `attribution F1 ${f(scores.attribution.f1)} (quoted ${f(scores.attributionQuoted.f1)}, ` +
    `unquoted ${f(scores.attributionUnquoted.f1)}); content F1@0.8 ${f(scores.content08.f1)}; ` +
    `speaker acc ${f(scores.speakerAccuracy)}`
  );
}
