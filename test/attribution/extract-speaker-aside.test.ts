/**
 * "Lind, for her part, insisted ...", "Kell, like many growers, believes ...", "Lind, without
 * evidence, blamed ...": an aside between commas after the subject that opens with a preposition is
 * no part of the speaker, as "in a statement" was not. "as well as" joins a second subject instead.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a prepositional aside between the subject and the cue', () => {
  it('leaves the aside out of the speaker', () => {
    expect(spokenQuotes('Lind, for her part, insisted the dam was safe.')[0]).toMatchObject({ content: 'the dam was safe', cue: 'insisted', speaker: 'Lind' });
    expect(spokenQuotes('Kell, like many growers in the valley, believes the levy is unfair.')[0]).toMatchObject({ cue: 'believes', speaker: 'Kell' });
    expect(spokenQuotes('Lind, without evidence, blamed the council for the leak.')[0]).toMatchObject({ cue: 'blamed', speaker: 'Lind' });
  });

  it('keeps a subject joined by "as well as" and an appositive that names a role', () => {
    expect(spokenQuotes('Mayor Lind herself, as well as her aides, maintained that the dam was safe.')[0]).toMatchObject({
      speaker: 'Mayor Lind herself, as well as her aides',
    });
    expect(spokenQuotes('Ana Pike, spokeswoman for the board, said the dam was safe.')[0]).toMatchObject({ speaker: 'Ana Pike, spokeswoman for the board' });
  });
});
