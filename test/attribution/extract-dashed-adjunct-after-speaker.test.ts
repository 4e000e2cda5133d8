/**
 * "Lind - speaking in Brill - said ...", "The ministry — for its part — said ...": an adjunct of
 * the saying set off by dashes between the speaker and the cue is no part of the speaker, as it is
 * not between commas ("Lind, speaking in Brill, said"). A relative clause between dashes still is
 * ("The judge — who has sparred with Kell — said").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('an adjunct between dashes after the speaker', () => {
  it('leaves a participle phrase out of the speaker', () => {
    expect(spokenQuotes('Osei — speaking outside the depot — said the drivers would strike.')).toEqual([{ content: 'the drivers would strike', cue: 'said', speaker: 'Osei' }]);
    expect(spokenQuotes('Osei -- speaking outside the depot -- said the drivers would strike.')).toEqual([{ content: 'the drivers would strike', cue: 'said', speaker: 'Osei' }]);
  });

  it('leaves a phrase like "for its part" out of the speaker', () => {
    expect(spokenQuotes('The port authority — for its part — said the cranes were safe.')).toEqual([{ content: 'the cranes were safe', cue: 'said', speaker: 'The port authority' }]);
  });

  it('keeps a relative clause between dashes', () => {
    expect(spokenQuotes('The judge — who has sparred with Kell — said the hearing would resume.')).toEqual([
      { content: 'the hearing would resume', cue: 'said', speaker: 'The judge — who has sparred with Kell' },
    ]);
  });
});
