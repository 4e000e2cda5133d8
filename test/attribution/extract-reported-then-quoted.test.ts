/**
 * Reported speech after "X said" that closes its sentence is continued by a quotation that opens
 * the next one, as a quote is; reported speech inside the attribution of a quote is not.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a quotation after reported speech with its speaker first', () => {
  it('joins the quotation to what was said before it', () => {
    expect(quotesIn('Ana Mora said the ferry would keep running through the winter. “We have the crews and we have the boats.”')).toEqual([
      {
        content: 'the ferry would keep running through the winter. “We have the crews and we have the boats.”',
        cue: 'said',
        speaker: 'Ana Mora',
        mode: 'mixed',
      },
    ]);
  });

  it('joins a quotation in the next paragraph', () => {
    expect(quotesIn('Ana Mora said the ferry would keep running.\n\n“We have the crews and the boats.”')).toEqual([
      { content: 'the ferry would keep running.\n\n“We have the crews and the boats.”', cue: 'said', speaker: 'Ana Mora', mode: 'mixed' },
    ]);
  });

  it('leaves reported speech in a quote’s attribution to the quote', () => {
    expect(quotesIn('“The levy is fair,” said Ivo Dran, who backed Kell on Monday. “No one else has a plan.”')).toEqual([
      { content: '“The levy is fair,” said Ivo Dran, who backed Kell on Monday. “No one else has a plan.”', cue: 'said', speaker: 'Ivo Dran', mode: 'direct' },
    ]);
  });

  it('does not join a quotation to reported speech that a comma leaves open', () => {
    expect(quotesIn('Ana Mora said the ferry would keep running, and the crews agreed. “We have the boats.”')).toEqual([
      { content: 'the ferry would keep running', cue: 'said', speaker: 'Ana Mora', mode: 'indirect' },
    ]);
  });
});
