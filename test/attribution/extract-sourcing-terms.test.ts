/**
 * "A clerk who declined to be named said ...": wanting, asking or declining "(not) to be named",
 * "to be identified" or "to be quoted" is the news formula for the terms on which a source speaks;
 * the writer reports the sourcing, and no stand of the source's. ("wants to be named chairman"
 * still wants a post.)
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('the terms on which a source speaks', () => {
  it('are no statement of their own', () => {
    expect(spokenQuotes('A clerk who declined to be identified said the store was closed.')).toEqual([
      { content: 'the store was closed', cue: 'said', speaker: 'A clerk who declined to be identified' },
    ]);
    expect(spokenQuotes('A witness, who did not want to be named, told the Lorrin Gazette she saw two men running.')).toEqual([
      { content: 'she saw two men running', cue: 'told', speaker: 'A witness, who did not want to be named' },
    ]);
    expect(spokenQuotes('The farmer asked not to be quoted by name, fearing her neighbors.')).toEqual([]);
  });

  it('leave a post or an honour wanted alone', () => {
    expect(spokenQuotes('Ada Lind wants to be named chairman of the port board.')).toEqual([
      { content: 'to be named chairman of the port board', cue: 'wants', speaker: 'Ada Lind' },
    ]);
  });
});
