/**
 * "Kell accused the council of raising fares by announcing cuts": a participle of saying after
 * "by" that follows a gerund inside what is named tells how the accused act was done; it belongs
 * to what the accusation names and is no statement of the accuser's. After an object with no
 * such gerund ("defended the plan by saying that ...") it is still a statement of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a "by" participle after an accused act', () => {
  it('stays inside what the accusation names', () => {
    expect(spokenQuotes('Reyes accused the board of misleading growers by announcing the cuts too late.')).toEqual([
      { content: 'the board of misleading growers by announcing the cuts too late', cue: 'accused', speaker: 'Reyes' },
    ]);
    expect(spokenQuotes('Reyes accused the board of “treating growers like fools” by announcing the cuts on a Sunday.')).toEqual([
      { content: 'the board of “treating growers like fools” by announcing the cuts on a Sunday', cue: 'accused', speaker: 'Reyes' },
    ]);
  });

  it('is still a statement after an object with no gerund', () => {
    expect(spokenQuotes('Reyes defended the levy by saying that it would pay for the dike.')).toEqual([
      { content: 'the levy', cue: 'defended', speaker: 'Reyes' },
      { content: 'it would pay for the dike', cue: 'saying', speaker: 'Reyes' },
    ]);
  });
});
