/**
 * A bullet, an asterisk or a dash that opens a list item is not part of what was said: the
 * content starts at the first word after it, whichever rule finds the statement.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a list marker before a statement', () => {
  it('leaves a bullet out of a statement sourced with "according to"', () => {
    expect(quotesIn('• The two climbers were cold but unhurt, according to the mountain rescue team.')).toEqual([
      { content: 'The two climbers were cold but unhurt', cue: 'according to', speaker: 'the mountain rescue team' },
    ]);
  });

  it('leaves an asterisk out of the same kind of statement', () => {
    expect(quotesIn('* Ticket sales fell by a third in March, according to the theater owners.')).toEqual([
      { content: 'Ticket sales fell by a third in March', cue: 'according to', speaker: 'the theater owners' },
    ]);
  });

  it('leaves a square bullet out of a statement whose speaker comes after it', () => {
    expect(quotesIn('\u25aa The ferry will run twice a day until June, the harbor master said.')).toEqual([
      { content: 'The ferry will run twice a day until June', cue: 'said', speaker: 'the harbor master' },
    ]);
  });
});
