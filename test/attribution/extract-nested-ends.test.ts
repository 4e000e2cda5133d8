/**
 * Where a statement ends when a second statement starts inside the rest of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a second statement inside the rest of a sentence', () => {
  it('ends at "and" before a count with a cue of its own', () => {
    expect(quotesIn('Of the rest, 41 have said they back Lind and 212 have not yet announced a pick.')).toEqual([
      { content: 'they back Lind', cue: 'said', speaker: '41' },
      { content: 'a pick', cue: 'announced', speaker: '212' },
    ]);
  });

  it('keeps a range of numbers in what was said', () => {
    expect(quotesIn('Ana Lind said between 30 and 40 percent favored the levy.')).toEqual([
      { content: 'between 30 and 40 percent favored the levy', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});

describe('what is named before a later action', () => {
  it('ends before "before" and a participle', () => {
    expect(quotesIn('The mayor had endorsed Ana Kell and Ben Ruiz before backing Tom Lind.')).toEqual([
      { content: 'Ana Kell and Ben Ruiz', cue: 'endorsed', speaker: 'The mayor' },
    ]);
  });
});

describe('"but" and a form of "do"', () => {
  it('ends what was said before "but did not" and reads the chained cue', () => {
    expect(quotesIn('Ana Lind said that she would bring flowers for the winner but did not suggest the prize would go to Tom Kell.')).toEqual([
      { content: 'she would bring flowers for the winner', cue: 'said', speaker: 'Ana Lind' },
      { content: 'the prize would go to Tom Kell', cue: 'suggest', speaker: 'Ana Lind' },
    ]);
  });

  it('keeps a "do" that stands for the verb before it', () => {
    expect(quotesIn('Ana Lind said many growers could have voted but didn’t, like Tom Kell.')).toEqual([
      { content: 'many growers could have voted but didn’t, like Tom Kell', cue: 'said', speaker: 'Ana Lind' },
    ]);
  });
});

describe('a second participle of speech after "and"', () => {
  it('reads it as a statement of its own', () => {
    expect(quotesIn('Ana Lind spoke for an hour, saying her father had been a pioneer in hiring women and calling him a champion of growers.')).toEqual([
      { content: 'her father had been a pioneer in hiring women', cue: 'saying', speaker: 'Ana Lind' },
      { content: 'him a champion of growers', cue: 'calling', speaker: 'Ana Lind' },
    ]);
  });

  it('reads one after "but" as a statement of its own', () => {
    expect(quotesIn('Ana Lind spoke for an hour, saying the levy was fair but conceding that some growers would pay more.')).toEqual([
      { content: 'the levy was fair', cue: 'saying', speaker: 'Ana Lind' },
      { content: 'some growers would pay more', cue: 'conceding', speaker: 'Ana Lind' },
    ]);
  });
});
