import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

/**
 * A definite description whose head several named people hold equally as a synonym of their
 * titles ("the diplomat" after two ambassadors) is no guess between them; when a description
 * of that head introduced someone after both ("One Western diplomat, who asked not to be
 * named,"), the article points back to that one.
 */
describe('a description after a title several hold', () => {
  const holders = 'Council vote fails\n\n“We tried,” U.S. Ambassador Ruth Okafor told reporters after the vote.\n\nPeru’s ambassador, Piet Varga, said his country abstained.\n\n';

  it('takes up the description introduced after the holders', () => {
    const text = `${holders}One Western diplomat, who asked not to be named, said the draft had been rewritten twice.\n\n“Nobody read the last version,” the diplomat said.`;
    expect(resolvedQuotes(text)).toContainEqual({ content: '“Nobody read the last version,”', cue: 'said', speaker: 'the diplomat', entity: 'One Western diplomat', mode: 'direct' });
  });

  it('leaves the title unresolved when no description of its head came after the holders', () => {
    const text = `${holders}“Nobody read the last version,” the diplomat said.`;
    const quote = resolvedQuotes(text).find((q) => q.content === '“Nobody read the last version,”');
    expect(quote?.speaker).toBe('the diplomat');
    expect(quote?.entity).toBeUndefined();
  });
});
