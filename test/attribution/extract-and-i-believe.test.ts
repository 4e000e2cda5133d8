/**
 * "..., and I suspect ...": after "and", "I", "we" or "they" with the bare form of a cue is a new
 * attribution, which ends the statement before it, as "and she suspects" already did.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function found(text: string): [string, string | undefined, string | undefined][] {
  return analyze({ text }).quotes.map((quote) => [quote.content.exact, quote.cue?.exact, quote.speaker?.anchor.exact]);
}

describe('a second belief after "and I"', () => {
  it('is a statement of its own', () => {
    expect(found('I think she is wrong, and I suspect most residents agree with me.')).toEqual([
      ['she is wrong', 'think', 'I'],
      ['most residents agree with me', 'suspect', 'I'],
    ]);
    expect(found('We think the levy is fair, and we believe the council will pass it.')).toEqual([
      ['the levy is fair', 'think', 'We'],
      ['the council will pass it', 'believe', 'we'],
    ]);
  });

  it('is not the filler "you know"', () => {
    expect(found('Kell said a rival might edge past her, well, you know, by next week.').map(([content]) => content)).toEqual(['a rival might edge past her, well, you know, by next week']);
  });
});
