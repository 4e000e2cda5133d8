import type { Diagnostic } from '../model/analysis.js';
import { splitParagraphs, type Paragraph } from './paragraphs.js';
import { pairQuoteMarks, type Quotation } from './quote-marks.js';
import { appendSentences, type Sentence } from './sentences.js';
import { appendTokens, type Token } from './tokens.js';

/** A text split into paragraphs, sentences and tokens, with its quote marks paired. */
export interface TextDocument {
  /** The text, unchanged; every offset refers to it. */
  readonly text: string;
  /** The paragraphs, in order. */
  readonly paragraphs: readonly Paragraph[];
  /** The sentences, in order, each inside one paragraph. */
  readonly sentences: readonly Sentence[];
  /** Every token of the text, in order. */
  readonly tokens: readonly Token[];
  /** Every paired quotation, by position of the opening mark. */
  readonly quotations: readonly Quotation[];
  /** Problems found in the text's punctuation, such as unpaired quote marks. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Splits a text into paragraphs, sentences and tokens and pairs its quote marks, all with
 * offsets into the text as given. Never throws on any string.
 *
 * @example
 * ```ts
 * const doc = segmentText('Gov. Ann Lee said: “We will rebuild. It will take time.” Then she left.');
 * doc.sentences.length;   // 2
 * doc.quotations[0]?.contentStart;
 * ```
 */
export function segmentText(text: string): TextDocument {
  const paragraphs = splitParagraphs(text);
  const { quotations, diagnostics } = pairQuoteMarks(text, paragraphs);
  // Every token lies inside a paragraph (what is between them is white space, which makes no
  // token), so the text is tokenized paragraph by paragraph: each one's tokens come out in a
  // range of their own, with no search for where it starts and ends.
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Quotations that run over several paragraphs; they never overlap one another.
  const spanning = quotations.filter((quotation) => quotation.segments.length > 1);
  let q = 0;
  let m = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para === undefined) continue;
    const first = tokens.length;
    appendTokens(tokens, text, para.start, para.end);
    const t = tokens.length;
    const local: Quotation[] = [];
    // A quotation that opened in an earlier paragraph and continues here also holds sentences together.
    while (m < spanning.length && (spanning[m]?.close ?? 0) <= para.start) m++;
    const continued = spanning[m];
    if (continued !== undefined && continued.open < para.start) local.push(continued);
    while (q < quotations.length && (quotations[q]?.open ?? 0) < para.start) q++;
    for (let r = q; r < quotations.length && (quotations[r]?.open ?? 0) < para.end; r++) {
      const quotation = quotations[r];
      if (quotation !== undefined) local.push(quotation);
    }
    appendSentences(sentences, tokens, first, t, p, local, text);
  }
  return { text, paragraphs, sentences, tokens, quotations, diagnostics };
}
