/**
 * "The mayor asked drivers, many of whom had waited for hours, to stay in their cars": a relative
 * clause set off by commas on the one asked or told comes between the listener and the
 * infinitive; what was asked runs on past it to the infinitive, as it does with no aside.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a relative clause set off on the listener before an infinitive', () => {
  it('passes over it to the infinitive', () => {
    expect(spokenQuotes('The warden asked campers, many of whom had arrived that morning, to leave the valley.')).toEqual([
      { content: 'campers, many of whom had arrived that morning, to leave the valley', cue: 'asked', speaker: 'The warden' },
    ]);
    expect(spokenQuotes('Kell told the guards, who had not been paid in weeks, to return to their posts.')).toEqual([
      { content: 'the guards, who had not been paid in weeks, to return to their posts', cue: 'told', speaker: 'Kell' },
    ]);
  });

  it('leaves a listener with no infinitive after the aside as before', () => {
    expect(spokenQuotes('Kell told the guards, who had gathered at the gate, that the pay would come.')).toEqual([{ content: 'the pay would come', cue: 'told', speaker: 'Kell' }]);
  });
});
