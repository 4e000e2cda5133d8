/**
 * A fronted clause that holds the cue ends at its comma also when the comma stands just inside
 * a closing quotation mark: the main clause after it is the writer's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a fronted clause closed by a comma inside a quotation mark', () => {
  it('ends what is called at the mark after "While ..."', () => {
    expect(quotesIn('While Lind calls the levy “a fair deal,” Kell seized on the phrase.')).toEqual([
      { content: 'the levy “a fair deal,”', cue: 'calls', speaker: 'Lind' },
    ]);
  });

  it('ends what is said at the mark after "If ..."', () => {
    expect(quotesIn('If Lind says the dam "will hold," the engineers at Orvik will be relieved.')).toEqual([
      { content: 'the dam "will hold,"', cue: 'says', speaker: 'Lind' },
    ]);
  });

  it('still ends at a plain comma', () => {
    expect(quotesIn('While Lind calls the levy a fair deal, Kell seized on the phrase.')).toEqual([
      { content: 'the levy a fair deal', cue: 'calls', speaker: 'Lind' },
    ]);
  });
});
