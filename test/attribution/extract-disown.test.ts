/**
 * Verbs of a stand disowned or played down, read with their object as what is said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('stands disowned or played down', () => {
  it('reads "disavow", "repudiate" and "retract"', () => {
    expect(quotesIn('Kell disavowed the river guild.')).toEqual([{ content: 'the river guild', cue: 'disavowed', speaker: 'Kell' }]);
    expect(quotesIn('The senator repudiated the old platform.')).toEqual([
      { content: 'the old platform', cue: 'repudiated', speaker: 'The senator' },
    ]);
    expect(quotesIn('The mayor retracted his apology.')).toEqual([{ content: 'his apology', cue: 'retracted', speaker: 'The mayor' }]);
  });

  it('reads "play down" and "poke fun at"', () => {
    expect(quotesIn('Lind played down the rift with the council.')).toEqual([
      { content: 'the rift with the council', cue: 'played down', speaker: 'Lind' },
    ]);
    expect(quotesIn('Ruiz poked fun at the mayor.')).toEqual([{ content: 'the mayor', cue: 'poked fun at', speaker: 'Ruiz' }]);
  });

  it('reads "laugh off", "wave off" and "rescind"', () => {
    expect(quotesIn('Kell laughed off the attack ad.')).toEqual([{ content: 'the attack ad', cue: 'laughed off', speaker: 'Kell' }]);
    expect(quotesIn('The mayor waved off the delay.')).toEqual([{ content: 'the delay', cue: 'waved off', speaker: 'The mayor' }]);
    expect(quotesIn('Lind rescinded her endorsement of Ruiz.')).toEqual([
      { content: 'her endorsement of Ruiz', cue: 'rescinded', speaker: 'Lind' },
    ]);
  });
});
