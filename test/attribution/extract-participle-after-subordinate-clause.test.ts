/**
 * "Reed urged a recount while the tally went on, saying ...": a clause that "while", "as",
 * "because" and the like tie to the verb before it, with no comma between, belongs to the main
 * clause; a participle after it continues the main clause, whose subject speaks, not the
 * subject of the subordinate clause.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a participle after a subordinate clause on the main verb', () => {
  it('is said by the main clause, not the subordinate one', () => {
    expect(spokenQuotes('Ana Roth left the chamber while the debate continued, saying the vote had been rigged.')).toEqual([{ content: 'the vote had been rigged', cue: 'saying', speaker: 'Ana Roth' }]);
  });

  it('is said by the speaker of a statement the main clause made', () => {
    expect(spokenQuotes('Omar Cass called for the chief to resign while the inquiry continued, saying the count was flawed.')).toEqual([
      { content: 'the chief to resign', cue: 'called for', speaker: 'Omar Cass' },
      { content: 'the count was flawed', cue: 'saying', speaker: 'Omar Cass' },
    ]);
  });

  it('leaves the participle to a subordinate clause whose verb takes a complement', () => {
    expect(spokenQuotes('The row began a week after Dana Kell won the seat, calling her rival a fraud.')).toEqual([{ content: 'her rival a fraud', cue: 'calling', speaker: 'Dana Kell' }]);
  });

  it('leaves a subordinate clause that opens the sentence to its own subject', () => {
    expect(spokenQuotes('While the debate went on, the senator walked out, saying the vote had been rigged.')).toEqual([{ content: 'the vote had been rigged', cue: 'saying', speaker: 'the senator' }]);
  });
});
