/**
 * A comma that adds to the phrase before it does not end what was said: the next items of a list
 * of years, ", as well as ...", ", especially ...", ", including ...", ", rather than ..." and ", not ..."
 * before a phrase.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a comma that adds to the phrase before it', () => {
  it('reads on through a list of years', () => {
    expect(quotesIn('Kell voted to ban the drug in 2001, 2003 and 2005.')).toEqual([
      { content: 'to ban the drug in 2001, 2003 and 2005', cue: 'voted', speaker: 'Kell' },
    ]);
  });

  it('reads on through ", not" and a phrase', () => {
    expect(quotesIn('Kell wants to work at Lind Bank, not Ruiz Cash.')).toEqual([
      { content: 'to work at Lind Bank, not Ruiz Cash', cue: 'wants', speaker: 'Kell' },
    ]);
  });

  it('reads on through ", as well as"', () => {
    expect(quotesIn('Kell hopes to widen his lead in the May 4 primary, as well as his edge in states that vote later.')).toEqual([
      { content: 'to widen his lead in the May 4 primary, as well as his edge in states that vote later', cue: 'hopes', speaker: 'Kell' },
    ]);
    expect(quotesIn('Ruiz said she was disturbed by the mayor condoning violence, as well as what she views as his scorn for growers.')).toEqual([
      { content: 'she was disturbed by the mayor condoning violence, as well as what she views as his scorn for growers', cue: 'said', speaker: 'Ruiz' },
    ]);
  });

  it('reads on through ", especially" and ", including"', () => {
    expect(quotesIn('Kell hopes to open new markets for farm goods, especially for growers of wheat and corn.')).toEqual([
      { content: 'to open new markets for farm goods, especially for growers of wheat and corn', cue: 'hopes', speaker: 'Kell' },
    ]);
    expect(quotesIn('Kell opposed the bill because “it holds needless stuff,” including rules that farmers say would hurt them.')[0]).toEqual({
      content: 'the bill because “it holds needless stuff,” including rules that farmers say would hurt them',
      cue: 'opposed',
      speaker: 'Kell',
    });
  });

  it('reads on through ", rather than"', () => {
    expect(quotesIn('The vote was close, with the towns agreeing to apply state rules, rather than their own codes, to reviews of permits.')).toEqual([
      { content: 'to apply state rules, rather than their own codes, to reviews of permits', cue: 'agreeing', speaker: 'the towns' },
    ]);
  });

  it('still ends an intention at a comma before a participle', () => {
    expect(quotesIn('Kell declined to comment, citing the inquiry.')).toEqual([
      { content: 'to comment', cue: 'declined', speaker: 'Kell' },
      { content: 'the inquiry', cue: 'citing', speaker: 'Kell' },
    ]);
  });
});
