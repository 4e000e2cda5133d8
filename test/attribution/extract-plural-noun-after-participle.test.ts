/**
 * A word in "-s" that is also a verb of saying ("figures", "estimates", "reports") right after a
 * word in "-ed" is a plural noun that word modifies or governs ("inflated figures"), not a verb
 * with the "-ed" word for its subject; so a comma before it does not end what was said on a new
 * statement. A bare present right after such a noun is its verb ("revised estimates show").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a plural noun after a word in "-ed"', () => {
  it('runs what was said on through the verb and its plural object after an appositive', () => {
    expect(quotesIn('The auditors found that Ines Rubio, the town treasurer, inflated figures for years.')).toEqual([
      { content: 'Ines Rubio, the town treasurer, inflated figures for years', cue: 'found', speaker: 'The auditors' },
    ]);
    expect(quotesIn('The tribunal ruled that Pavel Osgood, who chaired the fund, doctored estimates to please donors.')).toEqual([
      { content: 'Pavel Osgood, who chaired the fund, doctored estimates to please donors', cue: 'ruled', speaker: 'The tribunal' },
    ]);
  });

  it('still ends what was said before a plural noun with a verb of its own', () => {
    expect(quotesIn('Mirela Ostrova said the ferry tax had failed, revised estimates show.')[0]).toEqual({
      content: 'the ferry tax had failed',
      cue: 'said',
      speaker: 'Mirela Ostrova',
    });
  });
});
