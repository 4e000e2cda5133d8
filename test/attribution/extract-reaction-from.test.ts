/**
 * "X drew criticism from Y": a reaction drawn from others is their statement on the subject.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a reaction drawn "from" others', () => {
  it('reads the subject as what those after "from" spoke of', () => {
    expect(quotesIn('The new levy drew sharp criticism from growers.')).toEqual([
      { content: 'The new levy', cue: 'drew sharp criticism from', speaker: 'growers' },
    ]);
  });

  it('reads a progressive and a perfect', () => {
    expect(quotesIn('The ferry plan is already facing criticism from many farmers.')).toEqual([
      { content: 'The ferry plan', cue: 'facing criticism from', speaker: 'many farmers' },
    ]);
    expect(quotesIn('Mayor Kell has won support from the river guild.')).toEqual([
      { content: 'Mayor Kell', cue: 'won support from', speaker: 'the river guild' },
    ]);
  });

  it('leaves out a conjunction opening the sentence and a relative pronoun', () => {
    expect(quotesIn('But Lind received praise from the council.')).toEqual([
      { content: 'Lind', cue: 'received praise from', speaker: 'the council' },
    ]);
    expect(quotesIn('It was a race in which Lind won support from the guild.')).toEqual([
      { content: 'Lind', cue: 'won support from', speaker: 'the guild' },
    ]);
  });

  it('reads an endorsement or backing "of" someone won', () => {
    expect(quotesIn('Lind also earned the backing of three dock owners.')).toEqual([
      { content: 'Lind', cue: 'earned the backing of', speaker: 'three dock owners' },
    ]);
    expect(quotesIn('Earlier this week Kell picked up the endorsement of the river guild.')).toEqual([
      { content: 'Kell', cue: 'picked up the endorsement of', speaker: 'the river guild' },
    ]);
  });

  it('reads nothing after a determiner or for a bare participle', () => {
    expect(quotesIn('Lind faltered in the face of attacks from Kell.')).toEqual([]);
    expect(quotesIn('Kell gained ground by winning support from the guild.')).toEqual([]);
  });
});
