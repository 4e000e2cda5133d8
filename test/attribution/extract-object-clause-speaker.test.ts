/**
 * What a cue names ends before a clause of time or contrast ("after", "when", "while", "even as",
 * "just as") whose own subject and cue follow: that clause is the writer's next statement. So does
 * a reported clause before "while" or "even as" and a named subject whose cue takes a clause, and
 * an object before "by" and a participle of saying ("by noting that").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a clause of time or contrast with a speaker of its own after an object', () => {
  it('ends the object before "when" and a new subject with a cue', () => {
    expect(quotesIn('Reed criticized the council when the mayor announced the levy.')).toEqual([
      { content: 'the council', cue: 'criticized', speaker: 'Reed' },
      { content: 'the levy', cue: 'announced', speaker: 'the mayor' },
    ]);
  });

  it('ends it before "after"', () => {
    expect(quotesIn('Dana Holt mocked the harbor board after the mayor praised the new pier.')).toEqual([
      { content: 'the harbor board', cue: 'mocked', speaker: 'Dana Holt' },
      { content: 'the new pier', cue: 'praised', speaker: 'the mayor' },
    ]);
  });

  it('ends it before ", even as"', () => {
    expect(quotesIn('Reed praised the ferry levy, even as Kell opposed it.')).toEqual([
      { content: 'the ferry levy', cue: 'praised', speaker: 'Reed' },
      { content: 'it', cue: 'opposed', speaker: 'Kell' },
    ]);
  });

  it('keeps a clause whose noun only looks like a cue', () => {
    expect(quotesIn('Reed praised the crew after the storm attacks came in.')).toEqual([
      { content: 'the crew after the storm attacks came in', cue: 'praised', speaker: 'Reed' },
    ]);
  });
});

describe('a contrast with a named speaker of its own after a reported clause', () => {
  it('ends the first content before "while" and a subject whose cue takes a clause', () => {
    expect(quotesIn('Reed said she would back the levy while the mayor predicted it would fail.')).toEqual([
      { content: 'she would back the levy', cue: 'said', speaker: 'Reed' },
      { content: 'it would fail', cue: 'predicted', speaker: 'the mayor' },
    ]);
  });

  it('ends it before "even as"', () => {
    expect(quotesIn('Reed said the pier was safe, even as the harbor board argued it was too old.')).toEqual([
      { content: 'the pier was safe', cue: 'said', speaker: 'Reed' },
      { content: 'it was too old', cue: 'argued', speaker: 'the harbor board' },
    ]);
  });

  it('keeps a contrast whose subject is a pronoun', () => {
    expect(quotesIn('Reed said the pier was safe even as she admitted it was old.').map((q) => q.content)).toContain('the pier was safe even as she admitted it was old');
  });
});

describe('a participle of saying after "by" and an object', () => {
  it('ends the object before "by noting that"', () => {
    expect(quotesIn('Reed praised the mayor by noting that the ferry runs on time.')).toEqual([
      { content: 'the mayor', cue: 'praised', speaker: 'Reed' },
      { content: 'the ferry runs on time', cue: 'noting', speaker: 'Reed' },
    ]);
  });

  it('ends it before "by pointing out that"', () => {
    expect(quotesIn('Kell dismissed the mayor’s charges by pointing out that the pier had opened on time.')).toEqual([
      { content: 'the mayor’s charges', cue: 'dismissed', speaker: 'Kell' },
      { content: 'the pier had opened on time', cue: 'pointing out', speaker: 'Kell' },
    ]);
  });
});
