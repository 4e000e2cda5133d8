/**
 * "The Drug Safety Agency said ... The Lung Foundation said ... The regulator said": a description
 * of a public body ("the regulator", "the agency") takes up the last arm of government named, not
 * a foundation, an institute, a university or a court named after it; those are taken up only by
 * their own word ("the foundation").
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes } from './found-quotes.js';

const STORY = [
  'The Drug Safety Agency said on Monday that two batches of an inhaler were faulty.',
  'The Lung Foundation, a charity, said patients should keep using their inhalers until told otherwise.',
  'The regulator said replacements would reach pharmacies within a week.',
  'The foundation said it had set up a telephone line for worried families.',
].join('\n\n');

describe('a public body described after a foundation is named', () => {
  it('resolves "the regulator" to the agency', () => {
    expect(resolvedQuotes(STORY).find((quote) => quote.speaker === 'The regulator')?.entity).toBe('The Drug Safety Agency');
  });

  it('resolves "the foundation" to the foundation', () => {
    expect(resolvedQuotes(STORY).find((quote) => quote.speaker === 'The foundation')?.entity).toBe('Lung Foundation');
  });
});
