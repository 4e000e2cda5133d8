/**
 * "According to the prosecutor, Delmar told ...": a name after the comma that closes the source
 * is the subject of what was said, not in apposition to the source; only a name that a comma
 * closes too ("According to the spokesman, Tom Reilly, ...") is the source's name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function speakersOf(text: string): (string | undefined)[] {
  const analysis = analyze({ text });
  return analysis.quotes.map((quote) => analysis.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name);
}

describe('a name after "According to the ...,"', () => {
  it('is the subject of the content when a verb follows it', () => {
    const text = 'Odile Brask denied the charges.\n\nAccording to the prosecutor, Brask told an aide to burn the ledger.';
    expect(speakersOf(text)).toEqual(['Odile Brask', 'the prosecutor']);
    expect(analyze({ text }).entities.find((e) => e.name === 'Odile Brask')?.roles).toEqual([]);
  });

  it('is the source when a comma closes it', () => {
    expect(speakersOf('According to the spokesman, Teo Marlund, the ferry will sail on Monday.')).toEqual(['Teo Marlund']);
  });
});
