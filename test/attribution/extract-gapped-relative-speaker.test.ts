/**
 * "a move traders said could tighten supplies": a finite verb right after the cue shows that the
 * clause lacks its subject, so the cue sits in a relative clause without "that" on the noun before
 * the speaker. The speaker is the name or the plural noun after that noun, and the content keeps
 * the noun, as it does after "a levy the council said was overdue".
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

describe('a relative clause without "that" whose speaker follows a bare noun', () => {
  it('takes a plural noun after the noun as the speaker', () => {
    expect(resolvedQuotes('Grain prices rose after the ban, a move traders said could tighten supplies for months.')[0]).toMatchObject({
      content: 'a move traders said could tighten supplies for months',
      cue: 'said',
      speaker: 'traders',
    });
  });

  it('takes a name after the noun as the speaker', () => {
    expect(resolvedQuotes('It is a gamble Halloran said could help the party this fall.')[0]).toMatchObject({
      content: 'a gamble Halloran said could help the party this fall',
      cue: 'said',
      speaker: 'Halloran',
    });
  });

  it('leaves a subject whole when its clause has a subject of its own or its words are a name', () => {
    expect(resolvedQuotes('The top officials said it would pass.')[0]).toMatchObject({ content: 'it would pass', speaker: 'The top officials' });
    expect(resolvedQuotes('The Institute for Trade and Development says would-be buyers are waiting.')[0]).toMatchObject({
      speaker: 'The Institute for Trade and Development',
    });
  });
});
