/**
 * "Contrary to what Lind said, the dam has leaked twice": a free relative that closes at its cue
 * holds nothing said, and the clause after its comma is the writer's correction, not the speaker's words.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes } from './found-quotes.js';

describe('a free relative closed by a comma at its cue', () => {
  it('reports nothing for the clause after the comma', () => {
    expect(spokenQuotes('Contrary to what Mayor Lind said, the dam has leaked twice since May.')).toEqual([]);
  });

  it('still reads a free relative whose gap is the subject of what follows', () => {
    expect(spokenQuotes('The closure was what several economists said was proof of decline.')[0]).toMatchObject({ content: 'what several economists said was proof of decline', cue: 'said', speaker: 'several economists' });
  });
});
