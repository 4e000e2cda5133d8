/**
 * "Residents without power said ...", "Pilots Without Frontiers said ...": "without" joins a noun
 * to the phrase after it inside a speaker's phrase, as "with" does, so the speaker is the whole
 * phrase, not the noun after the preposition ("power", "Frontiers"). The head before "without" is
 * what the phrase names, so "Residents without power" is a group.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { spokenQuotes } from './found-quotes.js';

describe('"without" inside a speaker\'s phrase', () => {
  it('keeps the noun before it in a lower-case phrase', () => {
    expect(spokenQuotes('Tenants without heating said they had complained for weeks.')).toEqual([{ content: 'they had complained for weeks', cue: 'said', speaker: 'Tenants without heating' }]);
  });

  it('keeps the whole of a name that holds it', () => {
    expect(spokenQuotes('Pilots Without Frontiers said its crews had flown 40 missions.')).toEqual([{ content: 'its crews had flown 40 missions', cue: 'said', speaker: 'Pilots Without Frontiers' }]);
  });

  it('reads a plural head before it as a group', () => {
    const kinds = analyze({ text: 'Tenants without heating said they had complained for weeks.' }).entities.map((entity) => `${entity.name} (${entity.kind})`);
    expect(kinds).toContain('Tenants without heating (group)');
  });

  it('leaves a fronted "without" phrase outside the speaker', () => {
    expect(spokenQuotes('Without a deal, officials said, the port would close.')).toEqual([{ content: 'Without a deal, officials said, the port would close', cue: 'said', speaker: 'officials' }]);
  });
});
