/**
 * In a relative clause on the sentence's subject ("Voters who praised the plan stayed home"), what
 * the relative clause's cue names ends where the main clause's verb follows, also when that verb
 * is a past form no word list knows; a participle on the object ("the toll drafted by Kell", "the
 * levy drafted for the port") is no such verb.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a past verb after the object of a relative clause on the subject', () => {
  it('ends the object', () => {
    expect(quotesIn('Growers who praised the ferry plan stayed home.')).toEqual([{ content: 'the ferry plan', cue: 'praised', speaker: 'who' }]);
    expect(quotesIn('Growers who opposed the pier toll sank the measure in March.')).toEqual([{ content: 'the pier toll', cue: 'opposed', speaker: 'who' }]);
  });

  it('is not a participle on the object', () => {
    expect(quotesIn('Growers who praised the levy drafted by Ana Pike stayed home.')[0]).toEqual({ content: 'the levy drafted by Ana Pike', cue: 'praised', speaker: 'who' });
    expect(quotesIn('Growers who praised the levy drafted for the port stayed home.')[0]).toEqual({ content: 'the levy drafted for the port', cue: 'praised', speaker: 'who' });
  });

  it('is not the verb of a clause with a pronoun subject', () => {
    expect(quotesIn('Growers who praised the levy because it lowered fares stayed home.')[0]?.content).toBe('the levy because it lowered fares');
  });
});
