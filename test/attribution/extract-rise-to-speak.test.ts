/**
 * "rose to say", "stood up to ask", "took the floor to warn": a purpose infinitive of saying after
 * rising to speak or taking the floor reports what the one who rose then said, as after a move onto
 * a platform ("took to the radio to say"). "to say nothing of" is a phrase of addition, no purpose,
 * and "got to say" is a chance given, not a rising.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a purpose of saying after rising to speak', () => {
  it('reads the one who rose as the speaker', () => {
    expect(spokenQuotes('Alderman Pia Stroud rose to say the ferry budget had been padded.')).toEqual([
      { content: 'the ferry budget had been padded', cue: 'say', speaker: 'Alderman Pia Stroud' },
    ]);
    expect(spokenQuotes('Kemal Varga stood up to ask whether the depot had been sold.')).toEqual([
      { content: 'whether the depot had been sold', cue: 'ask', speaker: 'Kemal Varga' },
    ]);
    expect(spokenQuotes('Nadia Fenn took the floor to warn that the levee was failing.')).toEqual([
      { content: 'the levee was failing', cue: 'warn', speaker: 'Nadia Fenn' },
    ]);
  });

  it('finds no statement in a phrase of addition or a chance given', () => {
    expect(spokenQuotes('Ferry fares rose to say nothing of parking fees.')).toEqual([]);
    expect(spokenQuotes('Pia Stroud got to say goodbye to her crew.')).toEqual([]);
  });
});
