/**
 * A relative clause without "that" whose cue is followed straight away by the verb of what was
 * said keeps its head noun phrase in the content: the head is the gapped subject, whether the verb
 * is a modal or a past form ("a decision they say allowed ..."). When the head opens the
 * sentence, the main clause's verb ends the relative clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a relative clause without "that" with a subject gap', () => {
  it('keeps the head before a past form', () => {
    expect(quotesIn('The port board shut the north dock, a decision they say allowed the river to flood Tarrow.')).toContainEqual({
      content: 'a decision they say allowed the river to flood Tarrow',
      cue: 'say',
      speaker: 'they',
    });
  });

  it('keeps the head before a modal', () => {
    expect(quotesIn('It is a levy the growers say would ruin the valley.')).toContainEqual({
      content: 'a levy the growers say would ruin the valley',
      cue: 'say',
      speaker: 'the growers',
    });
  });

  it('ends at the main verb when the head opens the sentence', () => {
    expect(quotesIn('The toll they say was unfair is gone.')).toEqual([{ content: 'The toll they say was unfair', cue: 'say', speaker: 'they' }]);
    expect(quotesIn('The ferry plan he said would not have cut costs was dropped in May.')).toEqual([
      { content: 'The ferry plan he said would not have cut costs', cue: 'said', speaker: 'he' },
    ]);
  });

  it('leaves a clause with a subject of its own after the cue', () => {
    expect(quotesIn('Kell said closed meetings hurt the town.')).toEqual([{ content: 'closed meetings hurt the town', cue: 'said', speaker: 'Kell' }]);
  });
});
