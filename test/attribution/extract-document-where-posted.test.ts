/**
 * A document named with where it appeared ("a message on Twitter", "an essay in the Courier")
 * still speaks for its author through a participle after the place, as one named with its
 * addressee ("a letter to the board saying") already did; a document that is the subject does not.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a document with where it appeared before a participle', () => {
  it('gives the participle to the author of a message on a named platform', () => {
    expect(quotesIn('Ken Varga posted a message on Chirper saying the ferry count had been rigged.')).toEqual([
      { content: 'the ferry count had been rigged', cue: 'saying', speaker: 'Ken Varga' },
    ]);
  });

  it('gives the participle to the author of an essay in a named paper', () => {
    expect(quotesIn('Ken Varga wrote an essay in the Dunmore Courier arguing that the dam should go.')).toEqual([
      { content: 'the dam should go', cue: 'arguing', speaker: 'Ken Varga' },
    ]);
  });

  it('leaves a document that is the subject to its own verb', () => {
    expect(quotesIn('Last week a report in the Courier citing three officials said the dam would close.')).toEqual([
      { content: 'the dam would close', cue: 'said', speaker: 'a report in the Courier citing three officials' },
    ]);
  });
});
