/**
 * Who speaks in constructions where the nearest noun phrase is not the speaker: subjects
 * separated from their cue by a time adjunct.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

interface Found {
  readonly content: string;
  readonly cue?: string;
  readonly speaker?: string;
}

/** Every quote `analyze` finds in `text`, cut down to content, cue and speaker. */
function quotesIn(text: string): Found[] {
  return analyze({ text }).quotes.map((quote) => ({
    content: quote.content.exact,
    ...(quote.cue === undefined ? {} : { cue: quote.cue.exact }),
    ...(quote.speaker === undefined ? {} : { speaker: quote.speaker.text }),
  }));
}

describe('the speaker before a time adjunct', () => {
  it('passes over "earlier in the day" between the subject and the cue', () => {
    expect(quotesIn('Warden Ed Moss earlier in the day praised the new fence around the reserve.')).toEqual([
      { content: 'the new fence around the reserve', cue: 'praised', speaker: 'Warden Ed Moss' },
    ]);
  });

  it('passes over "for years" after a relative pronoun', () => {
    expect(quotesIn('The tunnel was opposed by Al Ruiz, who for years had argued that the hill would collapse.')).toEqual([
      { content: 'The tunnel', cue: 'opposed', speaker: 'Al Ruiz' },
      { content: 'the hill would collapse', cue: 'argued', speaker: 'who' },
    ]);
  });

  it('takes the quantifier before "in": Many in the hall said X', () => {
    expect(quotesIn('Many in the hall said the choir had never sung better.')).toEqual([
      { content: 'the choir had never sung better', cue: 'said', speaker: 'Many' },
    ]);
  });
});

describe('the speaker before a time phrase', () => {
  it('passes over "this past month" between the subject and the cue', () => {
    expect(quotesIn('Ann Vale this past month announced a second bus line for the valley.')).toEqual([
      { content: 'a second bus line for the valley', cue: 'announced', speaker: 'Ann Vale' },
    ]);
  });
});
