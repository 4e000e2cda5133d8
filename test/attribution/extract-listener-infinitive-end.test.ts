/**
 * What a cue asks of someone ("asked the growers to back the levy") ends, as an object does, at a
 * dash, a participle after a comma or a clause of the writer's own; an adjunct of time or place
 * at its end stays with it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('the end of what a cue asks of someone', () => {
  it('ends at a dash before the writer\'s comment', () => {
    expect(quotesIn('Mayor Ana Lind asked the growers to back the ferry levy — a plan with few friends on the docks.')).toEqual([
      { content: 'the growers to back the ferry levy', cue: 'asked', speaker: 'Mayor Ana Lind' },
    ]);
  });

  it('ends at a participle after a comma', () => {
    expect(quotesIn('Tomas Reyes asked his neighbors to raise their hands and pledge their votes, creating a scene that critics mocked.')).toEqual([
      { content: 'his neighbors to raise their hands and pledge their votes', cue: 'asked', speaker: 'Tomas Reyes' },
    ]);
  });

  it('ends before a new clause after a comma and "and"', () => {
    expect(quotesIn('Kell told the clerks to stop the count, and he left the hall before noon.')).toContainEqual({
      content: 'the clerks to stop the count',
      cue: 'told',
      speaker: 'Kell',
    });
  });

  it('keeps a time phrase at its end', () => {
    expect(quotesIn('The growers asked the board to lower the ferry fees at its next meeting.')).toEqual([
      { content: 'the board to lower the ferry fees at its next meeting', cue: 'asked', speaker: 'The growers' },
    ]);
  });
});
