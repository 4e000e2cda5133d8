/**
 * Where the content of a statement ends when an aside interrupts it: one small hand-written text
 * per construction.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('an aside between the subject of what was said and its verb', () => {
  it('reads past a "while" aside: X said the audit, while costly, was fair.', () => {
    expect(quotesIn('Councillor Ada Brenn said the audit, while costly, was handled well.')).toEqual([
      { content: 'the audit, while costly, was handled well', cue: 'said', speaker: 'Councillor Ada Brenn', mode: 'indirect' },
    ]);
  });

  it('reads past a participle aside after a belief', () => {
    expect(quotesIn('Aides to Mayor Tom Vesk believe his years on the council, paving roads across the valley, will help him.')).toEqual([
      { content: 'his years on the council, paving roads across the valley, will help him', cue: 'believe', speaker: 'Aides to Mayor Tom Vesk', mode: 'indirect' },
    ]);
  });

  it('reads past a "despite" aside', () => {
    expect(quotesIn('Ada Brenn said the council, despite its promises, has done nothing.')).toEqual([
      { content: 'the council, despite its promises, has done nothing', cue: 'said', speaker: 'Ada Brenn', mode: 'indirect' },
    ]);
  });

  it('still ends before ", but" and a clause of the writer', () => {
    const quotes = quotesIn('Ada Brenn explained the rule at a forum last May, but the voters still ignored it, confused by the forms.');
    expect(quotes[0]?.content).toBe('the rule at a forum last May');
  });
});

describe('a fronted adjunct at the start of what was said', () => {
  it('goes on into the main clause after "despite ...,", whose own cue is part of what was said', () => {
    expect(quotesIn('Ada Brenn says despite her doubts, she intends to back the levy.')).toEqual([
      { content: 'despite her doubts, she intends to back the levy', cue: 'says', speaker: 'Ada Brenn', mode: 'indirect' },
    ]);
  });

  it('goes on after a subordinate clause: X argued that although Y, Z', () => {
    expect(quotesIn('Defense lawyers argued that although Vel Orin lost the appeal, the trial had been unfair.')).toEqual([
      { content: 'although Vel Orin lost the appeal, the trial had been unfair', cue: 'argued', speaker: 'Defense lawyers', mode: 'indirect' },
    ]);
  });

  it('goes on after a lone adverb and a "when" clause', () => {
    const quotes = quotesIn('Ada Brenn said that lately, when she gives speeches, she is regularly asked about the dam.');
    expect(quotes[0]).toEqual({ content: 'lately, when she gives speeches, she is regularly asked about the dam', cue: 'said', speaker: 'Ada Brenn', mode: 'indirect' });
  });

  it('goes on after a fronted adjunct that opens a "that" clause inside what was said', () => {
    expect(quotesIn('Tom Vesk said he was pleased that when he visits schools, he is regularly asked about the dam.')).toEqual([
      { content: 'he was pleased that when he visits schools, he is regularly asked about the dam', cue: 'said', speaker: 'Tom Vesk', mode: 'indirect' },
    ]);
  });

  it('stops before a main clause that is an attribution of its own', () => {
    const quotes = quotesIn('Tom Vesk noted that if rates rise, he argued the mill would close.');
    expect(quotes[0]?.content).toBe('if rates rise');
  });
});

describe('a quotation after an attribution that adds a statement of its own', () => {
  it('does not join the next quotation to the first: “X,” she said, adding that Y. “Z.”', () => {
    expect(quotesIn('“We will win this county,” Ada Brenn said, adding that the count was slow. “It will take days to finish.”')).toEqual([
      { content: '“We will win this county,”', cue: 'said', speaker: 'Ada Brenn', mode: 'direct' },
      { content: 'the count was slow', cue: 'adding', speaker: 'Ada Brenn', mode: 'indirect' },
    ]);
  });

  it('still joins a quotation split by a plain attribution: “X,” she said. “Y.”', () => {
    expect(quotesIn('“We will win this county,” Ada Brenn said. “It will take days to finish.”')).toEqual([
      { content: '“We will win this county,” Ada Brenn said. “It will take days to finish.”', cue: 'said', speaker: 'Ada Brenn', mode: 'direct' },
    ]);
  });
});
