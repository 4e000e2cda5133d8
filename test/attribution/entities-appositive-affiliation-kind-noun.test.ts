/**
 * "An economist, Lena Holt of the consultancy Harwick Risk, said ...": the body a name in
 * apposition belongs to may be introduced by "the" and its kind in lower case ("the
 * consultancy", "the think tank") before its name; the name is still the speaker, not the
 * description before it.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a name in apposition tied to "the" and a body\'s kind and name', () => {
  it('resolves the speaker to the name', () => {
    expect(attributedQuotes('Another economist, Lena Holt of the consultancy Harwick Risk, said rents would fall.')).toEqual([
      { content: 'rents would fall', cue: 'said', speaker: 'Another economist, Lena Holt of the consultancy Harwick Risk', entity: 'Lena Holt' },
    ]);
    expect(attributedQuotes('A researcher, Omar Diallo at the think tank Norvale Institute, said the tax was regressive.')).toEqual([
      { content: 'the tax was regressive', cue: 'said', speaker: 'A researcher, Omar Diallo at the think tank Norvale Institute', entity: 'Omar Diallo' },
    ]);
  });
});
