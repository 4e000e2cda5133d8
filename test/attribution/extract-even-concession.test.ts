/**
 * "..., even as ..." and "..., even though ...": a concession after a comma is the writer's
 * clause and ends the content before it.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a concession after a comma', () => {
  it('ends a reported clause before ", even as"', () => {
    expect(quotesIn('Mayor Ida Brand said the bridge was safe, even as the river kept rising.')).toEqual([
      { content: 'the bridge was safe', cue: 'said', speaker: 'Mayor Ida Brand' },
    ]);
  });

  it('ends an object before ", even though"', () => {
    expect(quotesIn('Olek Varn praised the ferry levy, even though the fares went up.')).toEqual([
      { content: 'the ferry levy', cue: 'praised', speaker: 'Olek Varn' },
    ]);
  });

  it('keeps "even though" without a comma inside the reported clause', () => {
    expect(quotesIn('Ana Ruiz said the dam held even though the river kept rising.')).toEqual([
      { content: 'the dam held even though the river kept rising', cue: 'said', speaker: 'Ana Ruiz' },
    ]);
  });
});
