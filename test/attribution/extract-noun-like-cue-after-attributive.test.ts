/**
 * A cue word that doubles as a noun ("views", "bet", "shows", "fear") after an attributive word
 * heads a noun phrase: a count, a kind of broadcast before "show" ("TV shows", "talk shows"), a
 * participle after a number, a superlative after a determiner or possessive, an adjective after
 * "a", or a word after an adverb in -ly. No one speaks there.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a noun-like cue word after an attributive word', () => {
  it('reads no statement', () => {
    expect(quotesIn('The harbor clip drew over 12 million views within two days.')).toEqual([]);
    expect(quotesIn('With some 300 animated shows on offer this season, the field is crowded.')).toEqual([]);
    expect(quotesIn("But Mr. Lind's biggest bet yet has cost him dearly.")).toEqual([]);
    expect(quotesIn('It is a safe bet that the harbor will close in May.')).toEqual([]);
    expect(quotesIn('The two men hold relatively similar views on the harbor levy.')).toEqual([]);
  });

  it('reads no statement in a show named by its kind of broadcast', () => {
    expect(quotesIn("The mayors' favourite TV shows sound sensible enough.")).toEqual([]);
    expect(quotesIn('Mayor Kell appeared on Sunday talk shows amid reports that question her record.')).toEqual([]);
    expect(quotesIn('The set was first built for the reality TV show “Dock Life.”')).toEqual([]);
  });

  it('still reads "shows" after a plain noun as a verb', () => {
    expect(quotesIn('A clip from the match shows that several fans wore masks.')).toEqual([
      { content: 'several fans wore masks', cue: 'shows', speaker: 'A clip from the match' },
    ]);
  });

  it('still reads the verb after a subject', () => {
    expect(quotesIn('About 4 in 10 fear the harbor will close.')).toEqual([
      { content: 'the harbor will close', cue: 'fear', speaker: '4 in 10' },
    ]);
    expect(quotesIn('The growers strongly hope the harbor will stay open.')).toEqual([
      { content: 'the harbor will stay open', cue: 'hope', speaker: 'The growers' },
    ]);
    expect(quotesIn('A spokesman hopes the harbor will stay open.')).toEqual([
      { content: 'the harbor will stay open', cue: 'hopes', speaker: 'A spokesman' },
    ]);
  });
});
