/**
 * "Pickets lined the quay, chanting “Fair pay now” and banging drums": a second verb of the
 * cue's own form after the quotation the cue opened is the speaker's next act, so what was
 * chanted ends at the closing mark.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a second verb after a quotation a cue opened', () => {
  it('ends a participle\'s quotation before "and" and a verb in -ing', () => {
    expect(spokenQuotes('Pickets lined the quay, chanting "Fair pay now" and banging drums.')).toEqual([
      { content: '"Fair pay now"', cue: 'chanting', speaker: 'Pickets' },
    ]);
  });

  it('ends a past cue\'s quotation before "and" and a verb in -ed', () => {
    expect(spokenQuotes('The dockers shouted "Open the gates!" and pushed toward the fence.')).toEqual([
      { content: '"Open the gates!"', cue: 'shouted', speaker: 'The dockers' },
    ]);
  });

  it('keeps a verb joined inside what was talked about', () => {
    expect(spokenQuotes('Ivo Brann spoke about "fixing the quay" and making it pay.')).toEqual([
      { content: '"fixing the quay" and making it pay', cue: 'spoke about', speaker: 'Ivo Brann' },
    ]);
  });
});
