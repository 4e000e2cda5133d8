/**
 * The medium or channel a speaker used ("on Twitter", "on air", "in an email") after what a cue
 * names is not part of it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a medium or a channel after what a cue names', () => {
  it('ends what was mocked before "on Twitter"', () => {
    expect(quotesIn('Senator Lia Dorne mocked the harbor board on Twitter.')).toEqual([
      { content: 'the harbor board', cue: 'mocked', speaker: 'Senator Lia Dorne' },
    ]);
  });

  it('ends what was mocked before the name of another network', () => {
    expect(quotesIn('Senator Lia Dorne mocked the harbor board on Telegram.')).toEqual([
      { content: 'the harbor board', cue: 'mocked', speaker: 'Senator Lia Dorne' },
    ]);
    expect(quotesIn('Velder attacked the ferry council on X.')).toEqual([{ content: 'the ferry council', cue: 'attacked', speaker: 'Velder' }]);
  });

  it('ends what was criticized before "in an email"', () => {
    expect(quotesIn('Velder criticized the ferry council in an email to his donors.')).toEqual([
      { content: 'the ferry council', cue: 'criticized', speaker: 'Velder' },
    ]);
  });

  it('goes on when a complement follows the medium', () => {
    expect(quotesIn('Velder praised Ana Brisk on Twitter for her work on the budget.')).toEqual([
      { content: 'Ana Brisk on Twitter for her work on the budget', cue: 'praised', speaker: 'Velder' },
    ]);
  });

  it('goes on when the medium qualifies a noun', () => {
    expect(quotesIn('Velder criticized the spending on television ads.')).toEqual([
      { content: 'the spending on television ads', cue: 'criticized', speaker: 'Velder' },
    ]);
  });
});
