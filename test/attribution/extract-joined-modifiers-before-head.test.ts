/**
 * "The chief executive of the search and advertising company Nexora told ...", "the oil and gas
 * firm": two bare lower-case modifiers joined by "and" after an article, before the head that both
 * modify, are one phrase; the speaker is not cut at "and" to the second modifier and the head.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('two modifiers joined by "and" before a head', () => {
  it('stay in the speaker phrase', () => {
    expect(spokenQuotes('The founder of the shipping and logistics group Harlow said the port would close.')).toEqual([
      { content: 'the port would close', cue: 'said', speaker: 'The founder of the shipping and logistics group Harlow' },
    ]);
    expect(spokenQuotes('A spokesman for the oil and gas firm said output had fallen.')).toEqual([
      { content: 'output had fallen', cue: 'said', speaker: 'A spokesman for the oil and gas firm' },
    ]);
  });

  it('leave two joined phrases with determiners of their own as they were', () => {
    expect(spokenQuotes('The mayor and the governor said the port would close.')).toEqual([
      { content: 'the port would close', cue: 'said', speaker: 'The mayor and the governor' },
    ]);
  });
});
