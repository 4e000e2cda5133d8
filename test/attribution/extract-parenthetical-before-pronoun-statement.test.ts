/**
 * "The fees were too high, Ruiz said in an interview, and she wants a full audit.": after an
 * attribution set in the middle of a sentence, "and" or "but" with a personal pronoun, a cue and
 * what the cue takes (a clause, an object, or "to" after a cue of intention) opens a statement of
 * its own; what was said ends before it, right after the attribution or further on ("The levy, he
 * said, was unfair, and he promised to repeal it"), and the second clause is read on its own.
 * Words after the conjunction that make no statement ("and she gripped the rail") still run on
 * with what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a statement after an attribution set in the middle', () => {
  it('ends what was said before a pronoun with a cue of its own', () => {
    expect(spokenQuotes('The fees were too high, Ruiz said in an interview, and she wants a full audit.')).toEqual([
      { content: 'The fees were too high', cue: 'said', speaker: 'Ruiz' },
      { content: 'a full audit', cue: 'wants', speaker: 'she' },
    ]);
    expect(spokenQuotes('The ferry was late again, Okoro said, but he believes the new timetable will help.')).toEqual([
      { content: 'The ferry was late again', cue: 'said', speaker: 'Okoro' },
      { content: 'the new timetable will help', cue: 'believes', speaker: 'he' },
    ]);
  });

  it('ends what was said before such a statement further on', () => {
    expect(spokenQuotes('The levy, Okoro said, was unfair, and he promised to repeal it within a year.')).toEqual([
      { content: 'The levy, Okoro said, was unfair', cue: 'said', speaker: 'Okoro' },
      { content: 'to repeal it within a year', cue: 'promised', speaker: 'he' },
    ]);
  });

  it('runs on over a clause that makes no statement', () => {
    expect(spokenQuotes('The boat lurched, Okoro said, and she gripped the rail.')).toEqual([
      { content: 'The boat lurched, Okoro said, and she gripped the rail', cue: 'said', speaker: 'Okoro' },
    ]);
  });
});
