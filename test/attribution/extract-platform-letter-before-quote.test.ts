/**
 * A lone capital after a lower-case word ("posted on X.") is a word, not the middle initial of a
 * name, so its period ends the sentence before an opening quote mark as it does before "The": a
 * quotation that goes on in the next sentence joins the first, and neither is lost. A middle
 * initial follows a capitalised name, and there a quoted nickname may follow ("Ada M. “Dot” Reyes").
 */
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/text/document.js';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a lone capital after a lower-case word before a quotation', () => {
  it('ends the sentence, and the quotation after it continues the first', () => {
    expect(quotesIn('“The ferry fares are a scandal,” Orrin Vale wrote on X. “Somebody has to answer for them.”')).toEqual([
      {
        content: '“The ferry fares are a scandal,” Orrin Vale wrote on X. “Somebody has to answer for them.”',
        cue: 'wrote',
        speaker: 'Orrin Vale',
      },
    ]);
  });

  it('also with straight quote marks', () => {
    expect(quotesIn('"We won the toss," Pell posted on X. "Then it rained."')).toEqual([
      { content: '"We won the toss," Pell posted on X. "Then it rained."', cue: 'posted', speaker: 'Pell' },
    ]);
  });

  it('keeps the initial of a name before a quoted nickname', () => {
    const tokens = segmentText('Ada M. “Dot” Reyes said the pier was closed.').tokens.map((t) => t.text);
    expect(tokens.slice(0, 2)).toEqual(['Ada', 'M.']);
  });
});
