/**
 * A cue that takes both an object and a clause ("claim", "allege"), with a relative pronoun before
 * its subject, reports a clause whose subject is that pronoun: the finite verb right after the cue
 * opens it, and the content starts with the pronoun.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative pronoun as the gapped subject after "claims" or "alleged"', () => {
  it('opens what was claimed', () => {
    expect(quotesIn('The senator backed a plan which he claims has failed badly.')).toContainEqual({
      content: 'which he claims has failed badly',
      cue: 'claims',
      speaker: 'he',
    });
    expect(quotesIn('Critics attacked Dunmore, who she claimed was unfair to the workers.')).toContainEqual({
      content: 'who she claimed was unfair to the workers',
      cue: 'claimed',
      speaker: 'she',
    });
    expect(quotesIn('The board dropped the levy, which the growers alleged had ruined their orchards.')).toContainEqual({
      content: 'which the growers alleged had ruined their orchards',
      cue: 'alleged',
      speaker: 'the growers',
    });
  });

  it('leaves an object clause without a relative pronoun unread', () => {
    expect(quotesIn('The seat Lind claimed was vacant.')).toEqual([]);
    expect(quotesIn('Lind claimed victory.')).toEqual([{ content: 'victory', cue: 'claimed', speaker: 'Lind' }]);
  });
});
