/**
 * After a fronted subordinate clause or adjunct, a cue followed by its object or listener reads
 * forwards; the words before the comma are not what was said.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a cue with an object after a fronted clause', () => {
  it('reads the object after a fronted subordinate clause', () => {
    expect(quotesIn('Though he has dropped most of them, farm leaders have questioned his sincerity.')).toEqual([
      { content: 'his sincerity', cue: 'questioned', speaker: 'farm leaders' },
    ]);
  });

  it('reads the listener and the infinitive after a fronted adjunct', () => {
    expect(quotesIn('Since October, officials have told Dunmore residents not to drink the water.')).toEqual([
      { content: 'Dunmore residents not to drink the water', cue: 'told', speaker: 'officials' },
    ]);
  });

  it('still reads a quotation before the cue, whatever follows the listener', () => {
    expect(quotesIn('“We will win the county,” he told reporters to laughter.')).toEqual([
      { content: '“We will win the county,”', cue: 'told', speaker: 'he' },
    ]);
  });

  it('still reads a fronted clause when nothing follows the cue', () => {
    expect(quotesIn('If the levy passes, the port will close, Kell said.')).toEqual([
      { content: 'If the levy passes, the port will close', cue: 'said', speaker: 'Kell' },
    ]);
  });
});
