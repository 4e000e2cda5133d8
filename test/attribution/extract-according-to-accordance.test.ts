/**
 * "according to" a wish or a bare plan means in keeping with it ("voted according to their
 * preference", "went according to plan"): no one is cited. A plan with a determiner may be a
 * document that is cited ("according to her plan, ...").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"according to" in keeping with something', () => {
  it('reads no source in a wish or a bare plan', () => {
    expect(quotesIn('Voters simply pull the lever for one party, according to their instinctive preference.')).toEqual([]);
    expect(quotesIn('If all goes according to plan, the dam will open in May.')).toEqual([]);
  });

  it('still reads a cited plan or people as the source', () => {
    expect(quotesIn('According to her plan, taxes on the mill would rise.')).toEqual([
      { content: 'taxes on the mill would rise', cue: 'According to', speaker: 'her plan' },
    ]);
    expect(quotesIn("The dam will close, according to aides familiar with the board's plans.")).toEqual([
      { content: 'The dam will close', cue: 'according to', speaker: "aides familiar with the board's plans" },
    ]);
  });
});
