/**
 * "The rowing club observed a minute of silence before the regatta": with a noun phrase and no
 * verb after it, "observe" keeps a rite or watches an event; only with a clause ("observed the
 * tide was late") or a quotation does it report a remark.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"observe" with a noun phrase and no verb', () => {
  it('gives no statement for a rite kept', () => {
    expect(spokenQuotes('The rowing club observed a minute of silence before the regatta.')).toEqual([]);
  });

  it('gives no statement for an event watched', () => {
    expect(spokenQuotes('Two inspectors were observing drills and lectures at the depot.')).toEqual([]);
  });

  it('still reports a clause observed', () => {
    expect(spokenQuotes('Harbor master Ines Volk observed the tide was running late.')).toEqual([
      { content: 'the tide was running late', cue: 'observed', speaker: 'Harbor master Ines Volk' },
    ]);
  });
});
