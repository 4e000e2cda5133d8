/**
 * "The Gazette reported that the port had raised its fees, a step the harbor master, Ines Vold,
 * called overdue.": a relative clause without "that" on a noun set off after the reported clause
 * has a subject with a name in commas. The name is that subject's appositive, not an item of a
 * list that carries the reported clause on, and the verb after it is the relative clause's own,
 * not a second verb of the sentence's subject.
 */
import { describe, expect, it } from 'vitest';
import { attributedQuotes } from './found-quotes.js';

describe('a name set off after the subject of a relative clause without "that"', () => {
  it('ends the reported clause before the relative clause and gives its verb to the named subject', () => {
    expect(attributedQuotes('The Gazette reported that the port had raised its fees, a step the harbor master, Ines Vold, called overdue.')).toEqual([
      { content: 'the port had raised its fees', cue: 'reported', speaker: 'The Gazette', entity: 'The Gazette' },
      { content: 'overdue', cue: 'called', speaker: 'the harbor master, Ines Vold', entity: 'Ines Vold' },
    ]);
  });

  it('does so after a plain "said" too', () => {
    expect(attributedQuotes('Okafor said the mill would close in May, a move the union leader, Rhys Tallent, called cruel.')).toEqual([
      { content: 'the mill would close in May', cue: 'said', speaker: 'Okafor', entity: 'Okafor' },
      { content: 'cruel', cue: 'called', speaker: 'the union leader, Rhys Tallent', entity: 'Rhys Tallent' },
    ]);
  });

  it('gives the verb to the named subject when "that" opens the relative clause', () => {
    const quotes = attributedQuotes('The Gazette reported that the port had raised its fees, a step that the harbor master, Ines Vold, called overdue.');
    expect(quotes[0]).toEqual({ content: 'the port had raised its fees', cue: 'reported', speaker: 'The Gazette', entity: 'The Gazette' });
    expect(quotes[1]?.speaker).toBe('the harbor master, Ines Vold');
    expect(quotes[1]?.entity).toBe('Ines Vold');
  });

  it('still reads a list of items as what was said', () => {
    expect(attributedQuotes('Okafor said the fees, the tolls and the levies would rise.')).toEqual([
      { content: 'the fees, the tolls and the levies would rise', cue: 'said', speaker: 'Okafor', entity: 'Okafor' },
    ]);
  });
});
