/**
 * "The mission's head, Dutch lawmaker Hanneke Vos, said ...": a title in apposition may open with
 * one capitalised word (a nationality, a body) before its lower-case words; the name after the
 * title is still the speaker, and the description before the comma becomes a role of that name.
 * Before, the capitalised word ended the search for the title and the description was the speaker.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a capitalised word opening a title in apposition to a description', () => {
  it('resolves the speaker to the name after a nationality and a title', () => {
    expect(resolvedQuotes('The head of the monitoring team, Danish senator Ilse Brandt, told reporters that the count had been orderly.')).toEqual([
      { content: 'the count had been orderly', cue: 'told', speaker: 'The head of the monitoring team, Danish senator Ilse Brandt', entity: 'Ilse Brandt', mode: 'indirect' },
    ]);
  });

  it('resolves the speaker to the name after a body and a title', () => {
    expect(resolvedQuotes("The club's new owner, Harlow chairman Ivo Dran, said the stand would be rebuilt.")).toEqual([
      { content: 'the stand would be rebuilt', cue: 'said', speaker: "The club's new owner, Harlow chairman Ivo Dran", entity: 'Ivo Dran', mode: 'indirect' },
    ]);
  });

  it('keeps a plain name in apposition as before', () => {
    expect(resolvedQuotes('The ferry captain, Roux, said the crossing was safe.')).toEqual([
      { content: 'the crossing was safe', cue: 'said', speaker: 'The ferry captain, Roux', entity: 'Roux', mode: 'indirect' },
    ]);
  });
});
