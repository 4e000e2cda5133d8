/**
 * A noun of a pledge or an appeal with its possessor names what was pledged, from its "to":
 * "Kell's promise to cut the toll", "his calls to close the pier".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a pledge noun with a to-infinitive', () => {
  it('reads what a named possessor promised', () => {
    expect(quotesIn('The growers in Marlow cheered Tova Brandt’s promise to rebuild the old ferry pier.')).toEqual([
      { content: 'to rebuild the old ferry pier', cue: 'promise', speaker: 'Tova Brandt’s' },
    ]);
  });

  it('ends before the verb of the sentence the pledge is the subject of', () => {
    expect(quotesIn('Her pledge to cut the harbor toll was popular with the growers.')).toEqual([
      { content: 'to cut the harbor toll', cue: 'pledge', speaker: 'Her' },
    ]);
  });

  it('ends before a verb in the past that follows a noun', () => {
    expect(quotesIn('Brandt’s pledge to cut the harbor toll won her the county.')).toEqual([
      { content: 'to cut the harbor toll', cue: 'pledge', speaker: 'Brandt’s' },
    ]);
  });

  it('goes on past a second verb of the pledge after "and"', () => {
    expect(quotesIn('The growers liked her promise to cut the toll and build a new pier.')).toEqual([
      { content: 'to cut the toll and build a new pier', cue: 'promise', speaker: 'her' },
    ]);
  });

  it('ends at a comma, but not at a hyphen inside a word', () => {
    expect(quotesIn('When Brandt renewed his call to close the Vale-Dune ferry line, the council balked.')).toEqual([
      { content: 'to close the Vale-Dune ferry line', cue: 'call', speaker: 'his' },
    ]);
  });

  it('keeps a finite verb inside a relative clause of what was pledged', () => {
    expect(quotesIn('The growers have not forgotten Brandt’s vow to repeal every levy that the council has passed.')).toEqual([
      { content: 'to repeal every levy that the council has passed', cue: 'vow', speaker: 'Brandt’s' },
    ]);
  });

  it('leaves a pledge noun without a possessor', () => {
    expect(quotesIn('The rally renewed calls to close the ferry line.')).toEqual([]);
  });
});
