import { z } from 'zod';
import type { Analysis } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import { ClaimtrailError } from '../model/errors.js';

/**
 * One labelled statement: where it stands in a document and its tags, primary first. The
 * shape of `tags-dev.json`; extra fields (`why`, `text`, `speaker`) are kept and ignored.
 */
export const TagLabel = z.looseObject({
  /** The id of the document the statement is in. */
  doc: z.string().min(1),
  /** Offset of the statement's first character (UTF-16 code units). */
  start: z.number().int().nonnegative(),
  /** Offset just past its last character. */
  end: z.number().int().nonnegative(),
  /** The primary core tag. */
  primary: z.string().min(1),
  /** All its tags, primary first. */
  tags: z.array(z.string().min(1)).optional(),
});
/** One labelled statement; see the {@link TagLabel} schema. */
export type TagLabel = z.infer<typeof TagLabel>;

/** A gold tag and the tag predicted for it; `undefined` when nothing was predicted. */
export interface TagPair {
  /** The labelled tag. */
  readonly gold: string;
  /** The tag predicted for the same statement, or `undefined` when there was none. */
  readonly predicted: string | undefined;
}

/** Precision, recall and F1 of one tag, with how often it was gold and predicted. */
export interface TagPrf {
  /** The share of items predicted with this tag that have it as gold. */
  readonly precision: number;
  /** The share of gold items with this tag that were predicted with it. */
  readonly recall: number;
  /** The harmonic mean of precision and recall; 0 when both are 0. */
  readonly f1: number;
  /** Gold items with this tag. */
  readonly support: number;
  /** Items predicted with this tag. */
  readonly predicted: number;
}

/** What {@link scoreTags} reports. */
export interface TagScores {
  /** How many items were scored. */
  readonly count: number;
  /** Items whose primary tag was predicted right. */
  readonly correct: number;
  /** `correct / count`: primary-tag accuracy (0 for no items). */
  readonly accuracy: number;
  /** Items for which nothing was predicted (they count as wrong). */
  readonly missing: number;
  /** Scores per tag, for every tag seen as gold or predicted. */
  readonly perTag: Readonly<Record<string, TagPrf>>;
  /** Mean F1 over {@link TagScoreOptions.macroTags}. */
  readonly macroF1: number;
  /** `confusion[gold][predicted]`: counts; a missing prediction is the label `(missing)`. */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Options of {@link scoreTags}. */
export interface TagScoreOptions {
  /** The tags the macro-F1 averages over; threat, assessment and position unless given. */
  readonly macroTags?: readonly string[];
}

/** The label of an item with no prediction in {@link TagScores.confusion}. */
export const MISSING_TAG = '(missing)';

/** The tags macro-F1 averages over by default. */
export const DEFAULT_MACRO_TAGS: readonly string[] = ['threat', 'assessment', 'position'];

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/**
 * Scores predicted primary tags against gold ones: accuracy, per-tag precision, recall and
 * F1, macro-F1 and the confusion matrix. A pair with no prediction counts as wrong. Users
 * test their own tagger, or a model, against labelled statements with it.
 *
 * @throws {@link ClaimtrailError} when `options.macroTags` is empty.
 * @example
 * ```ts
 * const scores = scoreTags([{ gold: 'threat', predicted: 'threat' }, { gold: 'position', predicted: 'assessment' }]);
 * scores.accuracy; // 0.5
 * ```
 */
export function scoreTags(pairs: readonly TagPair[], options: TagScoreOptions = {}): TagScores {
  const confusion: Record<string, Record<string, number>> = {};
  const tags = new Set<string>();
  let correct = 0;
  let missing = 0;
  for (const { gold, predicted } of pairs) {
    const label = predicted ?? MISSING_TAG;
    const row = (confusion[gold] ??= {});
    row[label] = (row[label] ?? 0) + 1;
    tags.add(gold);
    if (predicted === undefined) missing++;
    else tags.add(predicted);
    if (predicted === gold) correct++;
  }
  const perTag: Record<string, TagPrf> = {};
  for (const tag of [...tags].sort()) {
    const tp = confusion[tag]?.[tag] ?? 0;
    const support = Object.values(confusion[tag] ?? {}).reduce((s, n) => s + n, 0);
    const predicted = Object.values(confusion).reduce((s, row) => s + (row[tag] ?? 0), 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perTag[tag] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support, predicted };
  }
  const macroTags = options.macroTags ?? DEFAULT_MACRO_TAGS;
  if (macroTags.length === 0) {
    throw new ClaimtrailError('TagScoreOptions', [{ code: 'custom', path: ['macroTags'], input: macroTags, message: 'name at least one tag to average over' }]);
  }
  const macroF1 = macroTags.reduce((s, tag) => s + (perTag[tag]?.f1 ?? 0), 0) / macroTags.length;
  return { count: pairs.length, correct, accuracy: ratio(correct, pairs.length), missing, perTag, macroF1, confusion };
}

/**
 * The claim of an analysis that best covers a labelled span: the one whose quote's content
 * (or, for the outlet's own claims, whose anchor) overlaps the span most, measured as the
 * overlap over the longer of the two. `undefined` when no claim overlaps it.
 */
export function claimForSpan(analysis: Analysis, start: number, end: number): Claim | undefined {
  const contentOf = new Map(analysis.quotes.map((q) => [q.id, q.content.span]));
  let best: Claim | undefined;
  let bestScore = 0;
  for (const claim of analysis.claims) {
    const quoteId = claim.quoteIds[0];
    const span = (quoteId === undefined ? undefined : contentOf.get(quoteId)) ?? claim.anchor.span;
    const shared = Math.min(span.end, end) - Math.max(span.start, start);
    if (shared <= 0) continue;
    const score = shared / Math.max(span.end - span.start, end - start);
    // Attributed claims win a tie against the outlet's own.
    if (score > bestScore || (score === bestScore && best !== undefined && best.quoteIds.length === 0 && claim.quoteIds.length > 0)) {
      best = claim;
      bestScore = score;
    }
  }
  return best;
}

function pct(n: number): string {
  return n.toFixed(3);
}

/** A readable report of {@link TagScores}: accuracy, macro-F1, the per-tag table and the confusion matrix. */
export function formatTagScores(scores: TagScores): string {
  const lines = [
    `primary-tag accuracy ${pct(scores.accuracy)} (${scores.correct}/${scores.count}, ${scores.missing} with no claim)   macro-F1 ${pct(scores.macroF1)}`,
    '',
    'tag          precision  recall  f1     gold  predicted',
  ];
  for (const [tag, s] of Object.entries(scores.perTag)) {
    lines.push(`${tag.padEnd(12)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  ${String(s.support).padStart(4)}  ${String(s.predicted).padStart(9)}`);
  }
  const columns = [...new Set(Object.values(scores.confusion).flatMap((row) => Object.keys(row)))].sort();
  lines.push('', `gold \\ predicted  ${columns.map((c) => c.padStart(10)).join(' ')}`);
  for (const [gold, row] of Object.entries(scores.confusion).sort()) {
    lines.push(`${gold.padEnd(17)}  ${columns.map((c) => String(row[c] ?? 0).padStart(10)).join(' ')}`);
  }
  return lines.join('\n');
}
