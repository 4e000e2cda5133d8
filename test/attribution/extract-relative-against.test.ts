/**
 * "Builders who testified against the mayor told the court ...": what a cue in a restrictive
 * relative clause on the subject is against is a noun phrase, and it ends where the main clause's
 * verb of saying follows; the head of the clause speaks the main statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"against" in a relative clause on the subject', () => {
  it('ends what the inner cue is against before the main cue', () => {
    expect(quotesIn('Two builders who testified against the mayor in exchange for lighter terms told the court they had paid him in cash.')).toEqual([
      { content: 'the mayor in exchange for lighter terms', cue: 'testified', speaker: 'who' },
      { content: 'they had paid him in cash', cue: 'told', speaker: 'Two builders who testified against the mayor in exchange for lighter terms' },
    ]);
  });

  it('leaves "argued against" in a main clause alone', () => {
    expect(quotesIn('Council member Ivo Brann argued against the new ferry levy at the meeting.')).toEqual([
      { content: 'the new ferry levy at the meeting', cue: 'argued', speaker: 'Council member Ivo Brann' },
    ]);
  });
});
