/**
 * "and would" inside an object goes on describing what the plan or aim named would do, rather
 * than starting the writer's next predicate.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"and would" inside an object', () => {
  it('keeps "and would spare ..." with the aim that was named', () => {
    expect(quotesIn('Ruiz seeks a tax on yachts and would spare small boat owners.')).toEqual([
      { content: 'a tax on yachts and would spare small boat owners', cue: 'seeks', speaker: 'Ruiz' },
    ]);
  });
});
