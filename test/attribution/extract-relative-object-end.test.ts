/**
 * The object of a cue inside a relative clause without commas ends where the main clause's own
 * cue of saying follows: "Growers who supported the levy expressed doubts ...".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an object inside a relative clause before the main cue', () => {
  it('ends the object before the main clause cue', () => {
    expect(quotesIn('Growers who supported the harbor levy expressed doubts that the ferry would run.')).toEqual([
      { content: 'the harbor levy', cue: 'supported', speaker: 'who' },
      { content: 'the ferry would run', cue: 'expressed', speaker: 'Growers who supported the harbor levy' },
    ]);
  });

  it('leaves an adverb before the main cue out of the object', () => {
    expect(quotesIn('Two councillors who endorsed Ana Lind just said the mill would close.')).toEqual([
      { content: 'Ana Lind', cue: 'endorsed', speaker: 'who' },
      { content: 'the mill would close', cue: 'said', speaker: 'Two councillors who endorsed Ana Lind' },
    ]);
  });

  it('ends the object before a capitalised cue in a headline', () => {
    expect(quotesIn('Actor Who Endorsed Ben Ortiz Calls Mayor A Fraud')).toEqual([{ content: 'Ben Ortiz', cue: 'Endorsed', speaker: 'Who' }]);
  });

  it('keeps a second verb of the relative clause after "and" out of the main clause', () => {
    expect(quotesIn('Residents who praised the ferry and the harbor were pleased.')).toEqual([
      { content: 'the ferry and the harbor', cue: 'praised', speaker: 'who' },
    ]);
  });
});
