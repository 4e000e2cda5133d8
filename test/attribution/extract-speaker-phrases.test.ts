/**
 * Who speaks when the words right before the cue are not a speaker: a perfect participle
 * ("having said") continues the clause it is attached to, and the pronoun of a free relative
 * ("what he called") stands for the subject of the clause around it, and a clause opened by a
 * time phrase with no comma ("On Sunday morning Ms. Lind made ...") lends its subject to a participle.
 * A cue right after "could" or "might" reports nothing ("Voters might blame the mayor").
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a perfect participle', () => {
  it('after a comma takes the subject of its clause: X did Y, having rejected Z', () => {
    expect(quotesIn('Ana Lind has since bought a second ferry, having rejected the idea of a bridge in the spring.')).toEqual([
      { content: 'the idea of a bridge in the spring', cue: 'rejected', speaker: 'Ana Lind' },
    ]);
  });

  it('opening a sentence takes the subject of the main clause: Having announced that X, Kell did Y', () => {
    expect(quotesIn('Having announced that he would not run, Judge Kell left the room.')).toEqual([
      { content: 'he would not run', cue: 'announced', speaker: 'Judge Kell' },
    ]);
  });

  it('between dashes takes the subject before them', () => {
    expect(quotesIn('Lind opened the debate calmly -- having suggested in May that the plan was flawed -- but said he had doubts.')).toEqual([
      { content: 'the plan was flawed', cue: 'suggested', speaker: 'Lind' },
      { content: 'he had doubts', cue: 'said', speaker: 'Lind' },
    ]);
  });
});

describe('a pronoun in a free relative', () => {
  it('names the subject of the clause around it: X denounced what he called Y', () => {
    expect(quotesIn('The mayor denounced what he called a farce.')).toEqual([
      { content: 'what he called a farce', cue: 'called', speaker: 'The mayor' },
    ]);
  });

  it('looks past a time adjunct: X on Monday scoffed at what she characterized as Y', () => {
    expect(quotesIn('Ana Lind on Monday scoffed at what she characterized as a costly ferry plan.')).toEqual([
      { content: 'what she characterized as a costly ferry plan', cue: 'characterized', speaker: 'Ana Lind' },
    ]);
  });

  it('with a clause after the cue: X kept returning to what they said was Y', () => {
    expect(quotesIn('The growers kept returning to what they said was a broken pump.')).toEqual([
      { content: 'what they said was a broken pump', cue: 'said', speaker: 'The growers' },
    ]);
  });

  it('keeps a first-person pronoun: what I thought was Y', () => {
    expect(quotesIn('The courier brought what I thought was another gift basket.')).toEqual([
      { content: 'what I thought was another gift basket', cue: 'thought', speaker: 'I' },
    ]);
  });
});

describe('a participle after a clause with an unusual opening', () => {
  it('takes the name after the time words: On Sunday morning Ms. Lind did X, writing that Y', () => {
    expect(quotesIn('On Sunday morning Ms. Lind tried once more to calm the growers, writing on her blog that the pumps would be fixed.')).toEqual([
      { content: 'the pumps would be fixed', cue: 'writing', speaker: 'Ms. Lind' },
    ]);
  });

  it('keeps an approximate number with its subject: ..., about 200 protesters did X, chanting "Y"', () => {
    expect(quotesIn('Outside the arena in downtown Brill, about 200 protesters gathered in three groups, holding signs and chanting "Go home."')).toEqual([
      { content: '"Go home."', cue: 'chanting', speaker: 'about 200 protesters' },
    ]);
  });

  it('takes the name after "later": Two days later Ana Lind did X, saying that Y', () => {
    expect(quotesIn('Two days later Ana Lind made a visit to the mill, saying that jobs would stay.')).toEqual([
      { content: 'jobs would stay', cue: 'saying', speaker: 'Ana Lind' },
    ]);
  });
});

describe('a cue right after "could" or "might"', () => {
  it('is a statement not made: Voters might blame X', () => {
    expect(quotesIn('Voters might blame the mayor for the flood.')).toEqual([]);
  });

  it('is a statement not made: The panel could declare X', () => {
    expect(quotesIn('The panel could declare the claim void.')).toEqual([]);
  });

  it('still reports the clause a modal sits in: Lind said the panel could declare X', () => {
    expect(quotesIn('Lind said the panel could declare the claim void.')).toEqual([
      { content: 'the panel could declare the claim void', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('keeps a modal with an adverb before the cue: X could only quip, "..."', () => {
    expect(quotesIn('A spokesman for Ana Lind could only quip: "The calendar was full."')).toEqual([
      { content: '"The calendar was full."', cue: 'quip', speaker: 'A spokesman for Ana Lind' },
    ]);
  });

  it('keeps a first-person hedge: we might wish that X', () => {
    expect(quotesIn('On a grey morning like this, we might wish that the council would fix the roads.')).toEqual([
      { content: 'the council would fix the roads', cue: 'wish', speaker: 'we' },
    ]);
  });
});
