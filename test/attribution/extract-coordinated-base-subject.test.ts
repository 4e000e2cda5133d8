/**
 * A bare verb form agrees with a subject of two phrases joined by "and", the first of them
 * plural, though the phrase right before the verb is singular: "Several reports and a detailed
 * audit reveal ...". The two together speak.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a bare verb after a coordinated subject', () => {
  it('reads a plural and a singular phrase joined by "and" as the subject', () => {
    expect(quotesIn('Several harbor reports and a detailed audit from the county reveal there were two breaches at the dock.')).toEqual([
      { content: 'there were two breaches at the dock', cue: 'reveal', speaker: 'Several harbor reports and a detailed audit from the county' },
    ]);
  });

  it('reads a count of people and an official', () => {
    expect(quotesIn('Two growers and a harbor official say the dam leaks.')).toEqual([
      { content: 'the dam leaks', cue: 'say', speaker: 'Two growers and a harbor official' },
    ]);
  });

  it('leaves two singular things with a bare form', () => {
    expect(quotesIn('The dam and the pier say nothing.')).toEqual([]);
  });
});
