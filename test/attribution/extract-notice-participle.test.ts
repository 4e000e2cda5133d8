/**
 * "said in a notice posted Friday that ...": the notices of public bodies (a notice, an advisory,
 * a bulletin, guidance) are channels like a statement, and a participle on them ("posted",
 * "issued") is a reduced relative inside the adjunct, not a cue opening a clause of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle on a notice inside the adjunct', () => {
  it('leaves the main cue and its speaker in place', () => {
    expect(spokenQuotes('The Orrin port authority said in a notice posted Monday that the east quay would shut.')).toEqual([
      { content: 'the east quay would shut', cue: 'said', speaker: 'The Orrin port authority' },
    ]);
    expect(spokenQuotes('The Orrin port authority said in an advisory posted online that tides would run high.')).toEqual([
      { content: 'tides would run high', cue: 'said', speaker: 'The Orrin port authority' },
    ]);
  });
});
