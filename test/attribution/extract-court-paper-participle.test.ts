/**
 * "wrote a dissent arguing ...", "filed a brief saying ...", "issued an order telling ...": the
 * papers of courts and litigants speak for their author, as a statement or a letter does, so the
 * participle after them reports what the writer said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle after a court paper', () => {
  it('reports what its author said', () => {
    expect(spokenQuotes('Judge Rosa Imhof, joined by one colleague, wrote a dissent arguing that the statute was void.')).toEqual([
      { content: 'the statute was void', cue: 'arguing', speaker: 'Judge Rosa Imhof' },
    ]);
    expect(spokenQuotes('The harbour authority filed a brief saying the ferry contract had lapsed.')).toEqual([
      { content: 'the ferry contract had lapsed', cue: 'saying', speaker: 'The harbour authority' },
    ]);
    expect(spokenQuotes('The magistrate issued an order telling the landlord to restore the heating.')).toEqual([
      { content: 'the landlord to restore the heating', cue: 'telling', speaker: 'The magistrate' },
    ]);
  });
});
