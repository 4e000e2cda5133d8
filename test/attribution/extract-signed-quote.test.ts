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

  it('reads a signature with a short tail after a comma, and a title before the name', () => {
    expect(quotesIn('“The bridge is a disgrace.” - Tom Reyes, Kestrel\n“Fix it now.” - Jan Holt\n')).toEqual([
      { content: '“The bridge is a disgrace.”', cue: '-', speaker: 'Tom Reyes' },
      { content: '“Fix it now.”', cue: '-', speaker: 'Jan Holt' },
    ]);
    expect(quotesIn('"We will rebuild the pier."\n\n— Mayor Ana Pike, at the ceremony')).toEqual([
      { content: '"We will rebuild the pier."', cue: '—', speaker: 'Mayor Ana Pike' },
    ]);
  });

  it('reads no signature in a list of items after the quotation, nor a lone word the text names nowhere else', () => {
    expect(quotesIn('"Lower fares for everyone."\n\n- Transit\n\n- Housing').map((q) => q.speaker)).not.toContain('Transit');
    expect(quotesIn('"Lower fares for everyone."\n\n- Transit')).toEqual([]);
    expect(quotesIn('Ana Lind spoke last.\n\n"We need change."\n\n- Lind.')).toEqual([{ content: '"We need change."', cue: '-', speaker: 'Lind' }]);
  });
});
