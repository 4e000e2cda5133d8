/**
 * A verb of saying or of casting someone as something after a cue of intention ("declined to say",
 * "sought to convey", "sought to characterize"): what the would-be statement holds is the content,
 * as after "refused to endorse"; for a verb of saying, only a clause opened by a question word or
 * by "that".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a verb of saying after a cue of intention', () => {
  it('reads what was not said after "declined to say"', () => {
    expect(quotesIn('Mayor Dana Kell declined to say who would run the mill.')).toEqual([
      { content: 'who would run the mill', cue: 'declined', speaker: 'Mayor Dana Kell' },
    ]);
  });

  it('reads the clause after "sought to convey that", without "that"', () => {
    expect(quotesIn('The harbor master sought to convey that the ferries were safe.')).toEqual([
      { content: 'the ferries were safe', cue: 'sought', speaker: 'The harbor master' },
    ]);
  });

  it('reads the clause after adverbs between the verb and the question word', () => {
    expect(quotesIn('Mayor Dana Kell refused to say for sure who would run the mill.')).toEqual([
      { content: 'for sure who would run the mill', cue: 'refused', speaker: 'Mayor Dana Kell' },
    ]);
  });

  it('keeps the whole infinitive when no clause follows the verb of saying', () => {
    expect(quotesIn('The harbor master sought to convey that message to the crews.')).toEqual([
      { content: 'to convey that message to the crews', cue: 'sought', speaker: 'The harbor master' },
    ]);
    expect(quotesIn('Mayor Dana Kell declined to say more.')).toEqual([{ content: 'to say more', cue: 'declined', speaker: 'Mayor Dana Kell' }]);
  });
});

describe('a verb of casting someone as something after a cue of intention', () => {
  it('reads who is cast and as what after "sought to characterize"', () => {
    expect(quotesIn('Ruth Ambler has sought to characterize her years at the co-op as a success.')).toEqual([
      { content: 'her years at the co-op as a success', cue: 'sought', speaker: 'Ruth Ambler' },
    ]);
  });

  it('reads the self-description after "sought to distinguish"', () => {
    expect(quotesIn('Senator Ola Brandt has sought to distinguish herself as the candidate of the farms.')).toEqual([
      { content: 'herself as the candidate of the farms', cue: 'sought', speaker: 'Senator Ola Brandt' },
    ]);
  });

  it('still reads the whole infinitive after an intention whose verb is no saying', () => {
    expect(quotesIn('Mayor Dana Kell declined to reopen the mill.')).toEqual([
      { content: 'to reopen the mill', cue: 'declined', speaker: 'Mayor Dana Kell' },
    ]);
  });
});
