/**
 * "according to a copy seen by reporters": a participle after the source whose "by" names no
 * author opens a reduced relative, no part of the source; a copy, an excerpt or a recording is a
 * thing, no person. A named author after "by" stays in the source ("a copy obtained by the Herald").
 */
import { describe, expect, it } from 'vitest';
import { typedQuotes } from './found-quotes.js';

function quotesOf(text: string): [string, string | undefined, string | undefined, string | undefined][] {
  return typedQuotes(text).map((quote) => [quote.content, quote.cue, quote.speaker, quote.kind]);
}

describe('according to a source with a reduced relative', () => {
  it('ends the source before a participle whose agent is unnamed', () => {
    expect(quotesOf('The levy on ferries would double next year, according to a copy seen by reporters.')).toEqual([
      ['The levy on ferries would double next year', 'according to', 'a copy', 'unknown'],
    ]);
  });

  it('keeps a named author in the source', () => {
    expect(quotesOf('The levy on ferries would double next year, according to a draft obtained by the Marsh Courier.')).toEqual([
      ['The levy on ferries would double next year', 'according to', 'a draft obtained by the Marsh Courier', 'unknown'],
    ]);
  });
});
