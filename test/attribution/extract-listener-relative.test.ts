/**
 * A relative clause on the listener ("told the farmers who came ...") is no statement; a
 * question cue still reads "who" as opening the question asked.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a listener with a relative clause', () => {
  it('reads no statement from the relative clause after "told the farmers"', () => {
    expect(quotesIn('Mayor Ada Kell told the farmers who came to the hall, “The ferry will run again.”')).toEqual([]);
  });

  it('reads no statement from the relative clause after "told the growers"', () => {
    expect(quotesIn('Kim Dale told the growers who gathered at the mill, “Prices will rise.”')).toEqual([]);
  });

  it('still reads the question after "asked the voters"', () => {
    expect(quotesIn('Ada Kell asked the voters who won the debate.')).toEqual([
      { content: 'who won the debate', cue: 'asked', speaker: 'Ada Kell' },
    ]);
  });

  it('still reads a clause after a plain listener', () => {
    expect(quotesIn('Ada Kell told reporters the ferry would run.')).toEqual([
      { content: 'the ferry would run', cue: 'told', speaker: 'Ada Kell' },
    ]);
  });
});
