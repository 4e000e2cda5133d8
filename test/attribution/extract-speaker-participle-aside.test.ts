/**
 * "Duvall, appearing later on the show, insisted ...": a participle's phrase between commas after
 * the subject is a free adjunct of the speaker's clause, no part of the speaker. A word in "-ing"
 * that qualifies a title ("managing director"), a preposition ("including") and a noun in "-thing"
 * open an appositive or a joined phrase instead, which stays with the speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle aside between the subject and the cue', () => {
  it('leaves the aside out of the speaker', () => {
    expect(spokenQuotes('Duvall, appearing later on the show, insisted the bill would create jobs.')[0]).toMatchObject({
      content: 'the bill would create jobs',
      cue: 'insisted',
      speaker: 'Duvall',
    });
    expect(spokenQuotes('Senator Oakes, looking tired after the vote, said the harbor bill was dead.')[0]).toMatchObject({
      content: 'the harbor bill was dead',
      cue: 'said',
      speaker: 'Senator Oakes',
    });
  });

  it('keeps a title, a joined phrase and a noun in "-thing" with the speaker', () => {
    expect(spokenQuotes('Rolf Pell, managing director at Varn Capital, said the shares were cheap.')[0]).toMatchObject({
      speaker: 'Rolf Pell, managing director at Varn Capital',
    });
    expect(spokenQuotes('Four unions in Dunmore, including the drivers, said the talks had failed.')[0]).toMatchObject({
      speaker: 'Four unions in Dunmore, including the drivers',
    });
    expect(spokenQuotes('Mira Lind, something of a maverick, said the dam would fail.')[0]).toMatchObject({
      speaker: 'Mira Lind, something of a maverick',
    });
  });
});
