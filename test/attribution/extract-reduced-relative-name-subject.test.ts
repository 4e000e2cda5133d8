/**
 * "..., a charge Brannock called “baseless and cruel.”": a noun after an article ("charge",
 * "claim") that is also a cue word heads a relative clause with no "that", whose subject is the
 * bare name after it; the name is the speaker of the cue that follows, as in "a charge that
 * Brannock called ...", not the object of a verb before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a bare name opening a relative clause on a cue-like noun', () => {
  it('speaks the cue after it', () => {
    expect(spokenQuotes('The union accused the warden of hiding the logs, a charge Brannock called “baseless and cruel.”')).toEqual([
      { content: 'the warden of hiding the logs', cue: 'accused', speaker: 'The union' },
      { content: '“baseless and cruel.”', cue: 'called', speaker: 'Brannock' },
    ]);
  });

  it('reads it as "that" would', () => {
    expect(spokenQuotes('The union accused the warden of hiding the logs, a charge that Brannock called “baseless.”')[1]).toEqual(
      { content: '“baseless.”', cue: 'called', speaker: 'Brannock' },
    );
  });

  it('does not take a described subject after the noun as a speaker', () => {
    expect(spokenQuotes('She shared a post a Harbor City account named “dockwatch” had written.')).toEqual([]);
  });
});
