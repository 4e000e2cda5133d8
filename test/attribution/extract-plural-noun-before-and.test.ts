/**
 * "said the tools can write code, clone voices and fake faces": after a comma inside what was said,
 * a word that is also a present verb of saying ("voices", "claims", "reports") right before "and"
 * or "or" is a plural noun in a list, the object of the verb before it, and no new attribution:
 * what was said runs on to the end of the list.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a plural noun that is also a verb of saying, before "and" in a list', () => {
  it('keeps the list in what was said', () => {
    expect(spokenQuotes('Ostrova said the new app could mimic faces, copy voices and forge signatures.')).toEqual([
      { content: 'the new app could mimic faces, copy voices and forge signatures', cue: 'said', speaker: 'Ostrova' },
    ]);
    expect(spokenQuotes('Pell warned that the office would review budgets, audit claims or freeze grants.')).toEqual([
      { content: 'the office would review budgets, audit claims or freeze grants', cue: 'warned', speaker: 'Pell' },
    ]);
  });

  it('still ends what was said before a subject with a verb of saying', () => {
    expect(spokenQuotes('Ostrova said the app was safe, but the union claims otherwise.').map((q) => q.content)).toContain('the app was safe');
  });
});
