/**
 * After an inverted attribution ("said Ana Pike, a planner, ..."), a participle of saying ends the
 * speaker's appositive and is a statement of the speaker's own ("referring to the dock").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle after an inverted speaker', () => {
  it('ends the speaker right after the name', () => {
    expect(quotesIn('“The port is too small,” said Ana Pike, referring to the ferry dock.')).toEqual([
      { content: '“The port is too small,”', cue: 'said', speaker: 'Ana Pike' },
      { content: 'the ferry dock', cue: 'referring to', speaker: 'Ana Pike' },
    ]);
  });

  it('ends the speaker after an appositive', () => {
    expect(quotesIn('“The port is too small,” said Ana Pike, a planner at the harbor board, citing the ferry schedules.')).toEqual([
      { content: '“The port is too small,”', cue: 'said', speaker: 'Ana Pike, a planner at the harbor board' },
      { content: 'the ferry schedules', cue: 'citing', speaker: 'Ana Pike, a planner at the harbor board' },
    ]);
  });

  it('still keeps an appositive without a participle in the speaker', () => {
    expect(quotesIn('“The port is too small,” said Ana Pike, a planner at the harbor board.')).toEqual([
      { content: '“The port is too small,”', cue: 'said', speaker: 'Ana Pike, a planner at the harbor board' },
    ]);
  });
});
