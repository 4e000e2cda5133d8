import { z } from 'zod';
import { parseModel, safeParseModel, type SafeResult } from './errors.js';
import { textFingerprint } from './fingerprint.js';

/** What kind of text a source is. */
export const SourceKind = z.enum(['article', 'transcript', 'statement', 'post', 'other']);
/** What kind of text a source is: `article`, `transcript`, `statement`, `post` or `other`. */
export type SourceKind = z.infer<typeof SourceKind>;

/** An ISO 8601 date (`2025-12-04`) or date-time with an optional offset (`2025-12-04T09:30:00Z`). */
export const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);
/** An ISO 8601 date or date-time string. */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * One text to analyze (an article, a transcript, a statement, a post) and what is known about
 * where it comes from. Every offset claimtrail reports refers to `text` exactly as given here.
 */
export const Source = z.strictObject({
  /** A stable identifier; {@link createSource} derives one from the text when none is given. */
  id: z.string().min(1),
  /** What kind of text this is. */
  kind: SourceKind,
  /** The full text, unchanged: every span refers to it. */
  text: z.string(),
  /** The headline or title, when it is known apart from the text. */
  title: z.string().optional(),
  /** Who published the text (an outlet, an agency, a ministry). */
  publisher: z.string().optional(),
  /** Where the text was published. */
  url: z.url().optional(),
  /** When the text was published; relative dates ("yesterday") are resolved against it. */
  publishedAt: IsoDate.optional(),
  /** The text's language as a BCP 47 tag, e.g. `en` or `en-GB`. */
  language: z.string().regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, 'expected a BCP 47 language tag').optional(),
});
/** One text and its metadata; see the {@link Source} schema. */
export type Source = z.infer<typeof Source>;

/** What {@link createSource} accepts: a {@link Source} whose `id` and `kind` may be left out. */
export const SourceInput = Source.extend({
  /** A stable identifier; derived from the text when left out. */
  id: z.string().min(1).optional(),
  /** What kind of text this is; `article` when left out. */
  kind: SourceKind.optional(),
});
/** The input of {@link createSource}; see the {@link SourceInput} schema. */
export type SourceInput = z.input<typeof SourceInput>;

function fillSource(input: z.output<typeof SourceInput>): Source {
  const { id, kind, ...rest } = input;
  return { id: id ?? `src-${textFingerprint(rest.text)}`, kind: kind ?? 'article', ...rest };
}

/**
 * Validates a source and fills its defaults: an `id` derived from the text (the same text
 * always gives the same id) and `kind: 'article'`. The text is never changed, because every
 * offset refers to it as given.
 *
 * @throws {@link ClaimtrailError} when the input does not fit {@link SourceInput}.
 * @example
 * ```ts
 * const source = createSource({ text: 'Putin said talks were useful.', publishedAt: '2025-12-04' });
 * source.kind; // 'article'
 * source.id;   // 'src-…', stable for this text
 * ```
 */
export function createSource(input: SourceInput): Source {
  return plainSource(input) ?? fillSource(parseModel(SourceInput, input, 'Source'));
}

/** The values `kind` may take, for {@link plainSource}. */
const SOURCE_KINDS: ReadonlySet<unknown> = new Set(SourceKind.options);

/**
 * The common case of {@link createSource} without the schema: a plain object with only `text`
 * and some of `id`, `kind`, `title` and `publisher`, each a valid value. The result is what the
 * schema gives, key for key and in its order; anything else (other fields, whose checks are
 * longer, or any doubt) is undefined and goes through the schema.
 */
function plainSource(input: unknown): Source | undefined {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  const keys = Reflect.ownKeys(input).length;
  const { id, kind, text, title, publisher } = input as Record<string, unknown>;
  if (typeof text !== 'string') return undefined;
  let known = 1;
  if (id !== undefined) {
    if (typeof id !== 'string' || id === '') return undefined;
    known++;
  }
  if (kind !== undefined) {
    if (!SOURCE_KINDS.has(kind)) return undefined;
    known++;
  }
  if (title !== undefined) {
    if (typeof title !== 'string') return undefined;
    known++;
  }
  if (publisher !== undefined) {
    if (typeof publisher !== 'string') return undefined;
    known++;
  }
  // (An unknown field, or a known one set to undefined, is left to the schema.)
  if (known !== keys) return undefined;
  const source: Source = { id: id ?? `src-${textFingerprint(text)}`, kind: (kind as SourceKind | undefined) ?? 'article', text };
  if (title !== undefined) source.title = title;
  if (publisher !== undefined) source.publisher = publisher;
  return source;
}

/**
 * Like {@link createSource}, but returns `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeCreateSource({ text: 42 });
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export function safeCreateSource(input: unknown): SafeResult<Source> {
  const result = safeParseModel(SourceInput, input, 'Source');
  return result.success ? { success: true, data: fillSource(result.data) } : result;
}
