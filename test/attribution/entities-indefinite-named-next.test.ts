/**
 * "A harbor spokesman said ... The spokesman, Rafe Tolland, said": a sentence that opens with the
 * same head under "the" and a name in apposition takes up the one just introduced, so the
 * indefinite description and the name are one person, in the lede or further down.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const LATER = 'The ferry was late again.\n\nThe pier stayed shut all morning.\n\n';

describe('an indefinite description named in the next sentence', () => {
  it('gives the name to the one introduced, past the lede', () => {
    const text = `${LATER}A harbor spokesman said the tugs were busy.\n\nThe spokesman, Rafe Tolland, said two cranes had failed.`;
    expect(resolvedQuotes(text)).toEqual([
      { content: 'the tugs were busy', cue: 'said', speaker: 'A harbor spokesman', entity: 'Rafe Tolland', mode: 'indirect' },
      { content: 'two cranes had failed', cue: 'said', speaker: 'The spokesman, Rafe Tolland', entity: 'Rafe Tolland', mode: 'indirect' },
    ]);
  });

  it('keeps apart a name given with another head', () => {
    const text = `${LATER}A harbor spokesman said the tugs were busy.\n\nThe pilot, Rafe Tolland, said two cranes had failed.`;
    expect(resolvedQuotes(text)[0]).toMatchObject({ speaker: 'A harbor spokesman', entity: 'A harbor spokesman' });
  });

  it('keeps apart a name given two sentences on', () => {
    const text = `${LATER}A harbor spokesman said the tugs were busy. The gulls circled.\n\nThe spokesman, Rafe Tolland, said two cranes had failed.`;
    expect(resolvedQuotes(text)[0]).toMatchObject({ speaker: 'A harbor spokesman', entity: 'A harbor spokesman' });
  });
});
