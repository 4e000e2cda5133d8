/**
 * After the one asked, "whether" or "if" opens the question put, and a "that" after it is the
 * question's subject (or a conjunction inside it), not the conjunction that ends the listener.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"whether" or "if" right after the one asked', () => {
  it('opens the question', () => {
    expect(quotesIn('Reporters asked Dunmore whether that would delay the vote.')).toEqual([
      { content: 'whether that would delay the vote', cue: 'asked', speaker: 'Reporters' },
    ]);
    expect(quotesIn('The paper asked the mayor if he had weighed the risk that the dam could fail.')).toEqual([
      { content: 'if he had weighed the risk that the dam could fail', cue: 'asked', speaker: 'The paper' },
    ]);
  });

  it('still lets a place after the listener lead to "that"', () => {
    expect(quotesIn('Lind told reporters outside the court that the levy was dead.')).toEqual([
      { content: 'the levy was dead', cue: 'told', speaker: 'Lind' },
    ]);
  });
});
