/**
 * "According to Ruth Kell, writing for the Courier: the dam will fail": a participle's phrase on
 * the source after "According to X," closed by a colon or a comma, says where the source spoke; what
 * is sourced starts after it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle aside on a fronted "according to" source', () => {
  it('leaves the aside out of what is sourced', () => {
    expect(spokenQuotes('According to Ruth Kell, writing for the Courier: the dam will fail.')).toEqual([
      { content: 'the dam will fail', cue: 'According to', speaker: 'Ruth Kell' },
    ]);
    expect(spokenQuotes('According to two aides, speaking on condition of anonymity, the mayor will resign.')[0]).toMatchObject({ content: 'the mayor will resign' });
  });

  it('keeps a gerund that is the subject of what is sourced', () => {
    expect(spokenQuotes('According to the memo, leaving the dam open would flood the town.')[0]).toMatchObject({ content: 'leaving the dam open would flood the town' });
  });
});
