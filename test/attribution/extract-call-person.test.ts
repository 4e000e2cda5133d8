/**
 * "call" with a lone name or pronoun as its object is a phone call, not a statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('calling someone', () => {
  it('reads no statement in a call to a named person', () => {
    expect(quotesIn('Mr. Vega called Ana Pike.')).toEqual([]);
    expect(quotesIn('Lind called them.')).toEqual([]);
  });

  it('still reads what someone or something was called', () => {
    expect(quotesIn('Kell called Ruiz a liar.')).toEqual([{ content: 'Ruiz a liar', cue: 'called', speaker: 'Kell' }]);
    expect(quotesIn('Kell called the plan absurd.')).toEqual([{ content: 'the plan absurd', cue: 'called', speaker: 'Kell' }]);
    expect(quotesIn('Kell called the rebels terrorists.')).toEqual([{ content: 'the rebels terrorists', cue: 'called', speaker: 'Kell' }]);
  });
});
