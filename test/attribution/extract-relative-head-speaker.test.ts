/**
 * A noun of a thing said or decided, followed at once by a capitalised subject, heads a relative
 * clause without "that" ("a move Republicans called reckless"): the subject alone speaks, and the
 * resolved entity is the person or group, not the move.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('speakers after the head of a relative clause without "that"', () => {
  it('starts the speaker after the noun the clause describes', () => {
    expect(quotesIn('The council closed the pool, a decision Mayor Lena Ortt called shortsighted.')).toEqual([
      { content: 'shortsighted', cue: 'called', speaker: 'Mayor Lena Ortt' },
    ]);
    expect(quotesIn('The board raised fees again, a move Republicans called reckless.')).toEqual([
      { content: 'reckless', cue: 'called', speaker: 'Republicans' },
    ]);
  });

  it('resolves the subject to its entity', () => {
    const text = 'Mayor Lena Ortt opened the session.\n\nThe council closed the pool, a decision Ortt called shortsighted.';
    const analysis = analyze({ text });
    const quote = analysis.quotes.find((q) => q.cue?.exact === 'called');
    const entity = analysis.entities.find((e) => e.id === quote?.speaker?.entityId);
    expect(quote?.speaker?.text).toBe('Ortt');
    expect(entity?.name).toBe('Lena Ortt');
  });

  it('keeps a name set beside a noun of a person or a body', () => {
    expect(quotesIn('The group Citizens for Parks said the plan was a mistake.')).toEqual([
      { content: 'the plan was a mistake', cue: 'said', speaker: 'The group Citizens for Parks' },
    ]);
    expect(quotesIn('The former candidate Ted Marr said he would run again.')).toEqual([
      { content: 'he would run again', cue: 'said', speaker: 'The former candidate Ted Marr' },
    ]);
  });
});
