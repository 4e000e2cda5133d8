/**
 * A quotation signed with a dash and a name that ends the line, as in collected reactions and
 * fact-check lists: "“...” ― Tova Berg", or the quotation's paragraph followed by "- Ana Lind.".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation signed with a dash and a name', () => {
  it('reads signatures on the same line, one quotation per line', () => {
    expect(quotesIn('“He is a disgrace to the valley.” ― Tova Berg\n“He cannot answer a question.”― Jon Dahl\n')).toEqual([
      { content: '“He is a disgrace to the valley.”', cue: '―', speaker: 'Tova Berg' },
      { content: '“He cannot answer a question.”', cue: '―', speaker: 'Jon Dahl' },
    ]);
  });

  it('reads a signature in the paragraph after the quotation', () => {
    expect(quotesIn('The claims were checked.\n\n"Most of the new water goes to the top one percent."\n\n- Ana Lind.\n\nLind is relying on the vote.')).toEqual([
      { content: '"Most of the new water goes to the top one percent."', cue: '-', speaker: 'Ana Lind' },
    ]);
  });

  it('reads no signature when the line goes on after the name', () => {
    expect(quotesIn('“The dam is full.”\n- Ana Lind wins the vote in the valley.')).toEqual([]);
  });

  it('reads no signature after a quotation inside a sentence', () => {
    const speakers = quotesIn('The sign read “Keep out” — Tom Reed\nThe gate was shut.').map((q) => q.speaker);
    expect(speakers).not.toContain('Tom Reed');
  });

  it('keeps a cue after the quotation over a dash in the text', () => {
    expect(quotesIn('“The dam is full,” Ana Lind said — Tom Reed\n')).toEqual([
      { content: '“The dam is full,”', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});
