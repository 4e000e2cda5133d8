/**
 * A relative clause between commas or dashes after the subject may hold a quotation of its own
 * ("Ken Varga, who vowed to “shut down” the depots, said ..."): the quotation is stepped over,
 * and the subject before the clause speaks the main cue.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a quotation inside a relative clause before the cue', () => {
  it('finds the subject before a relative clause between commas', () => {
    expect(quotesIn('Mayor Ken Varga, who said he would "shut down" the depots, said Monday that the state should close the pier.')).toEqual([
      { content: 'he would "shut down" the depots', cue: 'said', speaker: 'who' },
      { content: 'the state should close the pier', cue: 'said', speaker: 'Mayor Ken Varga, who said he would "shut down" the depots' },
    ]);
  });

  it('finds the subject before a relative clause between dashes', () => {
    expect(quotesIn('Ken Varga - who called the ferry plan "a disgrace" at the hearing - said on Friday that the state should close the pier.')).toEqual([
      { content: 'the ferry plan "a disgrace" at the hearing', cue: 'called', speaker: 'who' },
      { content: 'the state should close the pier', cue: 'said', speaker: 'Ken Varga - who called the ferry plan "a disgrace" at the hearing' },
    ]);
  });
});
