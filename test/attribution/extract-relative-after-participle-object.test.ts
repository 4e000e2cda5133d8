/**
 * "A woman being treated for burns who asked not to be named said ...": a relative clause on the
 * subject that follows a participle's preposition and its object belongs to the noun before the
 * participle, not to that object; the speaker runs from "A woman". Before, "burns" spoke.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a relative clause after a participle and its object', () => {
  it('belongs to the noun before the participle', () => {
    expect(attributedQuotes('A woman being treated for burns who asked not to be named said the ward was full.')).toEqual([
      { content: 'the ward was full', cue: 'said', speaker: 'A woman being treated for burns who asked not to be named', entity: 'A woman being treated for burns' },
    ]);
    expect(attributedQuotes('A man treated for smoke inhalation who asked not to be named said the alarm never sounded.')).toEqual([
      { content: 'the alarm never sounded', cue: 'said', speaker: 'A man treated for smoke inhalation who asked not to be named', entity: 'A man treated for smoke inhalation' },
    ]);
  });
});
