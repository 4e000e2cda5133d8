/**
 * A cue after "to" following a verb of leading: the one led to the statement makes it ("The delay
 * led some growers to wonder whether ...", "..., leaving many to ask why").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"led X to <cue>"', () => {
  it('names the phrase after "led" as the speaker', () => {
    expect(quotesIn('The long delay led some growers in Dunmore to wonder whether the port would close.')).toEqual([
      { content: 'whether the port would close', cue: 'wonder', speaker: 'some growers in Dunmore' },
    ]);
  });

  it('reads a participle "leaving" after a comma', () => {
    expect(quotesIn('The vote was canceled again, leaving many to ask why.')).toEqual([
      { content: 'why', cue: 'ask', speaker: 'many' },
    ]);
  });

  it('keeps a name after "prompted" apart from the subject before it', () => {
    expect(quotesIn('The remark prompted Ana Lind to say that the levy was unfair.')).toEqual([
      { content: 'the levy was unfair', cue: 'say', speaker: 'Ana Lind' },
    ]);
  });

  it('takes an object pronoun as the speaker', () => {
    expect(quotesIn('The ruling led them to argue the ferry should stay.')).toEqual([
      { content: 'the ferry should stay', cue: 'argue', speaker: 'them' },
    ]);
  });

  it('reads nothing when the verb after "to" is no cue', () => {
    expect(quotesIn('Kell led the team to win the title.')).toEqual([]);
  });

  it('reads "drove X to" as "led X to"', () => {
    expect(quotesIn('The drought drove the growers of Dunmore to demand a new dam.')).toEqual([
      { content: 'a new dam', cue: 'demand', speaker: 'the growers of Dunmore' },
    ]);
  });
});
