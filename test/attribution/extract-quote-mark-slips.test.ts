/**
 * Quotation marks typed the wrong way round or nested: a right mark (”) that opens a quotation
 * when the paragraph's next double mark closes it, and a double quotation inside another
 * double one whose two closing marks both follow.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a right double mark that opens a quotation', () => {
  it('reads a quotation that opens with ” at the start of a paragraph', () => {
    expect(quotesIn('The mayor spoke last.\n\n” … the pumps are not ready for a flood,” she said in May.')).toEqual([
      { content: '” … the pumps are not ready for a flood,”', cue: 'said', speaker: 'she' },
    ]);
  });

  it('reads a quotation that opens with ” after the cue', () => {
    expect(quotesIn('Kell says,” there are many growers who never get heard.”')).toEqual([
      { content: '” there are many growers who never get heard.”', cue: 'says', speaker: 'Kell' },
    ]);
  });

  it('leaves a lone right mark with no quotation', () => {
    expect(quotesIn('The deal is off,” he said. Then he left the hall.')).toEqual([]);
  });
});

describe('a double quotation nested in another', () => {
  it('keeps the outer quotation whole when both closing marks follow', () => {
    expect(quotesIn('“Her claim that the dam “will hold this year” is false and silly,” wrote Lind Mora, a farmer.')).toEqual([
      { content: '“Her claim that the dam “will hold this year” is false and silly,”', cue: 'wrote', speaker: 'Lind Mora, a farmer' },
    ]);
  });

  it('nests straight double marks the same way', () => {
    expect(quotesIn('Kell tweeted, "Reports say the ferry captain shouted "We are done!" as he left the dock."')).toEqual([
      { content: '"Reports say the ferry captain shouted "We are done!" as he left the dock."', cue: 'tweeted', speaker: 'Kell' },
    ]);
  });

  it('still reads the later quotation when the earlier one is never closed', () => {
    expect(quotesIn('Mora said “the levy is a tax. “We will fight it,” she added.')).toEqual([
      { content: '“We will fight it,”', cue: 'added', speaker: 'she' },
    ]);
  });
});
