/**
 * After a cue in the present, an "-ed" word after "and" with a bare noun behind it is an adjective
 * in a second object ("point to the delays and overstretched clinics"), not the subject's next act
 * in the past; after a cue in the past it may still be one ("praised the plan and backed the bill").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a participle before a noun after "and" in the object of a present cue', () => {
  it('is part of the object', () => {
    expect(quotesIn('Port Alder nurses point to the ferry delays and overstretched clinics.')).toEqual([
      { content: 'the ferry delays and overstretched clinics', cue: 'point to', speaker: 'Port Alder nurses' },
    ]);
  });

  it('is not when a determiner follows the verb', () => {
    expect(quotesIn('The growers praise the plan and backed the toll.')).toEqual([
      { content: 'the plan', cue: 'praise', speaker: 'The growers' },
    ]);
  });

  it('is the next act after a cue in the past', () => {
    expect(quotesIn('The growers praised the plan and doubled fares.')).toEqual([
      { content: 'the plan', cue: 'praised', speaker: 'The growers' },
    ]);
  });
});
