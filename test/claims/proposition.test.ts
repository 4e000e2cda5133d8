import { describe, expect, it } from 'vitest';
import { readProposition } from '../../src/claims/proposition.js';
import { segmentText } from '../../src/text/document.js';

/** Reads the proposition of `content`, which must occur in `text`. */
function read(text: string, content: string) {
  const start = text.indexOf(content);
  if (start < 0) throw new Error('content not in text');
  const end = start + content.length;
  const { tokens } = segmentText(text);
  const from = tokens.findIndex((t) => t.end > start);
  const after = tokens.findIndex((t) => t.start >= end);
  const parts = readProposition(tokens, from, after < 0 ? tokens.length : after, start, end);
  const slice = (s: { start: number; end: number } | undefined) => (s === undefined ? undefined : text.slice(s.start, s.end));
  return { text: text.slice(parts.start, parts.end), condition: slice(parts.condition), negation: slice(parts.negation), modal: parts.modality?.verb, modalWords: slice(parts.modality?.span) };
}

describe('readProposition', () => {
  it('drops a leading "that" and trailing commas and quote marks', () => {
    expect(read('She said that the plan was fair, and left.', 'that the plan was fair,').text).toBe('the plan was fair');
    expect(read('“We will win,” he said.', '“We will win,”').text).toBe('We will win');
  });

  it('keeps a demonstrative "That" that opens a sentence', () => {
    expect(read('The fee went up. That is true, and beside the point.', 'That is true, and beside the point.').text).toBe('That is true, and beside the point.');
  });

  it('keeps a fronted condition apart, up to its comma', () => {
    const r = read('He warned that if the talks fail, the army will move in.', 'if the talks fail, the army will move in');
    expect(r.condition).toBe('if the talks fail');
    expect(r.modal).toBe('will');
  });

  it('keeps a trailing condition apart, to the end of the clause', () => {
    expect(read('She said they would sue unless the paper apologised.', 'they would sue unless the paper apologised').condition).toBe('unless the paper apologised');
  });

  it('reads "should he fail" as a condition but "should" after a subject as a modal', () => {
    const r = read('They vowed to act, should he fail to reply.', 'to act, should he fail to reply');
    expect(r.condition).toBe('should he fail to reply');
    expect(read('He said the city should pay.', 'the city should pay').modal).toBe('should');
  });

  it('does not read "as if" or "what if" as a condition', () => {
    expect(read('He said it looked as if the deal was dead.', 'it looked as if the deal was dead').condition).toBeUndefined();
  });

  it('finds the first negation and modal outside the condition, contractions included', () => {
    const r = read('He said that if asked, they won’t attend.', 'if asked, they won’t attend');
    expect(r.condition).toBe('if asked');
    expect(r.negation).toBe('won’t');
    expect(r.modal).toBe('will');
    expect(read('She said there was no consensus.', 'there was no consensus').negation).toBe('no');
    expect(read('He said we’ll be there.', 'we’ll be there').modal).toBe('will');
    expect(read('He said they could never agree.', 'they could never agree')).toMatchObject({ modal: 'could', negation: 'never' });
  });

  it('reads "May" with a capital as the month, not a modal', () => {
    expect(read('She said the vote was held in May last year.', 'the vote was held in May last year').modal).toBeUndefined();
  });

  it('has no polarity word in a plain statement', () => {
    expect(read('He said the talks were useful.', 'the talks were useful')).toMatchObject({ negation: undefined, condition: undefined, modal: undefined });
  });
});
