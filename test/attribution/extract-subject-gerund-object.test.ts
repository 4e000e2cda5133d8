/**
 * "Armed men holding five people in a bank released a video demanding a ransom": a sentence subject
 * that ends on a participle in "-ing" goes on through the participle's object to the sentence's
 * verb, so the speaker a later participle or chained cue shares is the whole phrase, not "Armed men
 * holding".
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a subject with a participle in "-ing" and its object', () => {
  it('is the whole phrase up to the verb', () => {
    expect(resolvedQuotes('Gunmen holding three guards at the depot released a statement demanding safe passage.')).toEqual([
      {
        content: 'safe passage',
        cue: 'demanding',
        speaker: 'Gunmen holding three guards at the depot',
        entity: 'Gunmen holding three guards at the depot',
        mode: 'indirect',
      },
    ]);
  });
});
