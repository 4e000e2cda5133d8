/**
 * "The clip shows Castell saying that ...", "cameras caught him telling aides ...": a recording or a
 * witness that shows someone in the act of saying something reports that person's statement; the
 * one shown speaks, with the participle as the cue, not the clip with "shows".
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes, spokenQuotes } from './found-quotes.js';

describe('a participle of saying after a verb that shows or perceives its object', () => {
  it('gives the statement to the one shown, not to the recording', () => {
    expect(spokenQuotes('The clip shows Castell saying that the bridge would reopen in May.')).toEqual([
      { content: 'the bridge would reopen in May', cue: 'saying', speaker: 'Castell' },
    ]);
    expect(spokenQuotes('A video showed the mayor telling the crowd that taxes would fall.')).toEqual([
      { content: 'taxes would fall', cue: 'telling', speaker: 'the mayor' },
    ]);
    expect(spokenQuotes('Cameras caught Ivo Brandt telling aides that the vote was lost.')).toEqual([
      { content: 'the vote was lost', cue: 'telling', speaker: 'Ivo Brandt' },
    ]);
    expect(spokenQuotes('Neighbors heard Orrin shouting that the dam had failed.')).toEqual([
      { content: 'the dam had failed', cue: 'shouting', speaker: 'Orrin' },
    ]);
  });

  it('reads a name the phrase reader joined to the verb before it', () => {
    expect(spokenQuotes('A recording obtained by the paper captures Castell saying the bridge would reopen.')).toEqual([
      { content: 'the bridge would reopen', cue: 'saying', speaker: 'Castell' },
    ]);
  });

  it('resolves an object pronoun to the person it stands for', () => {
    const found = resolvedQuotes('Mayor Dana Castell spoke at the opening on Friday. A clip posted later shows her saying that the bridge would reopen in May.');
    expect(found).toEqual([{ content: 'the bridge would reopen in May', cue: 'saying', speaker: 'her', entity: 'Dana Castell', mode: 'indirect' }]);
    expect(spokenQuotes('The clip shows him saying, "We will rebuild."')).toEqual([{ content: '"We will rebuild."', cue: 'saying', speaker: 'him' }]);
  });

  it('reads nothing when what is shown is no statement', () => {
    expect(spokenQuotes('The footage shows Castell leaving the building.')).toEqual([]);
    expect(spokenQuotes('The book featured five photos telling "the story of the town."')).toEqual([]);
    expect(spokenQuotes('The TV show Lantern showing a raid drew complaints.')).toEqual([]);
  });

  it('still reads what a poll shows', () => {
    expect(spokenQuotes('The poll shows voters favor the levy.')).toEqual([{ content: 'voters favor the levy', cue: 'shows', speaker: 'The poll' }]);
  });
});
