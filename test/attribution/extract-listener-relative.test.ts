/**
 * A relative clause on the listener ("told the farmers who came ...") is no statement, though a
 * quotation after it is what was told; a question cue still reads "who" as opening the question
 * asked.
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

  it('attributes the quotation after the listener\'s relative clause to the speaker', () => {
    expect(quotesIn('Mayor Ada Kell told the farmers who came to the hall, “The ferry will run again.”')).toEqual([
      { content: '“The ferry will run again.”', cue: 'told', speaker: 'Mayor Ada Kell' },
    ]);
  });

  it('reads nothing when no quotation follows the relative clause', () => {
    expect(quotesIn('Kim Dale told the growers who gathered at the mill, and then she left.')).toEqual([]);
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
