/**
 * Cues outside the verb lexicon: a participle that takes a side after the group that takes it
 * ("a group backing Ruiz"), and nouns of stance with the object they name.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a group taking a side', () => {
  it('reads "a PAC supporting X" as the group backing the name', () => {
    expect(quotesIn('A super PAC supporting Gov. Ana Ruiz of Ohio spent $2 million on radio ads.')).toEqual([
      { content: 'Gov. Ana Ruiz of Ohio', cue: 'supporting', speaker: 'A super PAC' },
    ]);
  });

  it('reads "backing" after a group, with a list of names', () => {
    expect(quotesIn('Groups backing Sen. Tom Lind, Mayor Eve Park and Gov. Ana Ruiz spent heavily in March.')).toEqual([
      { content: 'Sen. Tom Lind, Mayor Eve Park and Gov. Ana Ruiz', cue: 'backing', speaker: 'Groups' },
    ]);
  });

  it('reads "those backing X"', () => {
    expect(quotesIn('Those backing Ana Ruiz gathered outside the hall in Dunmore.')).toEqual([
      { content: 'Ana Ruiz', cue: 'backing', speaker: 'Those' },
    ]);
  });

  it('ends the name before a preposition other than "of", and before an appositive', () => {
    expect(quotesIn('Pastors supporting Mr. Lind in every county met on Sunday.')).toEqual([
      { content: 'Mr. Lind', cue: 'supporting', speaker: 'Pastors' },
    ]);
    expect(quotesIn("A PAC supporting Ana Ruiz's campaign, Voters First, ran ads.")).toEqual([
      { content: "Ana Ruiz's campaign", cue: 'supporting', speaker: 'A PAC' },
    ]);
  });

  it('reads no stand in "backing" elsewhere', () => {
    expect(quotesIn('Lind kept backing away from the plan.')).toEqual([]);
    expect(quotesIn('The council is backing the new bridge over the river.')).toEqual([]);
    expect(quotesIn('She regretted supporting Ana Ruiz in 2010.')).toEqual([]);
  });
});

describe('a noun of stance with its owner', () => {
  it('reads "X\'s attacks on Y" with the owner as speaker', () => {
    expect(quotesIn("Mayor Lind's sharpest attacks on the levy came on Friday.")).toEqual([
      { content: 'the levy', cue: 'attacks on', speaker: "Mayor Lind's" },
    ]);
  });

  it('gives a possessive pronoun\'s stand to the subject before it', () => {
    expect(quotesIn('Ana Ruiz has stepped up her criticism of the harbor plan.')).toEqual([
      { content: 'the harbor plan', cue: 'criticism of', speaker: 'Ana Ruiz' },
    ]);
    expect(quotesIn('Farmers in Dunmore were unsparing in their opposition to the new dam.')).toEqual([
      { content: 'the new dam', cue: 'opposition to', speaker: 'Farmers in Dunmore' },
    ]);
  });

  it('keeps the subject of a later participle: "stepped up his attacks on X, saying ..."', () => {
    expect(quotesIn('Tom Lind stepped up his attacks on Ruiz, saying she had failed the port.')).toEqual([
      { content: 'Ruiz', cue: 'attacks on', speaker: 'Tom Lind' },
      { content: 'she had failed the port', cue: 'saying', speaker: 'Tom Lind' },
    ]);
  });

  it('ends what is named before a second noun of its owner and before an adjunct', () => {
    expect(quotesIn('His attacks on the bankers and his promise to cut fees won him the county.')).toEqual([
      { content: 'the bankers', cue: 'attacks on', speaker: 'His' },
      { content: 'to cut fees', cue: 'promise', speaker: 'his' },
    ]);
    expect(quotesIn("Lind's criticism of the budget during the debate surprised no one.")).toEqual([
      { content: 'the budget', cue: 'criticism of', speaker: "Lind's" },
    ]);
  });

  it('reads no stand without an owner, in a headline, or in a single attack', () => {
    expect(quotesIn('The attacks on the port worried shippers.')).toEqual([]);
    expect(quotesIn("Ruiz's attack on the convoy killed two soldiers.")).toEqual([]);
  });
});

describe('a present form that is more often a noun', () => {
  it('reads "claims" as a verb before a personal pronoun or a quotation', () => {
    expect(quotesIn('Tom Lind claims he was never told about the audit.')).toEqual([
      { content: 'he was never told about the audit', cue: 'claims', speaker: 'Tom Lind' },
    ]);
    expect(quotesIn('The new ad claims “Ruiz kept every promise.”')).toEqual([
      { content: '“Ruiz kept every promise.”', cue: 'claims', speaker: 'The new ad' },
    ]);
  });
});

describe('a comparison', () => {
  it('reads "likened X to Y" and "compared X to Y" with both terms as the content', () => {
    expect(quotesIn('A local pastor likened the budget to a leaky boat.')).toEqual([
      { content: 'the budget to a leaky boat', cue: 'likened', speaker: 'A local pastor' },
    ]);
    expect(quotesIn('Ruiz compared the levy to a tax on bread.')).toEqual([
      { content: 'the levy to a tax on bread', cue: 'compared', speaker: 'Ruiz' },
    ]);
  });

  it('reads no statement in an adverbial "compared with"', () => {
    expect(quotesIn('Turnout rose 5 percent compared with 2012.')).toEqual([]);
  });
});

describe('a message passed on', () => {
  it('reads "retweeted X" with the message as content', () => {
    expect(quotesIn('Mayor Lind retweeted a post from a supporter in Dunmore.')).toEqual([
      { content: 'a post from a supporter in Dunmore', cue: 'retweeted', speaker: 'Mayor Lind' },
    ]);
  });
});

describe('stands and replies with an object', () => {
  it.each([
    ['The mayor rebutted the charge on Friday.', 'the charge', 'rebutted', 'The mayor'],
    ['Ruiz balked at the price of the new bridge.', 'the price of the new bridge', 'balked at', 'Ruiz'],
    ['The council sided with the union.', 'the union', 'sided with', 'The council'],
    ['Lind brushed off the question.', 'the question', 'brushed off', 'Lind'],
    ['Ruiz pivoted to the economy.', 'the economy', 'pivoted to', 'Ruiz'],
    ['Lind detailed her plan for the harbor.', 'her plan for the harbor', 'detailed', 'Lind'],
    ['Ruiz attributed the loss to low turnout.', 'the loss to low turnout', 'attributed', 'Ruiz'],
    ['Ruiz alluded to the scandal in her speech.', 'the scandal', 'alluded to', 'Ruiz'],
    ['The senator vouched for her former aide.', 'her former aide', 'vouched for', 'The senator'],
    ['Lind mulled a run for governor.', 'a run for governor', 'mulled', 'Lind'],
    ['Ruiz foresaw a long fight over the budget.', 'a long fight over the budget', 'foresaw', 'Ruiz'],
    ['Ruiz took issue with the ruling.', 'the ruling', 'took issue with', 'Ruiz'],
    ['The board acquiesced to the demand.', 'the demand', 'acquiesced to', 'The board'],
    ['Lind signaled support for the bill.', 'support for the bill', 'signaled', 'Lind'],
    ['Lind walked back her remarks on Friday.', 'her remarks', 'walked back', 'Lind'],
    ['The chief reprimanded the officer.', 'the officer', 'reprimanded', 'The chief'],
    ['The new rule prohibits gifts to council members.', 'gifts to council members', 'prohibits', 'The new rule'],
    ['Ruiz touched on the plan for a new port.', 'the plan for a new port', 'touched on', 'Ruiz'],
    ['The senator opened up about her years in Dunmore.', 'her years in Dunmore', 'opened up about', 'The senator'],
  ])('reads %s', (text, content, cue, speaker) => {
    expect(quotesIn(text)).toEqual([{ content, cue, speaker }]);
  });

  it('reads no statement in "a detailed plan"', () => {
    expect(quotesIn('She released a detailed plan.')).toEqual([]);
  });
});

describe('an interruption', () => {
  it('reads "“...,” X interjected"', () => {
    expect(quotesIn('“Not so fast,” Lind interjected.')).toEqual([{ content: '“Not so fast,”', cue: 'interjected', speaker: 'Lind' }]);
  });

  it('reads "“...,” X barked"', () => {
    expect(quotesIn('“Sit down,” the chairman barked.')).toEqual([{ content: '“Sit down,”', cue: 'barked', speaker: 'the chairman' }]);
  });
});

describe('an adjective of a stand after "be"', () => {
  it('reads "is critical of X" and "were wary of X"', () => {
    expect(quotesIn('Ruiz is critical of the harbor plan.')).toEqual([{ content: 'the harbor plan', cue: 'critical of', speaker: 'Ruiz' }]);
    expect(quotesIn('Voters were wary of the deal.')).toEqual([{ content: 'the deal', cue: 'wary of', speaker: 'Voters' }]);
  });

  it('reads "was reluctant to ..." as an intention', () => {
    expect(quotesIn('Lind was reluctant to raise the levy.')).toEqual([{ content: 'to raise the levy', cue: 'reluctant', speaker: 'Lind' }]);
    // As after "refused to endorse", the one a stance is about is the content.
    expect(quotesIn('Lind was reluctant to endorse Ruiz.')).toEqual([{ content: 'Ruiz', cue: 'reluctant', speaker: 'Lind' }]);
  });

  it('reads no stand without "be"', () => {
    expect(quotesIn('A critical review of the harbor plan came out.')).toEqual([]);
  });
});
