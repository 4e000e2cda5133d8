/**
 * A relative clause without "that" around the speaker and the cue: the noun phrase before the
 * speaker is what the clause is about, so the content keeps it.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('an infinitive in a relative clause without "that"', () => {
  it('keeps the head noun phrase of an intention', () => {
    expect(quotesIn('Kim vetoed each levy she would not want to explain at home.')).toEqual([
      { content: 'each levy she would not want to explain at home', cue: 'want', speaker: 'she', mode: 'indirect' },
    ]);
  });

  it('keeps the head noun phrase of an expectation', () => {
    expect(quotesIn('The board faces a lawsuit the growers expect to drag on for years.')).toEqual([
      { content: 'a lawsuit the growers expect to drag on for years', cue: 'expect', speaker: 'the growers', mode: 'indirect' },
    ]);
  });

  it('ends at the main verb when the head opens the sentence', () => {
    expect(quotesIn('The bridges he wants to build are modest.')).toEqual([
      { content: 'The bridges he wants to build', cue: 'wants', speaker: 'he', mode: 'indirect' },
    ]);
  });

  it('leaves out a phrase of time, a fronted adjunct and a conjunction', () => {
    expect(quotesIn('Last week she promised to cut taxes. In the speech he vowed to cut taxes. The mayor left, and they want to follow him.')).toEqual([
      { content: 'to cut taxes', cue: 'promised', speaker: 'she', mode: 'indirect' },
      { content: 'to cut taxes', cue: 'vowed', speaker: 'he', mode: 'indirect' },
      { content: 'to follow him', cue: 'want', speaker: 'they', mode: 'indirect' },
    ]);
  });

  it('keeps the head after a preposition that takes it as an argument', () => {
    expect(quotesIn('The port prepared for a strike it expects to end by June.')).toEqual([
      { content: 'a strike it expects to end by June', cue: 'expects', speaker: 'it', mode: 'indirect' },
    ]);
  });

  it('leaves out a phrase in an adjunct of place or manner', () => {
    const quotes = quotesIn('Kell said in a statement he intends to run again.');
    expect(quotes.map((quote) => quote.content)).not.toContain('a statement he intends to run again');
    expect(quotes).toContainEqual({ content: 'to run again', cue: 'intends', speaker: 'he', mode: 'indirect' });
  });

  it('takes no head without a determiner, which may be a subject and its verb', () => {
    const quotes = quotesIn('Kell called voters she hopes to win over.');
    expect(quotes.map((quote) => quote.content)).not.toContain('Kell called voters she hopes to win over');
  });

  it('leaves out a listener after a cue of telling', () => {
    expect(quotesIn('Ruiz told reporters he plans to run again.')).toEqual([
      { content: 'he plans to run again', cue: 'told', speaker: 'Ruiz', mode: 'indirect' },
    ]);
  });
});

describe('a clause without its subject in a relative clause without "that"', () => {
  it('keeps the head before a modal', () => {
    expect(quotesIn('The board cited a ruling they said could let the mill expand.')).toContainEqual(
      { content: 'a ruling they said could let the mill expand', cue: 'said', speaker: 'they', mode: 'indirect' },
    );
  });

  it('takes no head before a past form that may open a subject of its own', () => {
    expect(quotesIn('In the statement the board said revised figures were wrong.')).toEqual([
      { content: 'revised figures were wrong', cue: 'said', speaker: 'the board', mode: 'indirect' },
    ]);
  });

  it('does not take a noun before a relative pronoun as the head', () => {
    expect(quotesIn('The vote hinges on farmers who feel cheated by the mill and forgotten by the council.')).toEqual([
      { content: 'cheated by the mill and forgotten by the council', cue: 'feel', speaker: 'who', mode: 'indirect' },
    ]);
  });
});
