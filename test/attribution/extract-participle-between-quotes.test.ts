/**
 * A participle in the attribution between two quotations of one statement (“A,” Kell said,
 * referring to the levy. “B.”) is a statement of the speaker's own, kept beside the quotation.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle between the parts of a quotation', () => {
  it('keeps "referring to" after the cue as its own statement', () => {
    expect(quotesIn('“Let us say they win,” Kell said, referring to the size of the board. “Then we can pass it.”')).toEqual([
      { content: '“Let us say they win,” Kell said, referring to the size of the board. “Then we can pass it.”', cue: 'said', speaker: 'Kell' },
      { content: 'the size of the board', cue: 'referring to', speaker: 'Kell' },
    ]);
  });

  it('keeps it after a listener', () => {
    expect(quotesIn('“The port is too small,” Ana Pike told reporters, referring to the ferry dock. “It was built for rowboats.”')).toEqual([
      { content: '“The port is too small,” Ana Pike told reporters, referring to the ferry dock. “It was built for rowboats.”', cue: 'told', speaker: 'Ana Pike' },
      { content: 'the ferry dock', cue: 'referring to', speaker: 'Ana Pike' },
    ]);
  });

  it('still takes a cue inside the continued quotation as part of it', () => {
    expect(quotesIn('“We will win,” Kell said. “I think the farmers would support the levy.”')).toEqual([
      { content: '“We will win,” Kell said. “I think the farmers would support the levy.”', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
