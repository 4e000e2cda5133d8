/**
 * "a petition signed by 300 tenants calling for a rent freeze": a participle of saying after a
 * document and the agent of its reduced relative ("signed by", "drafted by") reports what the
 * document says, and those who signed it are the ones who say it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle after a document signed by someone', () => {
  it('gives the signers as the speaker of an object', () => {
    expect(spokenQuotes('Volunteers delivered a petition signed by 300 tenants calling for a rent freeze.')).toEqual([
      { content: 'a rent freeze', cue: 'calling for', speaker: '300 tenants' },
    ]);
  });

  it('gives the drafters as the speaker of a request', () => {
    expect(spokenQuotes('Ilse read out a letter drafted by the rowing club urging the council to dredge the canal.')).toEqual([
      { content: 'the council to dredge the canal', cue: 'urging', speaker: 'the rowing club' },
    ]);
  });

  it('leaves a participle of regard alone', () => {
    expect(spokenQuotes('Remarks made by both mayors regarding the canal were printed in full.')).toEqual([]);
  });
});
