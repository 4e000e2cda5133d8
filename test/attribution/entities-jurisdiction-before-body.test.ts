/**
 * A lower-case word of the tier of government before a body's capitalised name ("the federal
 * Office of Canal Safety", "the state Department of Orchards") qualifies the body: the whole
 * phrase names it, not the words after "of" as if they were a person's name, and a later mention
 * without the word is the same body.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { resolvedQuotes } from './found-quotes.js';

describe('a tier of government before a body name', () => {
  it('names the body by the whole phrase', () => {
    expect(resolvedQuotes('The federal Office of Canal Safety said it would inspect the lock gates.')).toEqual([
      { content: 'it would inspect the lock gates', cue: 'said', speaker: 'The federal Office of Canal Safety', entity: 'The federal Office of Canal Safety', mode: 'indirect' },
    ]);
    expect(resolvedQuotes('The state Department of Orchards said the blight had spread.').map((quote) => quote.entity)).toEqual(['The state Department of Orchards']);
  });

  it('makes no person of the words after "of"', () => {
    const text = 'The county Bureau of Ferry Tolls said fares would rise in June.';
    expect(analyze({ text }).entities.some((entity) => entity.kind === 'person')).toBe(false);
  });

  it('reads a later mention without the tier as the same body', () => {
    const text = 'The federal Office of Canal Safety said it would inspect the lock gates.\n\nThe Office of Canal Safety said the inspection would take a week.';
    expect(resolvedQuotes(text).map((quote) => quote.entity)).toEqual(['The federal Office of Canal Safety', 'The federal Office of Canal Safety']);
  });
});
