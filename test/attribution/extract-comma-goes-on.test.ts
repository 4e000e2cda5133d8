/**
 * Commas that do not end what was said: the comma after the year of a full date, the comma
 * before the next item of a list, and the comma closing an appositive on a name whose verb follows.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('commas inside the content', () => {
  it('reads past the comma after the year of a date', () => {
    expect(quotesIn('Kell said the Sept. 9, 2014, floods showed the port was weak.')).toEqual([
      { content: 'the Sept. 9, 2014, floods showed the port was weak', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('reads past the next items of a list before a verb of its own', () => {
    expect(quotesIn('Kell said the wording, past and aim of the rule proved it to be unfair.')).toEqual([
      { content: 'the wording, past and aim of the rule proved it to be unfair', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('reads past a list of places before a relative clause', () => {
    expect(quotesIn('Kell urged workers in Lima, Quito and Cusco who demanded higher pay to strike.')[0]).toEqual(
      { content: 'workers in Lima, Quito and Cusco who demanded higher pay to strike', cue: 'urged', speaker: 'Kell' },
    );
  });

  it('reads past an appositive on the subject of what was said', () => {
    expect(quotesIn('Kell said that Ruiz, the port\'s lawyer, saw the vote unfold.')).toEqual([
      { content: 'Ruiz, the port\'s lawyer, saw the vote unfold', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('still ends before a second verb of speech after an object', () => {
    expect(quotesIn('Kell praised the port, mocked the council, and left.')).toEqual([
      { content: 'the port', cue: 'praised', speaker: 'Kell' },
      { content: 'the council', cue: 'mocked', speaker: 'Kell' },
    ]);
  });
});
