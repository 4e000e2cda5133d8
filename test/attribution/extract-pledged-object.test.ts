/**
 * Objects of verbs of alleging, praising, pledging, lamenting and attacking: "alleged fraud",
 * "spoke highly of the judge", "promised a new bridge", "lamented the loss", "tore into the board".
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('objects alleged, praised, pledged and lamented', () => {
  it('reads what is alleged or praised', () => {
    expect(quotesIn('The growers alleged fraud in the count.')).toEqual([{ content: 'fraud in the count', cue: 'alleged', speaker: 'The growers' }]);
    expect(quotesIn('Ruiz boasted of his record on the ferries.')).toEqual([
      { content: 'his record on the ferries', cue: 'boasted of', speaker: 'Ruiz' },
    ]);
    expect(quotesIn('Lind spoke highly of the new judge.')).toEqual([{ content: 'the new judge', cue: 'spoke highly of', speaker: 'Lind' }]);
  });

  it('reads what is promised or threatened', () => {
    expect(quotesIn('Mayor Kell promised a new bridge.')).toEqual([{ content: 'a new bridge', cue: 'promised', speaker: 'Mayor Kell' }]);
    expect(quotesIn('The council threatened a veto.')).toEqual([{ content: 'a veto', cue: 'threatened', speaker: 'The council' }]);
  });

  it('reads what is lamented or attacked', () => {
    expect(quotesIn('Kell lamented the loss of the mill.')).toEqual([{ content: 'the loss of the mill', cue: 'lamented', speaker: 'Kell' }]);
    expect(quotesIn('Ruiz tore into the harbor board.')).toEqual([{ content: 'the harbor board', cue: 'tore into', speaker: 'Ruiz' }]);
  });
});
