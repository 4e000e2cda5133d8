/**
 * "a vote that growers called a farce and that the board said would stand": in a relative clause
 * whose object went before its subject, what the cue names ends where "and" and the same relative
 * pronoun open a second relative clause on the same noun; that clause is a statement of its own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a second relative clause after an object cue', () => {
  it('ends what was named before it', () => {
    expect(spokenQuotes('The council passed a curfew that shop owners called a disaster and that the police chief said would cut crime.')).toEqual([
      { content: 'a disaster', cue: 'called', speaker: 'shop owners' },
      { content: 'that the police chief said would cut crime', cue: 'said', speaker: 'the police chief' },
    ]);
  });

  it('leaves a coordinated object whole', () => {
    expect(spokenQuotes('The council passed a curfew that shop owners called a disaster and a betrayal.')).toEqual([
      { content: 'a disaster and a betrayal', cue: 'called', speaker: 'shop owners' },
    ]);
  });
});
