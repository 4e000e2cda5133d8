import { z } from 'zod';
import type { Analysis } from '../model/analysis.js';
import { QuoteMode, type Quote } from '../model/quote.js';
import { IsoDate } from '../model/source.js';

// These schemas describe an exchange format shared with other tools (the reference scorer is a
// Python script), so they are plain `z.object`s: fields claimtrail does not use, such as a
// gold file's `resolvedSpeaker`, `tags`, `note` or `entities`, are accepted and dropped.

const Offset = z.int().nonnegative();

/**
 * One attribution in the evaluation format: where the attributed content stands, and where its
 * speaker and cue stand (null when there is none). Offsets are UTF-16 code units into the
 * document's `text`, end exclusive. Gold data and predictions share this format; scoring reads
 * only the offsets, the words are there for people reading the file.
 */
export const AttributionRecord = z
  .object({
    /** The attributed content's words, for reading the file; scoring uses `start` and `end`. */
    quoteText: z.string().optional(),
    /** Offset of the attributed content's first code unit. */
    start: Offset,
    /** Offset just past the attributed content's last code unit; never less than `start`. */
    end: Offset,
    /** How the statement is reported (`direct`, `mixed`, `indirect` or `headline`). */
    mode: QuoteMode.optional(),
    /** The speaker's words as they stand in the text, or null when no speaker is given. */
    speaker: z.string().nullable().optional(),
    /** Offset of the speaker's first code unit, or null when no speaker is given. */
    speakerStart: Offset.nullable(),
    /** Offset just past the speaker's last code unit, or null when no speaker is given. */
    speakerEnd: Offset.nullable(),
    /** The cue's words (`said`, `according to`, a headline `:`), or null when there is no cue. */
    cue: z.string().nullable().optional(),
    /** Offset of the cue's first code unit, or null when there is no cue. */
    cueStart: Offset.nullable(),
    /** Offset just past the cue's last code unit, or null when there is no cue. */
    cueEnd: Offset.nullable(),
  })
  .refine((record) => record.end >= record.start, { message: 'end must not be less than start', path: ['end'] });
/** One attribution in the evaluation format; see the {@link AttributionRecord} schema. */
export type AttributionRecord = z.infer<typeof AttributionRecord>;

/**
 * One document of an evaluation file (gold or predicted): its text and every attribution in
 * it. An evaluation file is a JSON array of these. Every content span must lie inside `text`,
 * which is what the reference scorer asserts too.
 */
export const AttributionDocument = z
  .object({
    /** The document's identifier; gold and predicted documents are paired by it. */
    id: z.string().min(1),
    /** The full text every offset refers to. */
    text: z.string(),
    /** When the document was published, so that relative dates can be resolved. */
    publishedAt: IsoDate.optional(),
    /** The attributions in the document. */
    quotes: z.array(AttributionRecord),
  })
  .superRefine((document, context) => {
    document.quotes.forEach((record, index) => {
      if (record.end > document.text.length) {
        context.addIssue({
          code: 'custom',
          path: ['quotes', index, 'end'],
          message: `end ${record.end} is past the end of the text (length ${document.text.length})`,
        });
      }
    });
  });
/** One document of an evaluation file; see the {@link AttributionDocument} schema. */
export type AttributionDocument = z.infer<typeof AttributionDocument>;

function toAttributionRecord(quote: Quote): AttributionRecord {
  const speaker = quote.speaker?.anchor;
  const cue = quote.cue;
  return {
    quoteText: quote.content.exact,
    start: quote.content.span.start,
    end: quote.content.span.end,
    mode: quote.mode,
    speaker: speaker?.exact ?? null,
    speakerStart: speaker?.span.start ?? null,
    speakerEnd: speaker?.span.end ?? null,
    cue: cue?.exact ?? null,
    cueStart: cue?.span.start ?? null,
    cueEnd: cue?.span.end ?? null,
  };
}

/**
 * Turns an analysis into a prediction in the evaluation format, so that claimtrail's output
 * can be scored with {@link scoreAttributions} or with the reference Python scorer. The speaker
 * is the mention as it stands at the quote (a pronoun stays a pronoun), which is what the gold
 * data annotates.
 *
 * @example
 * ```ts
 * const analysis = analyze({ id: 'doc-1', text: 'Ushakov said the talks were useful.' });
 * const prediction = toAttributionDocument(analysis);
 * prediction.id; // 'doc-1'
 * JSON.stringify([prediction]); // a prediction file
 * ```
 */
export function toAttributionDocument(analysis: Analysis): AttributionDocument {
  const { id, text, publishedAt } = analysis.source;
  return {
    id,
    text,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    quotes: analysis.quotes.map(toAttributionRecord),
  };
}
