/**
 * A poll or a record that reports through a participle in an adjunct of circumstance ("with results
 * showing", "after a poll showing", "in the wake of a study finding") is a statement of its own: it
 * ends an object before it, it does not make the fronted phrase a source for the whole sentence, and
 * it does not take over the subject of the cue after its aside.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function found(text: string): [string, string | undefined, string | undefined][] {
  return analyze({ text }).quotes.map((quote) => [quote.content.exact, quote.cue?.exact, quote.speaker?.anchor.exact]);
}

describe('a poll reporting in an adjunct of circumstance', () => {
  it('ends the object before it and reports on its own', () => {
    expect(found('The party claimed victory, with results showing it won 48 percent.')).toEqual([
      ['victory', 'claimed', 'The party'],
      ['it won 48 percent', 'showing', 'results'],
    ]);
  });

  it('reports after "after" and "in the wake of"', () => {
    expect(found('Kell spoke after a new poll showing her lead had shrunk.')).toEqual([['her lead had shrunk', 'showing', 'a new poll']]);
    expect(found('In the wake of a fresh survey showing her margin cut to 4 points, Kell told reporters that she was not worried.')).toEqual([
      ['her margin cut to 4 points', 'showing', 'a fresh survey'],
      ['she was not worried', 'told', 'Kell'],
    ]);
  });

  it('leaves the subject before its aside to the cue after it', () => {
    expect(found('Lind, with polls showing her lead down, told reporters that she was not worried.')).toEqual([
      ['her lead down', 'showing', 'polls'],
      ['she was not worried', 'told', 'Lind'],
    ]);
  });

  it('still makes a poll that heads a fronted phrase the source', () => {
    expect(found('In the latest poll, Kell leads by 4 points.')).toEqual([['Kell leads by 4 points', 'In', 'the latest poll']]);
  });
});
