/**
 * A quotation that a lone dash introduces before a post-posed attribution is the whole statement:
 * the clause before the dash is the writer's ("Kell was unmoved - “Not one cent,” he said").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation after a lone dash', () => {
  it('leaves the clause before a hyphen out', () => {
    expect(quotesIn('Kell was unmoved by the offer - “Not one cent more,” he said.')).toEqual([
      { content: '“Not one cent more,”', cue: 'said', speaker: 'he' },
    ]);
  });

  it('leaves the clause before an em dash out, with straight double quotes too', () => {
    expect(quotesIn("Neither farmer liked the new levy — ''It is a tax on rain,'' said Ana Pike.")).toEqual([
      { content: "''It is a tax on rain,''", cue: 'said', speaker: 'Ana Pike' },
    ]);
  });

  it('keeps the words before a dash that closes an aside', () => {
    expect(quotesIn('In the first weeks -- before the floods came -- “nobody listened to us,” Lind said.')).toEqual([
      { content: 'In the first weeks -- before the floods came -- “nobody listened to us,”', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('still reads a quotation after a colon the same way', () => {
    expect(quotesIn('The mayor looked tired: “We need rain,” she said.')).toEqual([
      { content: '“We need rain,”', cue: 'said', speaker: 'she' },
    ]);
  });
});
