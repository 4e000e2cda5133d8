import { z } from 'zod';
import { Anchor } from './span.js';

/** The fixed vocabulary of what a comparison between sources can observe. */
export const FindingKind = z.enum([
  'corroborated',
  'quote-altered',
  'context-dropped',
  'misattributed',
  'number-conflict',
  'date-conflict',
  'name-conflict',
  'role-conflict',
  'negation-conflict',
  'not-found',
]);
/**
 * What a comparison observed:
 * - `corroborated`: another source has the same speaker saying the same thing;
 * - `quote-altered`: the quoted wording differs from another source's for the same speaker and occasion;
 * - `context-dropped`: a condition, qualifier or negation the other source has is missing here;
 * - `misattributed`: the same words are attributed to a different speaker elsewhere;
 * - `number-conflict`: a number, amount or count disagrees;
 * - `date-conflict`: a date or time disagrees, after resolving relative dates;
 * - `name-conflict`: a different person is named in the same role;
 * - `role-conflict`: the same person is given a different title or role;
 * - `negation-conflict`: the same proposition with opposite polarity;
 * - `not-found`: no other source covers this claim.
 */
export type FindingKind = z.infer<typeof FindingKind>;

/** The place in another source (or elsewhere in the same one) that a finding compares with. */
export const FindingReference = z.strictObject({
  /** The id of the other source; equal to the target's id for a finding inside one text. */
  sourceId: z.string().min(1),
  /** The other source's claim, when the comparison is with a claim. */
  claimId: z.string().min(1).optional(),
  /** The words compared with, in the other source. */
  anchor: Anchor,
});
/** The other side of a finding; see the {@link FindingReference} schema. */
export type FindingReference = z.infer<typeof FindingReference>;

/** One observed consistency or inconsistency, with the evidence on both sides. */
export const Finding = z.strictObject({
  /** A stable identifier, unique within one report. */
  id: z.string().min(1),
  /** What was observed. */
  kind: FindingKind,
  /** The target's claim the finding is about; absent for findings about an entity, such as a role conflict. */
  claimId: z.string().min(1).optional(),
  /** The target's entity the finding is about, for name and role conflicts. */
  entityId: z.string().min(1).optional(),
  /** The words in the target source that the finding points at. */
  anchor: Anchor.optional(),
  /** What it was compared with. */
  other: FindingReference.optional(),
  /** The finding in one sentence a reader understands. */
  message: z.string().min(1),
  /** What the other source has (the number, the name, the wording). */
  expected: z.string().optional(),
  /** What the target has instead. */
  actual: z.string().optional(),
  /** The ids of the rules that produced the finding. */
  rules: z.array(z.string().min(1)),
});
/** One observed (in)consistency; see the {@link Finding} schema. */
export type Finding = z.infer<typeof Finding>;

/** The fixed vocabulary of verdict ratings. */
export const Rating = z.enum(['supported', 'mixed', 'misquoted', 'misattributed', 'disputed', 'unverified']);
/**
 * The outcome for one claim: `supported`, `mixed`, `misquoted`, `misattributed`, `disputed`,
 * or `unverified` (no other source covers it; no evidence is not contradiction).
 */
export type Rating = z.infer<typeof Rating>;

/**
 * Each rating's schema.org `ClaimReview` value on a 1 (worst) to 5 (best) scale; `unverified`
 * has none.
 */
export const RATING_VALUES: Readonly<Record<Rating, number | null>> = Object.freeze({
  supported: 5,
  mixed: 3,
  misquoted: 2,
  misattributed: 2,
  disputed: 1,
  unverified: null,
});

/** The outcome of checking one claim against other sources. */
export const Verdict = z.strictObject({
  /** The claim judged. */
  claimId: z.string().min(1),
  /** The outcome. */
  rating: Rating,
  /** The findings the rating rests on. */
  findingIds: z.array(z.string().min(1)),
  /** The findings in one line each, for a reader. */
  explanation: z.string(),
});
/** The outcome for one claim; see the {@link Verdict} schema. */
export type Verdict = z.infer<typeof Verdict>;

/** The result of checking one analysis against others. */
export const ConsistencyReport = z.strictObject({
  /** The id of the source checked. */
  targetId: z.string().min(1),
  /** The ids of the sources it was checked against. */
  againstIds: z.array(z.string().min(1)),
  /** One verdict per claim of the target. */
  verdicts: z.array(Verdict),
  /** Everything observed, which the verdicts refer to by id. */
  findings: z.array(Finding),
});
/** The result of a consistency check; see the {@link ConsistencyReport} schema. */
export type ConsistencyReport = z.infer<typeof ConsistencyReport>;
