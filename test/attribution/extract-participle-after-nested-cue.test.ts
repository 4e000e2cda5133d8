/**
 * "Roe said her son had called her an hour before the flood, complaining that ...": a participle
 * after what a speaker said belongs to that speaker, and a cue inside what was said ("called")
 * gives it no subject of its own; before, the participle's speaker ran from the sentence's start
 * over the outer cue into the clause said ("Roe said her son").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle after a clause said that holds a cue of its own', () => {
  it('is spoken by the speaker of the clause', () => {
    expect(spokenQuotes('A nurse who asked not to be named said her brother had called her an hour before the flood, complaining that the pumps had failed.')).toEqual([
      { content: 'her brother had called her an hour before the flood', cue: 'said', speaker: 'A nurse who asked not to be named' },
      { content: 'the pumps had failed', cue: 'complaining', speaker: 'A nurse who asked not to be named' },
    ]);
  });
});
