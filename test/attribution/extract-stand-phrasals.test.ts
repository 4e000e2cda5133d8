/**
 * Phrasal verbs of a stand kept or taken against a target: what they name is read as the
 * statement's object.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('phrasal verbs of a stand', () => {
  it('reads "go after"', () => {
    expect(quotesIn('Kell went after the mayor on Friday.')).toEqual([{ content: 'the mayor', cue: 'went after', speaker: 'Kell' }]);
  });

  it('reads "double down on"', () => {
    expect(quotesIn('Lind doubled down on her remarks about the ferry.')).toEqual([
      { content: 'her remarks about the ferry', cue: 'doubled down on', speaker: 'Lind' },
    ]);
  });

  it('reads "distance herself from"', () => {
    expect(quotesIn('The senator distanced herself from the new levy.')).toEqual([
      { content: 'the new levy', cue: 'distanced herself from', speaker: 'The senator' },
    ]);
  });

  it('reads "stand by" and "pile on"', () => {
    expect(quotesIn('Ruiz stood by the claim.')).toEqual([{ content: 'the claim', cue: 'stood by', speaker: 'Ruiz' }]);
    expect(quotesIn('Critics piled on the board.')).toEqual([{ content: 'the board', cue: 'piled on', speaker: 'Critics' }]);
  });
});
