import { z } from 'zod';
import { Mention } from './entity.js';
import { Anchor } from './span.js';

/** How a statement is reported. */
export const QuoteMode = z.enum(['direct', 'mixed', 'indirect', 'headline']);
/**
 * How a statement is reported: `direct` (wholly inside quote marks), `mixed` (reported speech
 * with quoted fragments), `indirect` (reported speech, no quote marks) or `headline` (a
 * headline's `Speaker: "words"`).
 */
export type QuoteMode = z.infer<typeof QuoteMode>;

/** One attribution relation: these words (or this content) were said or held by this speaker. */
export const Quote = z.strictObject({
  /** A stable identifier, unique within one analysis. */
  id: z.string().min(1),
  /** The id of the {@link Source} the quote was found in. */
  sourceId: z.string().min(1),
  /** What was said or believed: the quoted words or the reported content. */
  content: Anchor,
  /** How the statement is reported. */
  mode: QuoteMode,
  /** The words that introduce the statement (`said`, `warned`, `according to`, a headline `:`). */
  cue: Anchor.optional(),
  /** Who said it, as named at this place in the text, with the entity it resolves to. */
  speaker: Mention.optional(),
  /** How sure the extraction is, from 0 to 1. */
  confidence: z.number().min(0).max(1),
  /** The ids of the rules that produced this quote, in the order they fired. */
  rules: z.array(z.string().min(1)),
});
/** One attribution relation; see the {@link Quote} schema. */
export type Quote = z.infer<typeof Quote>;
