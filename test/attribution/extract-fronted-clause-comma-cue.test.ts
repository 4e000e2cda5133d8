/**
 * A cue that a comma closes inside a fronted clause of time, condition or cause ("After the hearing
 * concluded, ...", "When it was announced, ..."): it reports nothing, and the clause after the comma
 * is the sentence's own, with its own cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue closed by a comma in a fronted clause', () => {
  it('reads the main clause with its own cue, not as what the fronted clause concluded', () => {
    expect(quotesIn('Later that night, after the hearing concluded, Mayor Dana Kell told reporters that the mill would stay open.')).toEqual([
      { content: 'the mill would stay open', cue: 'told', speaker: 'Mayor Dana Kell' },
    ]);
  });

  it('reads nothing when the main clause has no cue', () => {
    expect(quotesIn('Two weeks after it was announced, no grower had come to the hall.')).toEqual([]);
    expect(quotesIn('In the end, when the talks concluded, the board left.')).toEqual([]);
  });

  it('still reads a quotation after the comma as what was said', () => {
    expect(quotesIn('The crowd cheered when Ada Lind said, “We will stay.”')).toEqual([
      { content: '“We will stay.”', cue: 'said', speaker: 'Ada Lind' },
    ]);
  });

  it('still reads a parenthetical attribution after a fronted condition', () => {
    expect(quotesIn('If the board agrees, Kell said, the ferry will run.')).toEqual([
      { content: 'If the board agrees, Kell said, the ferry will run', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
