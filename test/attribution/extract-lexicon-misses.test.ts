/**
 * Statements whose cue is in the lexicon but whose verb phrase takes a less common shape: a
 * contracted auxiliary on the subject, an adjunct before the content, a relative clause before
 * the cue.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions, type QuoteMode } from '../../src/index.js';

/**
 * What a test pins of one quote: the exact words of its content, cue and speaker mention, the name
 * of the entity the speaker resolves to, and its mode.
 */
interface Found {
  readonly content: string;
  readonly cue?: string;
  readonly speaker?: string;
  /** The name of the entity the speaker mention resolves to; absent when it resolves to none. */
  readonly entity?: string;
  readonly mode: QuoteMode;
}

/** Every quote `analyze` finds in `text`, cut down to what these tests pin. */
function quotesIn(text: string, options?: AnalyzeOptions): Found[] {
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

describe('a subject pronoun with a contracted auxiliary', () => {
  it('reads a progressive after "She\'s": She\'s suggesting that Y.', () => {
    expect(quotesIn('Senator Ana Mora met farmers in Dunmore. She\'s suggesting that the dam should wait.')).toEqual([
      { content: 'the dam should wait', cue: 'suggesting', speaker: "She's", entity: 'Ana Mora', mode: 'indirect' },
    ]);
  });

  it('reads a progressive after a curly apostrophe: They’re arguing that Y.', () => {
    expect(quotesIn('The farmers met on Monday. They’re arguing that the tax is unfair.')).toEqual([
      { content: 'the tax is unfair', cue: 'arguing', speaker: 'They’re', entity: 'The farmers', mode: 'indirect' },
    ]);
  });

  it('reads a modal in the contraction: I\'d add that Y.', () => {
    expect(quotesIn("I'd add that the vote was close.")).toEqual([{ content: 'the vote was close', cue: 'add', speaker: "I'd", mode: 'indirect' }]);
  });

  it('reads "\'s" before a participle as "has": He\'s said Y.', () => {
    expect(quotesIn("He's said the ferry will run again.")).toEqual([{ content: 'the ferry will run again', cue: 'said', speaker: "He's", mode: 'indirect' }]);
  });

  it('ends the content of a relative clause with a contracted pronoun at its comma', () => {
    expect(quotesIn("Tom Reyes, who's been calling for a recount, left early.")).toEqual([
      { content: 'a recount', cue: 'calling for', speaker: "who's", entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });
});
