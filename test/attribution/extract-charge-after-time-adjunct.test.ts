/**
 * "Growers accused the mill on Monday of dumping waste", 'accused Kell on Friday of “lying”': a
 * time adjunct between the object and "of" with a gerund or a quotation stands inside what is
 * charged, as it does before "for" ("faulted Kell on Monday for the delay"); before, the content
 * ended at the object and the charge was lost.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a charge with "of" after a time adjunct', () => {
  it('keeps a gerund charge after the time', () => {
    expect(spokenQuotes('Growers accused the mill on Monday of dumping waste in the river.')).toEqual([
      { content: 'the mill on Monday of dumping waste in the river', cue: 'accused', speaker: 'Growers' },
    ]);
  });

  it('keeps a quoted charge after the time', () => {
    expect(spokenQuotes('The union accused Dorn on Friday of "lying to every driver."')).toEqual([
      { content: 'Dorn on Friday of "lying to every driver."', cue: 'accused', speaker: 'The union' },
    ]);
  });
});
