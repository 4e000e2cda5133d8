/**
 * An infinitive ends where "and" opens the writer's next clause: a new subject with a verb of
 * its own, or a past form with its object.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('an infinitive before a clause of its own', () => {
  it('ends before "and" and a personal pronoun', () => {
    expect(quotesIn('Ana Mora decided not to seek the harbor seat and she won praise for it.')).toEqual([
      { content: 'not to seek the harbor seat', cue: 'decided', speaker: 'Ana Mora' },
    ]);
  });

  it('ends before "and" and a determined subject with an auxiliary', () => {
    expect(quotesIn('The mill refused to renew the lease and the club could not find another hall.')).toEqual([
      { content: 'to renew the lease', cue: 'refused', speaker: 'The mill' },
    ]);
  });

  it('ends before "and" and a past form with its object', () => {
    expect(quotesIn('Tomas Reyes vowed to keep the ferry running and repainted its hull on Monday.')).toEqual([
      { content: 'to keep the ferry running', cue: 'vowed', speaker: 'Tomas Reyes' },
    ]);
  });

  it('keeps a second bare verb of the same infinitive', () => {
    expect(quotesIn('Tomas Reyes vowed to repair the dock and reopen the ferry by May.')).toEqual([
      { content: 'to repair the dock and reopen the ferry by May', cue: 'vowed', speaker: 'Tomas Reyes' },
    ]);
  });

  it('keeps a list of things after the infinitive', () => {
    expect(quotesIn('Kell plans to court growers with his tax cut and other pledges aimed at the valley.')).toEqual([
      { content: 'to court growers with his tax cut and other pledges aimed at the valley', cue: 'plans', speaker: 'Kell' },
    ]);
  });
});
