/**
 * "The mayor stayed silent; her aides fear a recall, according to ...": a trailing "according to"
 * after clauses joined by a semicolon sources only the last clause; a list in semicolons whose
 * last item opens with "and" is sourced whole.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('"according to" after a semicolon', () => {
  it('covers the clause after the semicolon', () => {
    expect(spokenQuotes('The governor has kept quiet; his staff expects a veto, according to the Ridgeline Post.')).toEqual([
      { content: 'his staff expects a veto', cue: 'according to', speaker: 'the Ridgeline Post' },
    ]);
  });

  it('covers a list in semicolons whole', () => {
    expect(spokenQuotes('Hull Dredging was paid $40,000; Marr Cranes was paid $12,000; and Tolk Ltd. was paid $9,000, according to city records.')).toEqual([
      { content: 'Hull Dredging was paid $40,000; Marr Cranes was paid $12,000; and Tolk Ltd. was paid $9,000', cue: 'according to', speaker: 'city records' },
    ]);
  });
});
