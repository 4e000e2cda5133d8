/**
 * "Adm. Helena Voss ... The admiral said": a description whose head is the full word of an
 * abbreviated title ("admiral" for "Adm.", "colonel" for "Col.", "sergeant" for "Sgt.") takes up
 * the holder of that title, as "the general" takes up "Gen." and "the senator" "Sen.".
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('the full word of an abbreviated title', () => {
  it('takes up the holder of "Adm."', () => {
    const text = ['Retired Adm. Helena Voss keeps bees on a farm near Bangor.', 'The admiral said the hives had done well this summer.'].join('\n\n');
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the hives had done well this summer', cue: 'said', speaker: 'The admiral', entity: 'Helena Voss', mode: 'indirect' },
    ]);
  });

  it('takes up the holder of "Sgt."', () => {
    const text = ['Sgt. Omar Delacruz was first to reach the flooded cellar.', 'The sergeant said the water had risen to his chest.'].join('\n\n');
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['Omar Delacruz']);
  });
});
