/**
 * Trades and standings of people caught up in a blockade, a strike or a disaster ("rescuer",
 * "trucker", "dockworker", "pensioner") are jobs like others: a bare plural of one at the start of
 * a sentence is a group of people, not a surname, and the singular stands before a name as a title.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes as statementsOf, typedQuotes } from './found-quotes.js';

describe('trades of blockades, strikes and disasters', () => {
  it('make a bare capitalised plural a group', () => {
    expect(typedQuotes('Rescuers said the tunnel under the mill had held.')).toEqual([
      { content: 'the tunnel under the mill had held', cue: 'said', speaker: 'Rescuers', kind: 'group' },
    ]);
    expect(typedQuotes('Pensioners said the new fares were unfair.')).toEqual([
      { content: 'the new fares were unfair', cue: 'said', speaker: 'Pensioners', kind: 'group' },
    ]);
  });

  it('stand before a name as a title', () => {
    const [statement] = statementsOf('Trucker Dana Wirth said the ferry ramp had been closed since dawn.');
    expect(statement?.content).toBe('the ferry ramp had been closed since dawn');
    expect(statement?.cue).toBe('said');
    expect(statement?.entity).toBe('Dana Wirth');
  });

  it('leave a surname in -ers a person', () => {
    expect(typedQuotes('Summers said the new fares were unfair.')).toEqual([
      { content: 'the new fares were unfair', cue: 'said', speaker: 'Summers', kind: 'person' },
    ]);
  });
});
