/**
 * Quotations that go on after their attribution: the next quotation joins the statement and
 * takes its speaker.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation continued after its attribution', () => {
  it('continues a mixed quote in a quotation that opens the next paragraph', () => {
    expect(quotesIn('Ports need mayors “who understand that loud words cause more trouble,” Mora said.\n\n“And that is why calm leadership matters now.”\n\nKell disagreed.')).toContainEqual({
      content: 'Ports need mayors “who understand that loud words cause more trouble,” Mora said.\n\n“And that is why calm leadership matters now.”',
      cue: 'said',
      speaker: 'Mora',
    });
  });

  it('continues a direct quote in the next paragraph as before', () => {
    expect(quotesIn('“The levy is a bad idea,” Mora said.\n\n“We will fight it.”')).toContainEqual({
      content: '“The levy is a bad idea,” Mora said.\n\n“We will fight it.”',
      cue: 'said',
      speaker: 'Mora',
    });
  });

  it('continues a quote after a long description of its speaker', () => {
    const text = '“The levy is fair,” said Ana Pike, a dock worker from the town of Dover who has fished the bay for thirty years and who backed the levy in the spring when the council first voted on it and lost by a single vote. “We need the money for the pier.”';
    expect(quotesIn(text)).toEqual([{ content: text, cue: 'said', speaker: 'Ana Pike' }]);
  });

  it('continues a quote after one word set off by a comma', () => {
    const text = '“She is supposed to cheer for this town,” Kell said. Instead, “she just acts like a beaten woman.”';
    expect(quotesIn(text)).toEqual([{ content: text, cue: 'said', speaker: 'Kell' }]);
  });

  it('leaves the next paragraph\'s quotation alone after reported speech with its cue first', () => {
    expect(quotesIn('Mora said the port needs mayors “who understand that loud words cause trouble.”\n\n“We checked the dam twice this week.”\n\nKell disagreed.')).toEqual([
      { content: 'the port needs mayors “who understand that loud words cause trouble.”', cue: 'said', speaker: 'Mora' },
    ]);
  });
});
