/**
 * "The firm that built the pier, Dorsey Marine, denies any wrongdoing.": a description with a
 * relative clause or a prepositional phrase of its own, then a name set off by commas, is the
 * subject of the present-tense cue after it, not what an inverted speaker ("any wrongdoing") said.
 * A clause with its own verb before the name is still what was said ("The storm hit farms in Kent,
 * Essex, says Ana Lind").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a description and a name before a present-tense cue', () => {
  it('reads the description with a relative clause as the subject', () => {
    expect(spokenQuotes('The firm that built the pier, Dorsey Marine, denies any wrongdoing.')).toEqual([{ content: 'any wrongdoing', cue: 'denies', speaker: 'The firm that built the pier, Dorsey Marine' }]);
  });

  it('reads the description with a prepositional phrase as the subject', () => {
    expect(spokenQuotes('The company responsible for maintaining the pier, Dorsey Marine, denies the findings.')).toEqual([{ content: 'the findings', cue: 'denies', speaker: 'The company responsible for maintaining the pier, Dorsey Marine' }]);
  });

  it('keeps a clause with its own verb as what was said', () => {
    expect(spokenQuotes('The storm hit farms in Kent, Essex, says Ana Lind.')).toEqual([{ content: 'The storm hit farms in Kent, Essex', cue: 'says', speaker: 'Ana Lind' }]);
    expect(spokenQuotes('The rise came on top of cuts in Leeds, Sheffield, says the union.')).toEqual([{ content: 'The rise came on top of cuts in Leeds, Sheffield', cue: 'says', speaker: 'the union' }]);
  });
});
