/**
 * A participle of saying after a main clause ("..., insisting that ...") takes that clause's
 * subject. When a fronted clause ends in a quotation whose comma stands inside the closing mark
 * (“... Sold,” Dara Fenwick waved ...), that mark and comma open the main clause as a bare comma
 * does, so the name after them is the subject; the fronted clause's own subject is not.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a named subject after a comma inside a closing quote mark', () => {
  it('is the subject a later participle of saying continues', () => {
    expect(quotesIn('After a reporter read out the headline "Toll Bridge Sold," Dara Fenwick waved the paper, insisting that the sale was legal.')).toEqual([
      { content: 'the sale was legal', cue: 'insisting', speaker: 'Dara Fenwick' },
    ]);
    expect(quotesIn('When the host noted that critics call it “a ferry to nowhere,” Mayor Ana Lind seized on the phrase, repeating her claim that the ferry would pay for itself.')).toEqual([
      { content: 'critics call it “a ferry to nowhere,”', cue: 'noted', speaker: 'the host' },
      { content: 'her claim that the ferry would pay for itself', cue: 'repeating', speaker: 'Mayor Ana Lind' },
    ]);
  });
});
