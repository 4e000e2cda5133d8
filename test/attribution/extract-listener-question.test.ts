/**
 * A question after "to" and a listener: "explained to reporters why the port closed".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a question after "to" and a listener', () => {
  it('reads the wh-clause after the listener', () => {
    expect(quotesIn('Tom Kell explained to reporters why the harbor had closed.')).toEqual([
      { content: 'why the harbor had closed', cue: 'explained', speaker: 'Tom Kell' },
    ]);
  });

  it('leaves a relative clause on the listener inside the adjunct', () => {
    const contents = quotesIn('Kell explained to growers who lost farms that the levy was fair.').map((q) => q.content);
    expect(contents.some((c) => c.startsWith('who'))).toBe(false);
  });
});
