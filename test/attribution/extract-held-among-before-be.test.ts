/**
 * "The view among strategists is that turnout will decide it": a noun of belief placed "among" a
 * group, then "be" and "that", is the group's view, as "a sense among growers that ..." is; the
 * group holds it and the clause after "that" is what it holds. A noun that names no view ("the
 * problem among voters is that ...") stays the writer's.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a noun of belief held "among" a group before "is that"', () => {
  it('makes the group the holder of the clause', () => {
    expect(spokenQuotes('The consensus among pollsters is that the runoff will be close.')).toEqual([
      { content: 'the runoff will be close', cue: 'consensus', speaker: 'pollsters' },
    ]);
    expect(spokenQuotes('The prevailing view among party elders has been that the mayor should step aside.')).toEqual([
      { content: 'the mayor should step aside', cue: 'view', speaker: 'party elders' },
    ]);
  });

  it('reads nothing after a noun that names no view', () => {
    expect(spokenQuotes('The problem among commuters is that the trains are late.')).toEqual([]);
  });
});
