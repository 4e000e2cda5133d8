/**
 * "..., with X calling Y a Z": after "with", the phrase before a participle is its subject, also
 * for cues whose content is an object or an infinitive. A participle with a comma right after it
 * takes no complement ("with every ward reporting, the lead ..."): the clause after the comma is
 * the sentence's own.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('"with X" and a participle', () => {
  it('reads an object cue after "with" and its subject', () => {
    expect(quotesIn('The debate turned sour, with Mayor Oren Kell calling the harbor plan a fraud.')).toEqual([
      { content: 'the harbor plan a fraud', cue: 'calling', speaker: 'Mayor Oren Kell' },
    ]);
  });

  it('reads a phrasal object cue after "with"', () => {
    expect(quotesIn('Several growers left the hall, with Ana Lind calling for a ban on river barges.')).toEqual([
      { content: 'a ban on river barges', cue: 'calling for', speaker: 'Ana Lind' },
    ]);
  });

  it('leaves a phrase after "with" inside a clause as the thing described', () => {
    expect(quotesIn('The board swapped the old rule with wording calling for more ferries.')).toEqual([]);
  });

  it('leaves a participle of attitude after "with" unread', () => {
    expect(quotesIn('The vote was close, with most farmers supporting the new levy.')).toEqual([]);
  });

  it('reads no statement when a comma follows the participle at once', () => {
    expect(quotesIn('Even with every ward reporting, the contest for the Dorset seat stayed too close to call.')).toEqual([]);
    expect(quotesIn('With almost 90 percent of the precincts reporting, the levy vote in Marlow County was tied late Tuesday.')).toEqual([]);
  });

  it('still reads a quotation after the comma', () => {
    expect(quotesIn('Growers lined the pier, with one of them shouting, “Save the barges!”')).toEqual([
      { content: '“Save the barges!”', cue: 'shouting', speaker: 'one of them' },
    ]);
    expect(quotesIn('The levy passed, with all districts reporting that turnout had doubled.')).toEqual([
      { content: 'turnout had doubled', cue: 'reporting', speaker: 'all districts' },
    ]);
  });
});
