/**
 * "a group backing former Gov. Ana Ruiz": the name a group backs may open with lower-case words of
 * its title ("former", "embattled", "presidential candidate"); the stand is still read. A stand
 * named inside a subject does not make the comma after the subject's appositive join a second verb
 * to it: the main verb keeps its whole subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"backing" a name that opens with lower-case words of its title', () => {
  it('reads "former Gov. Ana Ruiz" as the name backed', () => {
    expect(quotesIn('Donors gave $2 million last spring to a group backing former Gov. Ana Ruiz.')).toEqual([
      { content: 'former Gov. Ana Ruiz', cue: 'backing', speaker: 'a group' },
    ]);
  });

  it('reads "embattled President Tom Lind" as the name backed', () => {
    expect(quotesIn('Hackers backing embattled President Tom Lind took over the account.')).toEqual([
      { content: 'embattled President Tom Lind', cue: 'backing', speaker: 'Hackers' },
    ]);
  });

  it('reads no stand when lower-case words lead to no name', () => {
    expect(quotesIn('Groups backing tougher rules in Dover spent $2 million.')).toEqual([]);
  });

  it('keeps the appositive in the subject of the main verb after the stand', () => {
    expect(quotesIn('The head of the group backing former Gov. Ana Ruiz for mayor, Tom Vale, praised the donors.')).toEqual([
      { content: 'former Gov. Ana Ruiz', cue: 'backing', speaker: 'The head of the group' },
      { content: 'the donors', cue: 'praised', speaker: 'The head of the group backing former Gov. Ana Ruiz for mayor, Tom Vale' },
    ]);
  });
});
