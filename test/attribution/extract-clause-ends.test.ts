/**
 * Where what was said ends: hyphens left hanging before a second compound stay inside it, and
 * neither a case name's "v." nor a hyphenated title ("then-Sen.") ends the sentence.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a hanging hyphen inside an object', () => {
  it('keeps "small- and mid-size" whole', () => {
    expect(quotesIn('Kell proposed grants for small- and mid-size farms in the valley.')).toEqual([
      { content: 'grants for small- and mid-size farms in the valley', cue: 'proposed', speaker: 'Kell' },
    ]);
  });

  it('keeps a hanging hyphen after a name', () => {
    expect(quotesIn('Lind describes herself as a Ruiz- and Vega-style moderate.')).toEqual([
      { content: 'herself as a Ruiz- and Vega-style moderate', cue: 'describes', speaker: 'Lind' },
    ]);
  });

  it('still ends an object at a spaced dash', () => {
    expect(quotesIn('The mayor called the ferry deal a disaster - and the board agreed.')).toEqual([
      { content: 'the ferry deal a disaster', cue: 'called', speaker: 'The mayor' },
    ]);
  });
});

describe('periods that do not end a sentence', () => {
  it('reads on past the "v." of a case name', () => {
    expect(quotesIn('Kell said the ruling in Ortiz v. Dunmore Mills changed the law.')).toEqual([
      { content: 'the ruling in Ortiz v. Dunmore Mills changed the law', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('reads on past a hyphenated title before a name', () => {
    expect(quotesIn('Kell said the gap between Lind and then-Sen. Ruiz was narrower than it seemed.')).toEqual([
      { content: 'the gap between Lind and then-Sen. Ruiz was narrower than it seemed', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('still ends a sentence after a plain hyphenated word', () => {
    expect(quotesIn('Kell said the plan was well-known. Lind said it was new.')).toEqual([
      { content: 'the plan was well-known', cue: 'said', speaker: 'Kell' },
      { content: 'it was new', cue: 'said', speaker: 'Lind' },
    ]);
  });
});

describe('a time adjunct inside what a cue names', () => {
  it('keeps the reason after "on Monday"', () => {
    expect(quotesIn('Mayor Lind faulted Kell on Monday for the delay at the dam.')).toEqual([
      { content: 'Kell on Monday for the delay at the dam', cue: 'faulted', speaker: 'Mayor Lind' },
    ]);
  });

  it('keeps a that-clause on a noun after "last year"', () => {
    expect(quotesIn('Kell welcomed the board\'s decision last year that the ferry would stay open.')).toEqual([
      { content: 'the board\'s decision last year that the ferry would stay open', cue: 'welcomed', speaker: 'Kell' },
    ]);
  });

  it('still ends the object at a time adjunct closing the sentence', () => {
    expect(quotesIn('Mayor Lind endorsed Kell on Monday.')).toEqual([{ content: 'Kell', cue: 'endorsed', speaker: 'Mayor Lind' }]);
  });

  it('still ends the object at a time adjunct before a place of speaking', () => {
    expect(quotesIn('Mayor Lind endorsed Kell on Monday at a rally in Dunmore.')).toEqual([{ content: 'Kell', cue: 'endorsed', speaker: 'Mayor Lind' }]);
  });
});

describe('a contrast after ", while"', () => {
  it('keeps a contrast with its own subject inside what was said', () => {
    expect(quotesIn('The survey found that Lind would beat Kell by six points, while Ruiz would beat him by ten.')).toEqual([
      { content: 'Lind would beat Kell by six points, while Ruiz would beat him by ten', cue: 'found', speaker: 'The survey' },
    ]);
  });

  it('ends at a participle after "while"', () => {
    expect(quotesIn('Kell has promised to rebuild the dam, while attacking the board over the cost.')).toEqual([
      { content: 'to rebuild the dam', cue: 'promised', speaker: 'Kell' },
    ]);
  });

  it('ends at "while others" contrasting with the speaker', () => {
    expect(quotesIn('Some growers said the levy was fair, while others stayed away from the meeting.')).toEqual([
      { content: 'the levy was fair', cue: 'said', speaker: 'Some growers' },
    ]);
  });

  it('ends what a cue names before the contrast', () => {
    expect(quotesIn('Lind named five members to the board, while Kell named six.')).toEqual([
      { content: 'five members to the board', cue: 'named', speaker: 'Lind' },
      { content: 'six', cue: 'named', speaker: 'Kell' },
    ]);
  });
});

describe('a clause after ", although" or ", where"', () => {
  it('keeps a concession with its own subject inside what was said', () => {
    expect(quotesIn('Kell said the new rules were an improvement, although the fees are still too high.')).toEqual([
      { content: 'the new rules were an improvement, although the fees are still too high', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('keeps a clause on a place inside what was said', () => {
    expect(quotesIn('Lind said she leads Kell in the valley, where both of them grew up.')).toEqual([
      { content: 'she leads Kell in the valley, where both of them grew up', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('ends what a cue names before a clause on a place', () => {
    expect(quotesIn('Lind praised the harvest fair, where growers sell their grain.')).toEqual([
      { content: 'the harvest fair', cue: 'praised', speaker: 'Lind' },
    ]);
  });

  it('ends what a cue names before a concession but not before "though not"', () => {
    expect(quotesIn('Kell criticized the board, although he voted for its budget.')).toEqual([
      { content: 'the board', cue: 'criticized', speaker: 'Kell' },
    ]);
    expect(quotesIn('Kell criticized the process, though not the outcome.')).toEqual([
      { content: 'the process, though not the outcome', cue: 'criticized', speaker: 'Kell' },
    ]);
  });
});

describe('a participle after a comma', () => {
  it('keeps a participle after a clause inside what was said', () => {
    expect(quotesIn('Kell said the dam failed in March, leaving the town without water.')).toEqual([
      { content: 'the dam failed in March, leaving the town without water', cue: 'said', speaker: 'Kell' },
    ]);
  });

  it('still ends what a cue names at a participle', () => {
    expect(quotesIn('Lind praised the new levy, reflecting her long support for the growers.')).toEqual([
      { content: 'the new levy', cue: 'praised', speaker: 'Lind' },
    ]);
  });

  it('still ends a clause at a participle that is a cue of its own', () => {
    expect(quotesIn('Kell said the dam failed in March, adding that the town had been warned.')).toEqual([
      { content: 'the dam failed in March', cue: 'said', speaker: 'Kell' },
      { content: 'the town had been warned', cue: 'adding', speaker: 'Kell' },
    ]);
  });
});

describe('a relative clause on a person that the sentence resumes after', () => {
  it('keeps the clause and the verb after it, even with a cue inside the clause', () => {
    // (The intention inside, "refused to testify", is part of what Kell said.)
    expect(quotesIn('Kell said the board is pleased that Ortiz, who refused to testify in March, is now helping the inquiry.')).toEqual([
      { content: 'the board is pleased that Ortiz, who refused to testify in March, is now helping the inquiry', cue: 'said', speaker: 'Kell' },
    ]);
  });
});

describe('words in "-ing" after a comma inside what a cue names', () => {
  it('keeps a hyphenated adjective in "-ing" before its noun', () => {
    expect(quotesIn("Lind condemned the board's clumsy, fear-mongering tactics in the campaign.")).toEqual([
      { content: "the board's clumsy, fear-mongering tactics in the campaign", cue: 'condemned', speaker: 'Lind' },
    ]);
  });

  it('keeps a list of gerunds', () => {
    expect(quotesIn('Lind accused Kell of stalling, hiding, and shredding facts about the dam.')).toEqual([
      { content: 'Kell of stalling, hiding, and shredding facts about the dam', cue: 'accused', speaker: 'Lind' },
    ]);
  });
});

describe('"last" after a preposition inside what a cue names', () => {
  it('keeps the prepositional phrase whole', () => {
    expect(quotesIn("Lind condemned the board's tactics from last spring.")).toEqual([
      { content: "the board's tactics from last spring", cue: 'condemned', speaker: 'Lind' },
    ]);
  });

  it('still ends the object at "last week" after it', () => {
    expect(quotesIn('Lind endorsed Kell last week.')).toEqual([{ content: 'Kell', cue: 'endorsed', speaker: 'Lind' }]);
  });
});

describe('a noun spelled like a cue after a comma', () => {
  it('does not read "his remarks" as a new speaker and cue', () => {
    expect(quotesIn('Kell said the judge was biased against him, given his remarks on the mill.')).toEqual([
      { content: 'the judge was biased against him, given his remarks on the mill', cue: 'said', speaker: 'Kell' },
    ]);
  });
});

describe('a noun spelled like a cue after a preposition', () => {
  it('does not read "despite claims" as a new cue', () => {
    expect(quotesIn('Kell said the board approved the dam, despite claims by engineers.')).toEqual([
      { content: 'the board approved the dam, despite claims by engineers', cue: 'said', speaker: 'Kell' },
    ]);
  });
});

describe('a fronted "according to"', () => {
  it('covers the whole sentence after the source', () => {
    expect(quotesIn('According to the county survey, the levy lost support in May, a drop of nine points.')).toEqual([
      { content: 'the levy lost support in May, a drop of nine points', cue: 'According to', speaker: 'the county survey' },
    ]);
  });

  it('covers a clause after ", but" too', () => {
    expect(quotesIn('According to Mayor Lind, the ferry is safe, but the pier needs repairs.')).toEqual([
      { content: 'the ferry is safe, but the pier needs repairs', cue: 'According to', speaker: 'Mayor Lind' },
    ]);
  });
});

describe('a fronted poll or view', () => {
  it('covers the whole sentence after a poll', () => {
    expect(quotesIn('In a survey of 600 growers, 40 percent said the levy was fair, while 55 percent said it was not.')).toEqual([
      { content: '40 percent said the levy was fair, while 55 percent said it was not', cue: 'In', speaker: 'a survey of 600 growers' },
    ]);
  });

  it('covers the whole sentence after a view', () => {
    expect(quotesIn("In Lind's view, the ferry is safe, but the pier needs repairs.")).toEqual([
      { content: 'the ferry is safe, but the pier needs repairs', cue: "In Lind's view", speaker: "Lind's" },
    ]);
  });
});

describe('a fronted "as reported by"', () => {
  it('covers the whole sentence after the source', () => {
    expect(quotesIn('As reported by the Dunmore Ledger, the mill will close in May, which will cost 300 jobs.')).toEqual([
      { content: 'the mill will close in May, which will cost 300 jobs', cue: 'reported', speaker: 'the Dunmore Ledger' },
    ]);
  });
});
