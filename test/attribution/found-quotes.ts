/**
 * What the extraction tests pin of each quote `analyze` finds: the exact words of its content,
 * cue and speaker mention, the name of the entity the speaker resolves to, and its mode. Three
 * cuts of it, so that each test file asserts only what it is about.
 */
import { analyze, type AnalyzeOptions, type QuoteMode } from '../../src/index.js';

/** A quote's content, cue and speaker mention as written. */
export interface SpokenQuote {
  readonly content: string;
  readonly cue?: string;
  readonly speaker?: string;
}

/** {@link SpokenQuote} and the quote's mode. */
export interface ModedQuote extends SpokenQuote {
  readonly mode: QuoteMode;
}

/** {@link ModedQuote} and the name of the entity the speaker resolves to (absent when it resolves to none). */
export interface ResolvedQuote extends ModedQuote {
  readonly entity?: string;
}

/** Every quote `analyze` finds in `text`, with the entity its speaker resolves to. */
export function resolvedQuotes(text: string, options?: AnalyzeOptions): ResolvedQuote[] {
  const analysis = analyze({ text }, options);
  const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
  return analysis.quotes.map((quote) => {
    const entityId = quote.speaker?.entityId;
    const entity = entityId === undefined ? undefined : names.get(entityId);
    return {
      content: quote.content.exact,
      ...(quote.cue === undefined ? {} : { cue: quote.cue.exact }),
      ...(quote.speaker === undefined ? {} : { speaker: quote.speaker.text }),
      ...(entity === undefined ? {} : { entity }),
      mode: quote.mode,
    };
  });
}

/** Every quote `analyze` finds in `text`: content, cue, speaker and mode. */
export function modedQuotes(text: string): ModedQuote[] {
  return resolvedQuotes(text).map(({ entity: _entity, ...rest }) => rest);
}

/** Every quote `analyze` finds in `text`: content, cue and speaker. */
export function spokenQuotes(text: string): SpokenQuote[] {
  return resolvedQuotes(text).map(({ entity: _entity, mode: _mode, ...rest }) => rest);
}

/** {@link SpokenQuote} and what the speaker resolves to: the entity's name, or its kind. */
export interface AttributedQuote extends SpokenQuote {
  readonly entity?: string;
}

/** Every quote `analyze` finds in `text`: content, cue, speaker and the name of the entity the speaker resolves to. */
export function attributedQuotes(text: string): AttributedQuote[] {
  return resolvedQuotes(text).map(({ mode: _mode, ...rest }) => rest);
}

/** {@link SpokenQuote} and the kind of the entity the speaker resolves to. */
export interface TypedQuote extends SpokenQuote {
  readonly kind?: string;
}

/** Every quote `analyze` finds in `text`: content, cue, speaker and the kind of the entity the speaker resolves to. */
export function typedQuotes(text: string): TypedQuote[] {
  const analysis = analyze({ text });
  const kinds = new Map(analysis.entities.map((entity) => [entity.id, entity.kind]));
  return spokenQuotes(text).map((quote, index) => {
    const entityId = analysis.quotes[index]?.speaker?.entityId;
    const kind = entityId === undefined ? undefined : kinds.get(entityId);
    return kind === undefined ? quote : { ...quote, kind };
  });
}
