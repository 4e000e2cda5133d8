/**
 * "The firm that built the dam said ...": a relative clause opened by "that" and a verb, ending in
 * the phrase right before the cue, belongs to the sentence's subject; the speaker is the phrase the
 * clause belongs to, clause and all. So too when a name in commas follows the clause ("The man who
 * found the body, Tom Reed, said"), with "who" or "that".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a subject with a relative clause before the cue', () => {
  it('reads a "that" clause as part of the speaker', () => {
    expect(spokenQuotes('The firm that built the dam said the design was sound.')).toEqual([
      { content: 'the design was sound', cue: 'said', speaker: 'The firm that built the dam' },
    ]);
    expect(spokenQuotes('A study that appeared in the Felton Review found that the drug worked.')).toEqual([
      { content: 'the drug worked', cue: 'found', speaker: 'A study that appeared in the Felton Review' },
    ]);
  });

  it('reads a "that" clause with a verb in "-s" as part of the speaker', () => {
    expect(spokenQuotes('The agency that regulates the ferries said the boats were safe.')).toEqual([
      { content: 'the boats were safe', cue: 'said', speaker: 'The agency that regulates the ferries' },
    ]);
  });

  it('reads a "that" clause whose object has no determiner as part of the speaker', () => {
    expect(spokenQuotes('The guild that represents ferry pilots said the new rosters were unsafe.')).toEqual([
      { content: 'the new rosters were unsafe', cue: 'said', speaker: 'The guild that represents ferry pilots' },
    ]);
    expect(spokenQuotes('A union that represents 900 cleaners said talks had stalled.')).toEqual([
      { content: 'talks had stalled', cue: 'said', speaker: 'A union that represents 900 cleaners' },
    ]);
  });

  it('reads a relative clause before a name in commas as part of the speaker', () => {
    expect(spokenQuotes('The company that makes the scanners, Lorvex, said it had not been paid.')).toEqual([
      { content: 'it had not been paid', cue: 'said', speaker: 'The company that makes the scanners, Lorvex' },
    ]);
    expect(spokenQuotes('The man who found the canoe, Tom Reed, said he called the police at once.')).toEqual([
      { content: 'he called the police at once', cue: 'said', speaker: 'The man who found the canoe, Tom Reed' },
    ]);
  });

  it('leaves a "that" clause that says what was said to its own cue', () => {
    expect(spokenQuotes('Ana Lind told reporters that officials said the dam was safe.')).toEqual([
      { content: 'officials said the dam was safe', cue: 'told', speaker: 'Ana Lind' },
    ]);
  });
});
