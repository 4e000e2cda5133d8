/**
 * "call" with a lone name or pronoun as its object is a phone call, not a statement; so is "call"
 * with a phrase for people ("both candidates", "a delegate") and nothing beside it but a reflexive,
 * an adverb in "-ly", a time or a name in apposition.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('calling someone', () => {
  it('reads no statement in a call to a named person', () => {
    expect(quotesIn('Mr. Vega called Ana Pike.')).toEqual([]);
    expect(quotesIn('Lind called them.')).toEqual([]);
  });

  it('reads no statement in a call to people with only a time, an adverb or a reflexive beside them', () => {
    expect(quotesIn('Governor Lind called both candidates Tuesday night.')).toEqual([]);
    expect(quotesIn('Kell called Ruiz shortly after the count ended.')).toEqual([]);
    expect(quotesIn('The party chairman is even calling major donors himself.')).toEqual([]);
    expect(quotesIn('I called my neighbor’s mother.')).toEqual([]);
  });

  it('reads no statement in a call to someone named in apposition', () => {
    expect(quotesIn('Ana Pike called a harbor delegate, Tom Reed, and urged him to run.')).toEqual([
      { content: 'him to run', cue: 'urged', speaker: 'Ana Pike' },
    ]);
  });

  it('still reads what someone or something was called', () => {
    expect(quotesIn('Kell called Ruiz a liar.')).toEqual([{ content: 'Ruiz a liar', cue: 'called', speaker: 'Kell' }]);
    expect(quotesIn('Kell called the plan absurd.')).toEqual([{ content: 'the plan absurd', cue: 'called', speaker: 'Kell' }]);
    expect(quotesIn('Kell called the rebels terrorists.')).toEqual([{ content: 'the rebels terrorists', cue: 'called', speaker: 'Kell' }]);
    expect(quotesIn('Kell called the growers naive on Monday.')).toEqual([{ content: 'the growers naive', cue: 'called', speaker: 'Kell' }]);
    expect(quotesIn('The group issued a letter calling Ruiz unfit for the office of mayor.')).toEqual([
      { content: 'Ruiz unfit for the office of mayor', cue: 'calling', speaker: 'The group' },
    ]);
  });

  it('still reads a name in apposition that a second phrase follows', () => {
    expect(quotesIn('Tom Ubben called the mill’s chief executive, Ana Pike, “a tireless boss.”')).toEqual([
      { content: 'the mill’s chief executive, Ana Pike, “a tireless boss.”', cue: 'called', speaker: 'Tom Ubben' },
    ]);
  });

  it('still reads what someone was called when the object stands before the subject', () => {
    expect(quotesIn('Kell praised the dock workers, whom the owners called a nuisance.')).toContainEqual({
      content: 'whom the owners called a nuisance',
      cue: 'called',
      speaker: 'the owners',
    });
  });
});
