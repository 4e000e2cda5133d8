/**
 * "“Q,” Mora said as the crowd chanted: “R”": after a quotation, a subordinate clause with its own
 * subject right after the cue is the writer's, and the quotation before stays attributed.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a subordinate clause with a subject after a postposed cue', () => {
  it('keeps the first quotation when the clause leads a second one with a colon', () => {
    expect(quotesIn('"The ferry is late again," Tom Mora said as a heckler shouted: "Fix it!"')).toEqual([
      { content: '"The ferry is late again,"', cue: 'said', speaker: 'Tom Mora' },
      { content: '"Fix it!"', cue: 'shouted', speaker: 'a heckler' },
    ]);
  });

  it('gives the second quotation to the subject of the clause after a comma', () => {
    expect(quotesIn('"The ferry is late again," Tom Mora said while Ana Lind yelled, "Fix it!"')).toEqual([
      { content: '"The ferry is late again,"', cue: 'said', speaker: 'Tom Mora' },
      { content: '"Fix it!"', cue: 'yelled', speaker: 'Ana Lind' },
    ]);
  });

  it('still reads an adjunct after the cue as part of the attribution', () => {
    expect(quotesIn('"We will win," Ana Lind said as a candidate in 2008.')).toEqual([
      { content: '"We will win,"', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});
