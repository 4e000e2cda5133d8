/**
 * A pronoun right after an object cue is the whole of what is named: it takes no phrase after it
 * as a modifier, so a phrase of place, time or means, or a clause of reason, that follows belongs
 * to the act. "On" before a common noun gives the topic the verb asks for and goes on with what
 * is named.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a pronoun object before an adjunct', () => {
  it('ends before a place or a medium', () => {
    expect(quotesIn('Senator Ruiz mocked him on Capitol Hill.')).toEqual([{ content: 'him', cue: 'mocked', speaker: 'Senator Ruiz' }]);
    expect(quotesIn('Ruiz praised it in print.')).toEqual([{ content: 'it', cue: 'praised', speaker: 'Ruiz' }]);
  });

  it('ends before a time', () => {
    expect(quotesIn('Kell criticized him last spring.')).toEqual([{ content: 'him', cue: 'criticized', speaker: 'Kell' }]);
  });

  it('ends before a clause of reason', () => {
    expect(quotesIn('Lind opposed it because the fee was too high.')).toEqual([{ content: 'it', cue: 'opposed', speaker: 'Lind' }]);
  });

  it('goes on with a topic after "on" and with a complement the verb asks for', () => {
    expect(quotesIn('Kell criticized him on trade.')).toEqual([{ content: 'him on trade', cue: 'criticized', speaker: 'Kell' }]);
    expect(quotesIn('Kell faulted him over the delay.')).toEqual([{ content: 'him over the delay', cue: 'faulted', speaker: 'Kell' }]);
    expect(quotesIn('Lind praised them for the deal.')).toEqual([{ content: 'them for the deal', cue: 'praised', speaker: 'Lind' }]);
  });
});
