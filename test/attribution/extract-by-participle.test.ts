/**
 * A participle after "by" inside what an object cue names ("defended her plan by citing a poll")
 * is a statement of its own by the same subject: the means of the stand.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle after "by" inside an object', () => {
  it('reads both the stand and the participle after "by"', () => {
    expect(quotesIn('Lind defended her plan by citing a poll of harbor workers.')).toEqual([
      { content: 'her plan by citing a poll of harbor workers', cue: 'defended', speaker: 'Lind' },
      { content: 'a poll of harbor workers', cue: 'citing', speaker: 'Lind' },
    ]);
  });

  it('reads a participle after "by" after a verb that is no cue', () => {
    expect(quotesIn('Kell answered the charge by calling Lind a fraud.')).toEqual([{ content: 'Lind a fraud', cue: 'calling', speaker: 'Kell' }]);
  });

  it('still folds a participle after "after" into the object', () => {
    expect(quotesIn('Lind praised the crews after citing a poll.')).toEqual([{ content: 'the crews after citing a poll', cue: 'praised', speaker: 'Lind' }]);
  });
});
