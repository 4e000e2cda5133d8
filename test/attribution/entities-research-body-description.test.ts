/**
 * "The Orrin Policy Institute said ... The institute said": a description headed by "institute",
 * "foundation", "university" or "court" stands for the body of that kind named just before, as
 * "the agency" does for a public body.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a research, learning or law body named by its kind', () => {
  it('resolves "the institute" to the institute named before', () => {
    expect(attributedQuotes('The Orrin Policy Institute said rents would rise. The institute said it would publish its data in May.')).toEqual([
      { content: 'rents would rise', cue: 'said', speaker: 'The Orrin Policy Institute', entity: 'Orrin Policy Institute' },
      { content: 'it would publish its data in May', cue: 'said', speaker: 'The institute', entity: 'Orrin Policy Institute' },
    ]);
  });

  it('resolves "the foundation", "the university" and "the court" alike', () => {
    expect(attributedQuotes('The Harrow Foundation said the grants were paused. The foundation said no staff would lose their jobs.')[1]).toEqual(
      { content: 'no staff would lose their jobs', cue: 'said', speaker: 'The foundation', entity: 'Harrow Foundation' },
    );
    expect(attributedQuotes('Keldon State University said classes would resume. The university said the library would stay shut.')[1]).toEqual(
      { content: 'the library would stay shut', cue: 'said', speaker: 'The university', entity: 'Keldon State University' },
    );
    expect(attributedQuotes('The Tarn Supreme Court ruled that the levy was lawful. The court said the council had acted within its powers.')[1]).toEqual(
      { content: 'the council had acted within its powers', cue: 'said', speaker: 'The court', entity: 'Tarn Supreme Court' },
    );
  });
});
