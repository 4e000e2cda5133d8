/**
 * Clauses the writer adds after what was said, which end the content before them: a clause on a
 * place whose subject is a personal pronoun (", where she grew up"), "as" and an auxiliary that
 * says others did the same (", as have two other mayors"), and the person the speaker spoke through
 * ("through her lawyer"), and a clause of the writer's own after what a cue names, joined by
 * "and" without a comma ("praised the plan and the council has approved it"), and the manner of
 * the act after what a cue names ("without offering proof").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a clause on a place with a pronoun subject', () => {
  it('ends a reported clause before ", where she ..."', () => {
    expect(quotesIn('Mira Dunne said the count went well in Holt County, where she grew up.')).toEqual([
      { content: 'the count went well in Holt County', cue: 'said', speaker: 'Mira Dunne' },
    ]);
  });

  it('ends a belief before ", where he ..."', () => {
    expect(quotesIn('Mira Dunne believes the levy will pass in Tarn, where he lost last year.')).toEqual([
      { content: 'the levy will pass in Tarn', cue: 'believes', speaker: 'Mira Dunne' },
    ]);
  });

  it('keeps a clause on a place with a noun phrase as its subject', () => {
    expect(quotesIn('Mira Dunne said the count went well in Holt County, where the ferry still runs twice a day.')).toEqual([
      { content: 'the count went well in Holt County, where the ferry still runs twice a day', cue: 'said', speaker: 'Mira Dunne' },
    ]);
  });
});

describe('"as" and an auxiliary standing for the verb before it', () => {
  it('ends a reported clause before ", as have ..."', () => {
    expect(quotesIn('Mira Dunne said she backs the levy, as have two other mayors.')).toEqual([
      { content: 'she backs the levy', cue: 'said', speaker: 'Mira Dunne' },
    ]);
  });

  it('ends what a cue names before ", as did ..."', () => {
    expect(quotesIn('Dunne has criticized the toll, as did the port council.')).toEqual([
      { content: 'the toll', cue: 'criticized', speaker: 'Dunne' },
    ]);
  });

  it('keeps "as" with a subject of its own', () => {
    expect(quotesIn('Dunne said the ferry is late again, as it was in May.')).toEqual([
      { content: 'the ferry is late again, as it was in May', cue: 'said', speaker: 'Dunne' },
    ]);
  });
});

describe('the person a speaker spoke through', () => {
  it('ends what was denied before "through her lawyer"', () => {
    expect(quotesIn('Dunne denied the charge through her lawyer.')).toEqual([
      { content: 'the charge', cue: 'denied', speaker: 'Dunne' },
    ]);
  });

  it('ends what was rejected before "through a spokeswoman" and a participle after it', () => {
    expect(quotesIn('Dunne rejected the audit through a spokeswoman, calling it a stunt.')).toEqual([
      { content: 'the audit', cue: 'rejected', speaker: 'Dunne' },
      { content: 'it a stunt', cue: 'calling', speaker: 'Dunne' },
    ]);
  });

  it('keeps "through" a lawyer that the clause goes on after', () => {
    expect(quotesIn('Dunne said the fee was paid through a lawyer in Tarn.')).toEqual([
      { content: 'the fee was paid through a lawyer in Tarn', cue: 'said', speaker: 'Dunne' },
    ]);
  });
});

describe('a clause of its own after what a cue names, joined by "and"', () => {
  it('ends the object before "and", a determiner, a noun and an auxiliary', () => {
    expect(quotesIn('Dunne praised the plan and the council has approved it.')).toEqual([
      { content: 'the plan', cue: 'praised', speaker: 'Dunne' },
      { content: 'it', cue: 'approved', speaker: 'the council' },
    ]);
  });

  it('ends it before "and his ..." with a verb of its own', () => {
    expect(quotesIn('Dunne praised the levy and his staff has backed it since.')).toEqual([
      { content: 'the levy', cue: 'praised', speaker: 'Dunne' },
    ]);
  });

  it('keeps two objects joined by "and" when no auxiliary follows the second', () => {
    expect(quotesIn('Dunne criticized the toll and the fares that had gone up.')).toEqual([
      { content: 'the toll and the fares that had gone up', cue: 'criticized', speaker: 'Dunne' },
    ]);
  });

  it('keeps a pair of subjects inside a clause the object holds', () => {
    expect(quotesIn('Dunne told the clerk that he and the mayor had met.')).toEqual([
      { content: 'he and the mayor had met', cue: 'told', speaker: 'Dunne' },
    ]);
  });
});

describe('"without" and a gerund after what a cue names', () => {
  it('ends what was named before "without offering proof"', () => {
    expect(quotesIn('Dunne called the marchers paid agitators without offering proof.')).toEqual([
      { content: 'the marchers paid agitators', cue: 'called', speaker: 'Dunne' },
    ]);
  });

  it('ends it before ", without naming her"', () => {
    expect(quotesIn('Dunne praised the rival, without naming her.')).toEqual([
      { content: 'the rival', cue: 'praised', speaker: 'Dunne' },
    ]);
  });

  it('keeps the manner of an act that is itself named', () => {
    expect(quotesIn('Dunne accused the board of raising fares without telling riders.')).toEqual([
      { content: 'the board of raising fares without telling riders', cue: 'accused', speaker: 'Dunne' },
    ]);
    expect(quotesIn('Dunne urged the council to act without waiting for the audit.')).toEqual([
      { content: 'the council to act without waiting for the audit', cue: 'urged', speaker: 'Dunne' },
    ]);
  });
});
