/**
 * "The airline's fares rose. The airline said ...": when a description is first met as a
 * possessor, the entity it names takes its words without the possessive ending, so the speaker
 * who takes it up later resolves to "The airline", not "The airline's".
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('an entity first met as a possessor', () => {
  it('is named without the possessive ending', () => {
    expect(resolvedQuotes("The airline's fares rose by a third. The airline said fuel had cost more.")).toEqual([
      { content: 'fuel had cost more', cue: 'said', speaker: 'The airline', entity: 'The airline', mode: 'indirect' },
    ]);
    expect(resolvedQuotes("The drugmaker's shares slid on Monday. The drugmaker said the trial would go on.")).toEqual([
      { content: 'the trial would go on', cue: 'said', speaker: 'The drugmaker', entity: 'The drugmaker', mode: 'indirect' },
    ]);
  });
});
