/**
 * A fronted subordinate clause or prepositional phrase with no main clause after it, before "X
 * reported ..." or "X asked ...", is an adjunct of the speaker's own clause: when the cue goes on
 * with words of its own, it reads forwards and the adjunct is no statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a fronted adjunct alone before the speaker', () => {
  it('reads the clause after the cue past a time phrase and a subordinate clause', () => {
    expect(quotesIn('Friday morning, as the parade rolled through Dayton, the Ledger reported at least six boats had sunk.')).toEqual([
      { content: 'at least six boats had sunk', cue: 'reported', speaker: 'the Ledger' },
    ]);
  });

  it('reads the question after the cue past "not long after" and its clause', () => {
    expect(quotesIn('Not long after Dorn posted the photo, Tom Reed asked the mayor whether it was real.')).toEqual([
      { content: 'whether it was real', cue: 'asked', speaker: 'Tom Reed' },
    ]);
  });

  it('takes no statement from a prepositional phrase with a participle in it', () => {
    expect(quotesIn('In a plea to growers inclined to back the dam, Ana Lind begged them to wait.')).toEqual([
      { content: 'them to wait', cue: 'begged', speaker: 'Ana Lind' },
    ]);
  });

  it('reads forwards when a relative clause follows the object of the cue', () => {
    expect(quotesIn('In the last Mass of her tour, held along the river, Sister Ann told a joke about Brill, which was sinking.')).toEqual([
      { content: 'a joke about Brill', cue: 'told', speaker: 'Sister Ann' },
    ]);
  });

  it('still reads a fronted clause that goes on into its main clause', () => {
    expect(quotesIn('After the mill closed in May the town lost its bank, Oren Kell said on Tuesday.')).toEqual([
      { content: 'After the mill closed in May the town lost its bank', cue: 'said', speaker: 'Oren Kell' },
    ]);
  });

  it('still reads a main clause after the fronted clause', () => {
    expect(quotesIn('As the mayor spoke, the crowd grew quiet, Oren Kell said.')).toEqual([
      { content: 'As the mayor spoke, the crowd grew quiet', cue: 'said', speaker: 'Oren Kell' },
    ]);
  });

  it('still quotes what follows the cue', () => {
    expect(quotesIn('Soon after the vote, Ana Lind wrote to her followers, "It is time to go."')).toEqual([
      { content: '"It is time to go."', cue: 'wrote', speaker: 'Ana Lind' },
    ]);
  });
});
