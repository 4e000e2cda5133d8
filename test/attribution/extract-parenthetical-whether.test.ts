/**
 * "It is unclear, officials said, whether the dam will hold": after a parenthetical attribution a
 * clause opened by "whether" completes what came before it, so the statement runs on through it,
 * as one opened by "because" or "if" does.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"whether" after a parenthetical attribution', () => {
  it('carries the statement on', () => {
    expect(spokenQuotes('It is unclear, officials said, whether the dam will hold through the spring.')).toEqual([
      { content: 'It is unclear, officials said, whether the dam will hold through the spring', cue: 'said', speaker: 'officials' },
    ]);
  });

  it('leaves a relative clause after the attribution out, as before', () => {
    expect(spokenQuotes('The dam held, officials said, which surprised the growers.')).toEqual([{ content: 'The dam held', cue: 'said', speaker: 'officials' }]);
  });
});
