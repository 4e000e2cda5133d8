/**
 * A time or event word inside what an object cue names does not end it: a weekday before a noun
 * or a name, "earlier" before a noun, an event word before the noun it modifies, and a time
 * adjunct that a quotation naming what the object was called follows.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('time and event words inside an object', () => {
  it('reads on past a weekday used before a noun', () => {
    expect(quotesIn('Ruiz faulted the council in a Tuesday broadcast as "a relic of another age."')).toEqual([
      { content: 'the council in a Tuesday broadcast as "a relic of another age."', cue: 'faulted', speaker: 'Ruiz' },
    ]);
  });

  it('reads on past a weekday that opens a name', () => {
    expect(quotesIn('Kell praised a memoir by Wednesday Lind about farm life.')).toEqual([
      { content: 'a memoir by Wednesday Lind about farm life', cue: 'praised', speaker: 'Kell' },
    ]);
  });

  it('reads on past "earlier" before a noun', () => {
    expect(quotesIn('Ruiz urged Kell to recant earlier remarks about the dam.')).toEqual([
      { content: 'Kell to recant earlier remarks about the dam', cue: 'urged', speaker: 'Ruiz' },
    ]);
  });

  it('reads on past an event word before the noun it modifies', () => {
    expect(quotesIn('Ruiz praised the mayor\'s comments expressing trust in his campaign staff.')).toEqual([
      { content: 'the mayor\'s comments expressing trust in his campaign staff', cue: 'praised', speaker: 'Ruiz' },
    ]);
  });

  it('reads on past a time adjunct to the quotation that names what it was called', () => {
    expect(quotesIn('Kell called the levy on Sunday "reckless."')).toEqual([
      { content: 'the levy on Sunday "reckless."', cue: 'called', speaker: 'Kell' },
    ]);
    expect(quotesIn('Kell called the levy Friday a "farce."')).toEqual([
      { content: 'the levy Friday a "farce."', cue: 'called', speaker: 'Kell' },
    ]);
  });

  it('still ends before a plain time adjunct or an event', () => {
    expect(quotesIn('Kell praised the plan on Monday.')).toEqual([{ content: 'the plan', cue: 'praised', speaker: 'Kell' }]);
    expect(quotesIn('Lind repeated her position at a town hall near Ames.')).toEqual([{ content: 'her position', cue: 'repeated', speaker: 'Lind' }]);
  });
});
