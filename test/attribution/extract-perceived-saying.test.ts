/**
 * A verb of perception takes an object and a bare infinitive ("heard Lind say ..."): the object is
 * the subject of the infinitive, so it speaks, whatever its number, and a pronoun in the object
 * case ("him", "her") does too. Only a clause or a quotation after the infinitive is a statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue in the bare infinitive after a verb of perception', () => {
  it('is spoken by the object of the perception verb', () => {
    expect(quotesIn('Marla heard Dunmore say that the bridge was unsafe.')).toEqual([
      { content: 'the bridge was unsafe', cue: 'say', speaker: 'Dunmore' },
    ]);
    expect(quotesIn('Nobody has heard her say the plan would fail.')).toEqual([
      { content: 'the plan would fail', cue: 'say', speaker: 'her' },
    ]);
    expect(quotesIn('Marla heard him say that the levy was dead.')).toEqual([
      { content: 'the levy was dead', cue: 'say', speaker: 'him' },
    ]);
    expect(quotesIn('We saw Dunmore say, "The bridge is safe."')).toContainEqual({
      content: '"The bridge is safe."',
      cue: 'say',
      speaker: 'Dunmore',
    });
  });

  it('reads no statement into a thing heard or seen done', () => {
    expect(quotesIn('Still, hearing Rask say it twice made the threat sound real.')).toEqual([]);
    expect(quotesIn('I saw Lind leave the hall.')).toEqual([]);
  });
});
