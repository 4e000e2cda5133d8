/**
 * "Retired Judge Breaks Silence on Reform": in a title-case headline every word is capitalised,
 * so a title there makes no name of the words after it ("Breaks Silence") unless they start with
 * a given name; the headline's words join an entity only when the body names it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('a title in a title-case headline', () => {
  it('makes no entity of the verb after it', () => {
    const { entities } = analyze({ text: 'Retired Judge Breaks Silence on Bail Reform\n\nJudge Ines Varo said the bail rules were too harsh.' });
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Ines Varo']);
  });
});
