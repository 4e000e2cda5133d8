import { z } from 'zod';

/**
 * A stretch of `Source.text`: UTF-16 code unit offsets (JavaScript string indices), `end`
 * exclusive, so `text.slice(start, end)` is the stretch. These are the numbers of a W3C
 * `TextPositionSelector`.
 */
export const Span = z
  .strictObject({
    /** Offset of the first code unit, from 0. */
    start: z.int().nonnegative(),
    /** Offset just past the last code unit; never less than `start`. */
    end: z.int().nonnegative(),
  })
  .refine((span) => span.end >= span.start, {
    message: 'end must not be less than start',
    path: ['end'],
  });
/** A stretch of `Source.text`; see the {@link Span} schema. */
export type Span = z.infer<typeof Span>;

/**
 * A span that survives edits of the text: the offsets plus the W3C `TextQuoteSelector`
 * fields. `exact` always equals `text.slice(span.start, span.end)` for the text the anchor
 * was made from; `prefix` and `suffix` hold up to 32 code units of context either side.
 */
export const Anchor = z.strictObject({
  /** Where the anchored words stand in the text they were taken from. */
  span: Span,
  /** The anchored words, exactly as they stand in the text. */
  exact: z.string(),
  /** Up to 32 code units of text just before `exact` (fewer at the start of the text). */
  prefix: z.string(),
  /** Up to 32 code units of text just after `exact` (fewer at the end of the text). */
  suffix: z.string(),
});
/** A span with its quoted context; see the {@link Anchor} schema. */
export type Anchor = z.infer<typeof Anchor>;
