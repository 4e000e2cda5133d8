/**
 * A free relative with a cue that names ("What the union called a lockout ...") may be the
 * sentence's subject: what was named ends where the main clause's verb follows it, quoted or not.
 * A pseudo-cleft with another cue ("What Kell wants is ...") is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a free relative subject with a naming cue', () => {
  it('ends before the main verb', () => {
    expect(quotesIn('What the dockers called a lockout ended after nine days.')).toEqual([
      { content: 'What the dockers called a lockout', cue: 'called', speaker: 'the dockers' },
    ]);
  });

  it('ends after a quoted name before the main verb', () => {
    expect(quotesIn('What Senator Pell calls “the ferry cartel” has raised fares twice this year.')).toEqual([
      { content: 'What Senator Pell calls “the ferry cartel”', cue: 'calls', speaker: 'Senator Pell' },
    ]);
  });

  it('ends before the verb after "described as"', () => {
    expect(quotesIn('What Ivo Marsh described as sabotage was a blown fuse.')).toEqual([
      { content: 'What Ivo Marsh described as sabotage', cue: 'described', speaker: 'Ivo Marsh' },
    ]);
  });

  it('leaves a pseudo-cleft with another cue uncut', () => {
    const contents = quotesIn('What the harbor board wants is a second pier.').map((quote) => quote.content);
    expect(contents).not.toContain('What the harbor board wants');
  });
});
