/**
 * "cautioned against panic", "advised against travel": like "warned against", "cautioned against"
 * and "advised against" name what the speaker advised against, a noun phrase as well as a gerund; a
 * plain "cautioned that ..." or "advised someone to ..." keeps its own frame.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"cautioned against" and what is advised against', () => {
  it('takes a noun phrase or a gerund after "against"', () => {
    expect(spokenQuotes('The Brennock county coroner cautioned against hasty conclusions.')).toEqual([
      { content: 'hasty conclusions', cue: 'cautioned against', speaker: 'The Brennock county coroner' },
    ]);
    expect(spokenQuotes('Ilse Marten cautioned against swimming near the weir.')).toEqual([
      { content: 'swimming near the weir', cue: 'cautioned against', speaker: 'Ilse Marten' },
    ]);
  });

  it('keeps a clause after a plain "cautioned"', () => {
    expect(spokenQuotes('Ilse Marten cautioned that the weir was unsafe.')).toEqual([
      { content: 'the weir was unsafe', cue: 'cautioned', speaker: 'Ilse Marten' },
    ]);
  });

  it('reads a listener before "against" as "warned" does', () => {
    expect(spokenQuotes('Officials cautioned residents against drinking tap water.')).toEqual([
      { content: 'residents against drinking tap water', cue: 'cautioned', speaker: 'Officials' },
    ]);
    expect(spokenQuotes('The coroner cautioned reporters against hasty conclusions.')).toEqual([
      { content: 'reporters against hasty conclusions', cue: 'cautioned', speaker: 'The coroner' },
    ]);
  });

  it('takes what is advised against after "advised against"', () => {
    expect(spokenQuotes('The Brennock fire service advised against lighting barbecues in the park.')).toEqual([
      { content: 'lighting barbecues in the park', cue: 'advised against', speaker: 'The Brennock fire service' },
    ]);
    expect(spokenQuotes('The Brennock fire service advised campers to leave by noon.')).toEqual([
      { content: 'campers to leave by noon', cue: 'advised', speaker: 'The Brennock fire service' },
    ]);
  });
});
