/**
 * "A retired general said Voss's memoir did harm. The general added ...": a definite description
 * takes up the unnamed one its head introduced, not the named holder of that title, when the
 * holder's name comes after only inside what the unnamed one said; a name there is what the
 * speaker talks about, not whom the next sentence is about.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const STORY = [
  'Retired Gen. Helena Voss lives on a farm in Maine.',
  'She has written three books since she left the Army.',
  'A retired general who served under her said Voss\'s memoir had done real harm. The general added that the book was unfair to her crews.',
].join('\n\n');

describe('a definite description after an unnamed speaker of its head', () => {
  it('takes up the unnamed speaker, not the holder named in what was said', () => {
    const added = resolvedQuotes(STORY).find((quote) => quote.cue === 'added');
    expect(added).toEqual({ content: 'the book was unfair to her crews', cue: 'added', speaker: 'The general', entity: 'A retired general', mode: 'indirect' });
  });

  it('still takes up the holder when the holder is the one who spoke last', () => {
    const text = [
      'Retired Gen. Helena Voss lives on a farm in Maine.',
      'A retired general who served under her praised the farm last year.',
      'Voss said the memoir was finished. The general added that it would come out in May.',
    ].join('\n\n');
    const added = resolvedQuotes(text).find((quote) => quote.cue === 'added');
    expect(added?.entity).toBe('Helena Voss');
  });
});
