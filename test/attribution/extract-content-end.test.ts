/**
 * Where the content of a statement ends: one small hand-written text per construction that
 * decides whether the words after a clause still belong to what was said.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a second clause after ", but"', () => {
  it('keeps a second "that" clause: X said Y, but that Z.', () => {
    expect(quotesIn('Mayor Lina Ortez said the dam would hold, but that the bridge needed repairs.')).toEqual([
      { content: 'the dam would hold, but that the bridge needed repairs', cue: 'said', speaker: 'Mayor Lina Ortez', mode: 'indirect' },
    ]);
  });

  it('keeps a second "that" clause with a pronoun subject', () => {
    expect(quotesIn('The engineer said the tunnel was safe, but that she would inspect it again.')).toEqual([
      { content: 'the tunnel was safe, but that she would inspect it again', cue: 'said', speaker: 'The engineer', mode: 'indirect' },
    ]);
  });

  it('ends before "but that" when "that" is a determiner of the writer\'s clause', () => {
    expect(quotesIn('The engineer said the tunnel was safe, but that report predates the flood.')).toEqual([
      { content: 'the tunnel was safe', cue: 'said', speaker: 'The engineer', mode: 'indirect' },
    ]);
  });
});

describe('a time adjunct after an object', () => {
  it('ends the object before "last year"', () => {
    expect(quotesIn('Senator Ada Voss praised the mayor for the cuts last year.')).toEqual([
      { content: 'the mayor for the cuts', cue: 'praised', speaker: 'Senator Ada Voss', mode: 'indirect' },
    ]);
  });

  it('keeps "the last year of" inside the object, where "last" is an adjective', () => {
    expect(quotesIn('Senator Ada Voss praised the mayor for the cuts in the last year of her term.')).toEqual([
      { content: 'the mayor for the cuts in the last year of her term', cue: 'praised', speaker: 'Senator Ada Voss', mode: 'indirect' },
    ]);
  });
});

describe('a cue inside a fronted clause', () => {
  it('ends the content where a long fronted clause gives way to the main clause', () => {
    expect(quotesIn('While the three members of the county water board in the northern valley strongly opposed the new dam, the work began in March.')).toEqual([
      { content: 'the new dam', cue: 'opposed', speaker: 'the three members of the county water board in the northern valley', mode: 'indirect' },
    ]);
  });

  it('ends it at the main clause even when the fronted clause has a comma of its own', () => {
    expect(quotesIn('While critics, citing the cost, opposed the dam, the work began in March.').map((q) => q.content)).toContain('the dam');
  });

  it('ends the content of a cue inside a fronted phrase at the main clause', () => {
    expect(quotesIn('At the rally where the mayor praised the dam, the crowd cheered loudly.')).toEqual([
      { content: 'the dam', cue: 'praised', speaker: 'the mayor', mode: 'indirect' },
    ]);
  });

  it('goes on past a relative clause after a closed fronted phrase', () => {
    expect(quotesIn('In an interview, the mayor said the dam, which opened in May, is safe.')).toEqual([
      { content: 'the dam, which opened in May, is safe', cue: 'said', speaker: 'the mayor', mode: 'indirect' },
    ]);
  });
});

describe('a clause of its own after an object', () => {
  it('ends the object at a comma before a subject and its verb', () => {
    expect(quotesIn('The senator praised the new dam, the work began in March.')).toEqual([
      { content: 'the new dam', cue: 'praised', speaker: 'The senator', mode: 'indirect' },
    ]);
  });

  it('keeps a list and an appositive with a relative clause in the object', () => {
    expect(quotesIn('The senator praised the dam, the bridge and the canal.')).toEqual([
      { content: 'the dam, the bridge and the canal', cue: 'praised', speaker: 'The senator', mode: 'indirect' },
    ]);
    expect(quotesIn('The senator praised Ana Ruiz, the engineer who built it.')).toEqual([
      { content: 'Ana Ruiz, the engineer who built it', cue: 'praised', speaker: 'The senator', mode: 'indirect' },
    ]);
  });
});

describe('a clause of its own after reported speech', () => {
  it('ends the content at a comma before the next subject and its verb', () => {
    expect(quotesIn('The mayor said the dam held firm, the work began in March.')).toEqual([
      { content: 'the dam held firm', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('keeps a fronted adjunct clause and its main clause together', () => {
    expect(quotesIn('The mayor said when it rains, the dam will hold.')).toEqual([
      { content: 'when it rains, the dam will hold', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('does not end the content at a comma inside its subject', () => {
    expect(quotesIn('The mayor said the old, cracked dam would hold.')).toEqual([
      { content: 'the old, cracked dam would hold', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
  });
});

describe('a lone dash before a clause of its own', () => {
  it('ends the content at a dash before "and" and a new subject with its verb', () => {
    expect(quotesIn('The mayor said the dam would hold — and the engineers disagreed.')).toEqual([
      { content: 'the dam would hold', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('ends the content at a spaced hyphen before a contrast', () => {
    expect(quotesIn('The mayor said the dam would hold - though the engineers were less sure.')).toEqual([
      { content: 'the dam would hold', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('keeps a phrase after a lone dash, and an aside between two dashes', () => {
    expect(quotesIn('The mayor said the dam would hold — a claim few engineers accept.')).toEqual([
      { content: 'the dam would hold — a claim few engineers accept', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
    expect(quotesIn('The mayor said the dam — the oldest in the valley is — would hold.')).toEqual([
      { content: 'the dam — the oldest in the valley is — would hold', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('does not take a hyphen for a dash', () => {
    expect(quotesIn('The mayor said the 2015-16 budget was balanced.')).toEqual([
      { content: 'the 2015-16 budget was balanced', cue: 'said', speaker: 'The mayor', mode: 'indirect' },
    ]);
  });
});

describe('a sentence that runs on after a parenthetical attribution', () => {
  it('goes on after the attribution when the quotation closes a sentence begun outside it', () => {
    expect(quotesIn('The mayor’s plan is “bold and overdue,” Ana Ruiz said, and deserves a vote.')).toEqual([
      { content: 'The mayor’s plan is “bold and overdue,” Ana Ruiz said, and deserves a vote', cue: 'said', speaker: 'Ana Ruiz', mode: 'mixed' },
    ]);
  });

  it('ends with the quotation when the quotation is the whole statement', () => {
    expect(quotesIn('“The plan is bold and overdue,” Ana Ruiz said, and the council agreed.')).toEqual([
      { content: '“The plan is bold and overdue,”', cue: 'said', speaker: 'Ana Ruiz', mode: 'direct' },
    ]);
  });
});

describe('a participle or chained cue before the sentence takes its verb again', () => {
  it('ends a chained cue\'s content before ", and" and a verb of the sentence\'s subject', () => {
    expect(quotesIn('The senator spoke for an hour and urged that more guards be posted at the dam, and toured the site.')).toEqual([
      { content: 'more guards be posted at the dam', cue: 'urged', speaker: 'The senator', mode: 'indirect' },
    ]);
  });

  it('ends a participle\'s content before ", and" and a verb', () => {
    expect(quotesIn('The senator met the mayor, asking that the work wait, and toured the site.')).toEqual([
      { content: 'the work wait', cue: 'asking', speaker: 'The senator', mode: 'indirect' },
    ]);
  });

  it('ends a participle\'s content before the main verb after a complete clause', () => {
    expect(quotesIn('Ruiz, arguing that the dam would fail, was cool to the plan.')).toEqual([
      { content: 'the dam would fail', cue: 'arguing', speaker: 'Ruiz', mode: 'indirect' },
    ]);
  });
});

describe('a cue inside a relative clause with no comma', () => {
  it('ends an infinitive where the main clause\'s verb follows', () => {
    expect(quotesIn('Donors who hope to give more would pay a fee.')).toEqual([
      { content: 'to give more', cue: 'hope', speaker: 'who', mode: 'indirect' },
    ]);
  });

  it('ends an object where the main clause\'s verb follows', () => {
    expect(quotesIn('Engineers who praised the dam were few.')).toEqual([
      { content: 'the dam', cue: 'praised', speaker: 'who', mode: 'indirect' },
    ]);
  });
});

describe('a statement that goes on after "X, she said,"', () => {
  it('keeps a clause of cause after the attribution', () => {
    expect(quotesIn('The dam held, the mayor said, because it was new.')).toEqual([
      { content: 'The dam held, the mayor said, because it was new', cue: 'said', speaker: 'the mayor', mode: 'indirect' },
    ]);
  });

  it('ends before a clause of manner after the attribution', () => {
    expect(quotesIn('The dam held, the mayor said, as the crowd cheered.')).toEqual([
      { content: 'The dam held', cue: 'said', speaker: 'the mayor', mode: 'indirect' },
    ]);
  });
});

describe('a quotation after reported speech', () => {
  it('continues reported speech that comes before its speaker', () => {
    expect(quotesIn('The dam is safe, the mayor said. “We checked it twice.”')).toEqual([
      { content: 'The dam is safe, the mayor said. “We checked it twice.”', cue: 'said', speaker: 'the mayor', mode: 'mixed' },
    ]);
  });

  it('continues "X said Y." with the quotation after it', () => {
    expect(quotesIn('The mayor said the dam is safe. “We checked it twice.”')).toEqual([
      { content: 'the dam is safe. “We checked it twice.”', cue: 'said', speaker: 'The mayor', mode: 'mixed' },
    ]);
  });
});

describe('a quotation split by an inverted speaker with an appositive', () => {
  it('goes on with the quotation after the appositive', () => {
    expect(quotesIn('“The danger,” said Tom Kell, a planner at the valley bank, “lies in the spring floods.”')).toEqual([
      { content: '“The danger,” said Tom Kell, a planner at the valley bank, “lies in the spring floods.”', cue: 'said', speaker: 'Tom Kell', mode: 'direct' },
    ]);
  });
});

describe('a split quotation that the sentence runs on after', () => {
  it('goes on after a quotation that closes without punctuation', () => {
    expect(quotesIn('In the hill towns, she said, “the pumps may fail” during the spring storms.')).toEqual([
      { content: 'In the hill towns, she said, “the pumps may fail” during the spring storms', cue: 'said', speaker: 'she', mode: 'mixed' },
    ]);
  });

  it('ends with a quotation that closes on a comma', () => {
    expect(quotesIn('In the hill towns, she said, “the pumps may fail,” and the mayor agreed.')).toEqual([
      { content: 'In the hill towns, she said, “the pumps may fail,”', cue: 'said', speaker: 'she', mode: 'mixed' },
    ]);
  });
});
