/**
 * A relative clause on the listener ("told the farmers who came ...") is no statement; a
 * question cue still reads "who" as opening the question asked.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a listener with a relative clause', () => {
  it('reads no statement from the relative clause after "told the farmers"', () => {
    const contents = quotesIn('Mayor Ada Kell told the farmers who came to the hall, “The ferry will run again.”').map((q) => q.content);
    expect(contents.filter((content) => content.includes('came to the hall'))).toEqual([]);
  });

  it('reads no statement from the relative clause after "told the growers"', () => {
    const contents = quotesIn('Kim Dale told the growers who gathered at the mill, “Prices will rise.”').map((q) => q.content);
    expect(contents.filter((content) => content.includes('gathered at the mill'))).toEqual([]);
  });

  // The quotation after such a listener is not attributed yet ("“The ferry will run again.”" to
  // Mayor Ada Kell): a known gap, kept visible here.
  it.todo('attributes the quotation after a listener with a relative clause to the speaker');

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
