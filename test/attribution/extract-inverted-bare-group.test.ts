/**
 * "The van had been stolen, said police.": after a comma, "said" with a bare group of officials,
 * investigators or witnesses after it is inverted, as with a name or "the"; that group is the
 * speaker of what came before. (A clause after the group, "said officials would decide", keeps the
 * cue reading forwards.)
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an inverted cue before a bare group', () => {
  it('reads the group as the speaker of what came before', () => {
    expect(spokenQuotes('The van had been stolen in Dunmore, said police.')).toEqual([
      { content: 'The van had been stolen in Dunmore', cue: 'said', speaker: 'police' },
    ]);
    expect(spokenQuotes('The van had been stolen, said state investigators, who gave no motive.')).toEqual([
      { content: 'The van had been stolen', cue: 'said', speaker: 'state investigators' },
    ]);
  });

  it('reads forwards when a clause follows the group', () => {
    expect(spokenQuotes('Ana Lind, however, said officials would decide.')).toEqual([
      { content: 'officials would decide', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});
