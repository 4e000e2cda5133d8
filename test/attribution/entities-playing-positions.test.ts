/**
 * Sports copy writes a player's position before the name as a title ("Goalkeeper Liam Orr",
 * "quarterback Dan Pruitt"): the position is a role, not part of the name, so a later surname
 * or "the goalkeeper" finds the same player.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('playing positions before a name', () => {
  it('keeps the position out of the name and lets the surname find the player', () => {
    const text = 'Goalkeeper Liam Orr made six saves. Orr said the win meant a lot to the fans.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the win meant a lot to the fans', cue: 'said', speaker: 'Orr', entity: 'Liam Orr', mode: 'indirect' },
    ]);
    const orr = analyze({ text }).entities.find((entity) => entity.name === 'Liam Orr');
    expect(orr?.roles.map((role) => role.title)).toEqual(['Goalkeeper']);
  });

  it('lets a description by the position find the player named before', () => {
    const text = 'Quarterback Dan Pruitt said the team would focus on the final. The quarterback said the fans had waited long enough.';
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the team would focus on the final', cue: 'said', speaker: 'Quarterback Dan Pruitt', entity: 'Dan Pruitt', mode: 'indirect' },
      { content: 'the fans had waited long enough', cue: 'said', speaker: 'The quarterback', entity: 'Dan Pruitt', mode: 'indirect' },
    ]);
  });
});
