/**
 * What an object cue names ends before "despite", "amid" or a concessive clause ("although she
 * ..."): a noun takes no such phrase, so the concession or circumstance qualifies the act, which
 * is the writer's account. A clause inside
 * what is named may take it instead, and so may an aside set off by commas inside it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an object before a concession', () => {
  it('ends before "despite"', () => {
    expect(quotesIn('Senator Ruiz endorsed the ferry bill despite her own doubts about the cost.')).toEqual([
      { content: 'the ferry bill', cue: 'endorsed', speaker: 'Senator Ruiz' },
    ]);
  });

  it('ends before ", despite"', () => {
    expect(quotesIn('Kell praised the levy, despite complaints from growers.')).toEqual([
      { content: 'the levy', cue: 'praised', speaker: 'Kell' },
    ]);
  });

  it('ends before "amid"', () => {
    expect(quotesIn('The council praised the harbor truce amid new clashes on the docks.')).toEqual([
      { content: 'the harbor truce', cue: 'praised', speaker: 'The council' },
    ]);
  });

  it('ends before a concessive clause with its own subject', () => {
    expect(quotesIn('Mayor Kell praised the new toll although the fee hurts her own shop.')).toEqual([
      { content: 'the new toll', cue: 'praised', speaker: 'Mayor Kell' },
    ]);
    expect(quotesIn('Ruiz called herself a farmer even though she sold the orchard in May.')).toEqual([
      { content: 'herself a farmer', cue: 'called', speaker: 'Ruiz' },
    ]);
  });

  it('goes on with "though not" and the rest of what is named', () => {
    expect(quotesIn('Kell praised the process, though not the cost.')).toEqual([
      { content: 'the process, though not the cost', cue: 'praised', speaker: 'Kell' },
    ]);
  });

  it('goes on when a relative clause inside what is named takes the concession', () => {
    expect(quotesIn('Lind endorsed a clerk who despite the snow came in to count ballots.')).toEqual([
      { content: 'a clerk who despite the snow came in to count ballots', cue: 'endorsed', speaker: 'Lind' },
    ]);
  });

  it('goes on past a concession set off by commas before the rest of the complement', () => {
    expect(quotesIn('Kell described a win for Ruiz, despite her flaws, as the best outcome for the port.')).toEqual([
      { content: 'a win for Ruiz, despite her flaws, as the best outcome for the port', cue: 'described', speaker: 'Kell' },
    ]);
  });

  it('leaves a reported clause whole: its own verb takes the concession', () => {
    expect(quotesIn('Ruiz said the bill passed despite her doubts.')).toEqual([
      { content: 'the bill passed despite her doubts', cue: 'said', speaker: 'Ruiz' },
    ]);
  });
});
