/**
 * "posted a statement on its website saying ...", "a video on social media promising ...": the
 * phrase before the participle holds the document, a link and a channel in lower case; the
 * document's author (the clause's subject) speaks, as after a named channel ("on Facebook").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a document on a channel before a participle', () => {
  it('gives the statement to the subject after "on its website"', () => {
    expect(spokenQuotes('The brewery posted a statement on its website saying that the taproom would close.')).toEqual([
      { content: 'the taproom would close', cue: 'saying', speaker: 'The brewery' },
    ]);
  });

  it('does so after "on social media"', () => {
    expect(spokenQuotes('The militia leader posted a video on social media promising that his men would spare the villages.')).toEqual([
      { content: 'his men would spare the villages', cue: 'promising', speaker: 'The militia leader' },
    ]);
  });
});
