import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokens.js';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, initials and dotted words whole with their period', () => {
    expect(texts('Gov. J. Ruiz met U.S. envoys at 9 a.m. on Sept. 5 at Orvo Inc. in Tulsa, Okla. today.')).toEqual([
      'Gov.', 'J.', 'Ruiz', 'met', 'U.S.', 'envoys', 'at', '9', 'a.m.', 'on', 'Sept.', '5', 'at', 'Orvo', 'Inc.', 'in', 'Tulsa', ',',
      'Okla.', 'today', '.',
    ]);
  });

  it('keeps a possessive after an abbreviation\'s period in the word', () => {
    const tokens = tokenize('The U.N.\'s panel met Harwick Inc.\u2019s board; the U.S. \'s\' and U.S.\'sa stay apart.');
    expect(tokens.map((t) => t.text)).toEqual([
      'The', 'U.N.\'s', 'panel', 'met', 'Harwick', 'Inc.\u2019s', 'board', ';', 'the', 'U.S.', '\'', 's', '\'', 'and', 'U.S.', '\'', 'sa', 'stay', 'apart', '.',
    ]);
    expect(tokens[5]?.norm).toBe("inc.'s");
  });

  it('reads "No." as an abbreviation only before a number', () => {
    expect(texts('Vote no. He is No. 2. “No.” she said.')).toEqual(['Vote', 'no', '.', 'He', 'is', 'No.', '2', '.', '“', 'No', '.', '”', 'she', 'said', '.']);
  });

  it('gives the acronyms US and WHO a norm of their own, but not inside a run of capitals', () => {
    const norms = (text: string) => tokenize(text).map((t) => t.norm);
    expect(norms('The US and the WHO agreed; tell us who.')).toEqual(['the', 'u.s.', 'and', 'the', 'w.h.o.', 'agreed', ';', 'tell', 'us', 'who', '.']);
    expect(norms('WHO IS TO BLAME')).toEqual(['who', 'is', 'to', 'blame']);
  });

  it('leaves the period of a sentence-final ordinary word as a token of its own', () => {
    expect(texts('They waited.')).toEqual(['They', 'waited', '.']);
  });

  it('does not take "ill." or "miss." for the state abbreviations Ill. and Miss.', () => {
    expect(texts('He was ill. She will miss. Peoria, Ill. voted.')).toEqual([
      'He', 'was', 'ill', '.', 'She', 'will', 'miss', '.', 'Peoria', ',', 'Ill.', 'voted', '.',
    ]);
  });

  it('keeps apostrophes and hyphens inside words and separators inside numbers', () => {
    expect(texts('Don’t sign the cease-fire, Trump’s aide said of the 1,200.5 tons.')).toEqual([
      'Don’t', 'sign', 'the', 'cease-fire', ',', 'Trump’s', 'aide', 'said', 'of', 'the', '1,200.5', 'tons', '.',
    ]);
  });

  it('makes a leading elision apostrophe a token of its own', () => {
    expect(texts('the ’90s')).toEqual(['the', '’', '90s']);
  });

  it('normalises case and curly apostrophes for lexicon lookups', () => {
    const [word] = tokenize('Don’t');
    expect(word?.norm).toBe("don't");
  });

  it('kinds tokens as word, number, punct or quote', () => {
    const kinds = tokenize('“Yes,” 42 men said.').map((t) => [t.text, t.kind]);
    expect(kinds).toEqual([
      ['“', 'quote'], ['Yes', 'word'], [',', 'punct'], ['”', 'quote'], ['42', 'number'], ['men', 'word'], ['said', 'word'], ['.', 'punct'],
    ]);
  });

  it("reads the doubled apostrophes '', ‘‘ and ’’ as one quote token", () => {
    expect(tokenize("''Go,'' he said.").map((t) => [t.text, t.kind])).toEqual([
      ["''", 'quote'], ['Go', 'word'], [',', 'punct'], ["''", 'quote'], ['he', 'word'], ['said', 'word'], ['.', 'punct'],
    ]);
    expect(texts('‘‘Go,’’ he said.')).toEqual(['‘‘', 'Go', ',', '’’', 'he', 'said', '.']);
  });

  it("splits a closing ''' into the single quote and then the doubled apostrophe", () => {
    const text = "''They said 'done.''' Then";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["''", 'They', 'said', "'", 'done', '.', "'", "''", 'Then']);
    const last = tokens[7];
    expect(last && text.slice(last.start, last.end)).toBe("''");
    expect(last?.end).toBe(text.indexOf(' Then'));
  });

  it('keeps runs of periods together', () => {
    expect(texts('Wait... what…')).toEqual(['Wait', '...', 'what', '…']);
  });

  it('makes no token of a zero-width space or a NEL line break', () => {
    expect(texts('a\u200bb\u0085c')).toEqual(['a', 'b', 'c']);
  });

  it('gives offsets whose slice is the token text, within the range asked for', () => {
    const text = 'Skip this. Take “these” words.';
    const from = text.indexOf('Take');
    const tokens = tokenize(text, from, text.length - 1);
    expect(tokens.map((t) => t.text)).toEqual(['Take', '“', 'these', '”', 'words']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('the ASCII fast path', () => {
  // The hand-written scanner for ASCII text must cut exactly where the Unicode regular
  // expression does, with non-ASCII letters, digits, marks and punctuation right next to it.
  const piece = fc.constantFrom('a', 'B', '1', '9', "'", '’', '‑', '-', '.', ',', ':', '&', ' ', '\n', 'é', 'e\u0301', '😀', '“', '”', '‘', '\u200b', '\u0085', '\u00a0', 'Ω', '٣', 'x', '_', '$', '\t', 'Mr', 'U.S', '’s');
  it('gives the same tokens as matching every token with the regular expression', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(tokenize(text)).toEqual(tokenize(text, 0, text.length, false));
      }),
      { numRuns: 3000 },
    );
  });
});
