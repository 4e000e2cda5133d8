/**
 * A form in -ed after a lone word that follows "not" or an auxiliary modifies the object of that
 * word, a verb: "did not answer detailed questions" holds no cue "detailed" spoken by "answer".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle adjective after a verb', () => {
  it('reads no statement from "did not answer detailed questions"', () => {
    expect(quotesIn('The firm did not answer detailed questions about the emails.')).toEqual([]);
    expect(quotesIn('The board would not answer detailed questions on the budget.')).toEqual([]);
  });

  it('still reads a cue in -ed after a plain subject', () => {
    expect(quotesIn('Growers detailed their losses to the board.')).toEqual([{ content: 'their losses to the board', cue: 'detailed', speaker: 'Growers' }]);
  });
});
