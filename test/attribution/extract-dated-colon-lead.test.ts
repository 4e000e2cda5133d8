/**
 * Small speaker fixes: a full date with its year opening the sentence that introduces a quotation
 * with a colon, and a participle after "despite".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a sentence ending in a colon after a full date', () => {
  it('takes the subject after the year, not the year', () => {
    expect(quotesIn('Lind spoke first.\n\nOn July 6, 2015, Ortiz made the following comment:\n\n“We will build the pier and the town will pay for every cent of it.”')).toEqual([
      { content: '“We will build the pier and the town will pay for every cent of it.”', cue: ':', speaker: 'Ortiz' },
    ]);
  });
});

describe('a participle after "despite"', () => {
  it('is said by the subject of its clause', () => {
    expect(quotesIn('Ruiz left the race despite praising the mayor.')).toEqual([
      { content: 'the mayor', cue: 'praising', speaker: 'Ruiz' },
    ]);
  });
});
