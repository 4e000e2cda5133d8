import { z } from 'zod';
import { Claim } from './claim.js';
import { Entity, Mention } from './entity.js';
import { Quote } from './quote.js';
import { Source } from './source.js';
import { Span } from './span.js';

/** How serious a diagnostic is. */
export const Severity = z.enum(['error', 'warning', 'info']);
/** How serious a diagnostic is: `error`, `warning` or `info`. */
export type Severity = z.infer<typeof Severity>;

/**
 * A problem found in a *text* (an unclosed quote mark, a pronoun with no antecedent), in the
 * shape of a vfile message. Bad text never throws; it yields diagnostics.
 */
export const Diagnostic = z.strictObject({
  /** What is wrong, in one sentence. */
  reason: z.string().min(1),
  /** Where in the text the problem is. */
  span: Span.optional(),
  /** The id of the rule that found the problem, e.g. `quote-marks.unclosed`. */
  ruleId: z.string().min(1),
  /** Always `claimtrail`, so that diagnostics mix with those of other tools. */
  source: z.literal('claimtrail'),
  /** How serious the problem is. */
  severity: Severity,
  /** What was found, when that helps. */
  actual: z.string().optional(),
  /** What was expected instead, when that helps. */
  expected: z.string().optional(),
});
/** A problem found in a text; see the {@link Diagnostic} schema. */
export type Diagnostic = z.infer<typeof Diagnostic>;

/** Everything claimtrail knows about one source: its entities, quotes, claims and diagnostics. */
export const Analysis = z.strictObject({
  /** The source analyzed. */
  source: Source,
  /** The speakers and other actors found, with their roles. */
  entities: z.array(Entity),
  /** Every place an entity is named or referred to. */
  mentions: z.array(Mention),
  /** The attribution relations found. */
  quotes: z.array(Quote),
  /** The propositions asserted, attributed or in the outlet's own voice. */
  claims: z.array(Claim),
  /** Problems found in the text. */
  diagnostics: z.array(Diagnostic),
});
/** Everything known about one source; see the {@link Analysis} schema. */
export type Analysis = z.infer<typeof Analysis>;
