/**
 * "accused the mayor of stalling, and the council passed the levy": after what a cue names, a
 * comma and "and" before a new subject whose past verb takes an article's object ("the council
 * passed the levy") open the writer's next clause; the verb in "-ed" is no adjective of the
 * subject, so what was named ends at the comma.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a clause with a past verb and an object after ", and"', () => {
  it('ends what an accusation names at the comma', () => {
    expect(spokenQuotes('Ruiz accused the mayor of stalling, and the council passed the levy on Friday.')).toEqual([{ content: 'the mayor of stalling', cue: 'accused', speaker: 'Ruiz' }]);
  });

  it('ends what was praised at the comma, with a possessive subject too', () => {
    expect(spokenQuotes('Dorn praised the new ferry schedule, and his office printed a leaflet about it.')).toEqual([{ content: 'the new ferry schedule', cue: 'praised', speaker: 'Dorn' }]);
  });

  it('keeps a reported clause whole when no new subject follows the comma', () => {
    expect(spokenQuotes('Lind accused the board of delays, cuts and broken promises.')).toEqual([{ content: 'the board of delays, cuts and broken promises', cue: 'accused', speaker: 'Lind' }]);
  });
});
