/**
 * "consider": a view held of something ("considers X a Y") or an option weighed ("is considering
 * whether ...", "considered selling ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"consider"', () => {
  it('reads the object and its predicate as the view held', () => {
    expect(quotesIn('Lind considers the new levy a fraud.')).toEqual([
      { content: 'the new levy a fraud', cue: 'considers', speaker: 'Lind' },
    ]);
  });

  it('reads a question weighed', () => {
    expect(quotesIn('The council is considering whether to close the ferry.')).toEqual([
      { content: 'whether to close the ferry', cue: 'considering', speaker: 'The council' },
    ]);
  });

  it('reads an option weighed', () => {
    expect(quotesIn('Mayor Kell considered selling the old mill.')).toEqual([
      { content: 'selling the old mill', cue: 'considered', speaker: 'Mayor Kell' },
    ]);
  });

  it('reads no statement for a passive without its holder', () => {
    expect(quotesIn('The levy is considered a fraud.')).toEqual([]);
    expect(quotesIn('It is considered a threat to the harbor.')).toEqual([]);
  });
});
