/**
 * The executable spec of quote extraction: one small
 * hand-written text per construction, asserting every quote found with its content, cue, speaker
 * mention, the entity that mention resolves to, and mode. The content of a quotation keeps its quote marks and the punctuation inside
 * them; reported speech drops a leading "that" and the sentence's final period. A speaker is
 * resolved as a reader would resolve it (the rules are specified in `entities.test.ts`): a name
 * with an appositive to the name ("Jane Roe"), a description or group with no named holder to an
 * entity named by its own words as written ("the treasurer", "Voters"), a pronoun to its
 * antecedent; a pronoun the text gives no antecedent for resolves to nothing, so `entity` is absent.
 *
 * Constructions the library does not handle yet live in `extract.pending.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CUE_LEXICON, extendCueLexicon } from '../../src/attribution/cues.js';
import { analyze } from '../../src/index.js';
import { resolvedQuotes as quotesIn } from './found-quotes.js';

describe('the cue before the content', () => {
  it('attributes reported speech after a pre-posed cue: X said Y.', () => {
    expect(quotesIn('The mayor said the bridge would reopen in March.')).toEqual([
      { content: 'the bridge would reopen in March', cue: 'said', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('leaves "that" out of the content: X said that Y.', () => {
    expect(quotesIn('The mayor said that the bridge would reopen in March.')).toEqual([
      { content: 'the bridge would reopen in March', cue: 'said', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('attributes X told reporters that Y to X, leaving the listener out of the content', () => {
    expect(quotesIn('The harbor master told reporters that the ferry would run again on Friday.')).toEqual([
      { content: 'the ferry would run again on Friday', cue: 'told', speaker: 'The harbor master', entity: 'The harbor master', mode: 'indirect' },
    ]);
  });

  it('attributes a quotation after a cue and a colon: X said: “Y.”', () => {
    expect(quotesIn('The coach said: “We played without fear tonight.”')).toEqual([
      { content: '“We played without fear tonight.”', cue: 'said', speaker: 'The coach', entity: 'The coach', mode: 'direct' },
    ]);
  });
});

describe('the cue after the content', () => {
  it('attributes a post-posed cue: “Q,” the minister said.', () => {
    expect(quotesIn('“The budget is balanced at last,” the treasurer said.')).toEqual([
      { content: '“The budget is balanced at last,”', cue: 'said', speaker: 'the treasurer', entity: 'the treasurer', mode: 'direct' },
    ]);
  });

  it('attributes unquoted content before the cue: Y, X said.', () => {
    expect(quotesIn('The budget is balanced at last, the treasurer said.')).toEqual([
      { content: 'The budget is balanced at last', cue: 'said', speaker: 'the treasurer', entity: 'the treasurer', mode: 'indirect' },
    ]);
  });

  it('attributes a post-posed cue in the present tense: Y, X says.', () => {
    expect(quotesIn('The ferry will run again on Friday, the harbor master says.')).toEqual([
      { content: 'The ferry will run again on Friday', cue: 'says', speaker: 'the harbor master', entity: 'the harbor master', mode: 'indirect' },
    ]);
  });

  it('attributes a post-posed cue with a listener to the teller: “Y,” X told reporters.', () => {
    expect(quotesIn('“The ferry will run again on Friday,” the harbor master told reporters.')).toEqual([
      { content: '“The ferry will run again on Friday,”', cue: 'told', speaker: 'the harbor master', entity: 'the harbor master', mode: 'direct' },
    ]);
  });

  it('attributes an inverted cue to the name after it: “Y,” said X.', () => {
    expect(quotesIn('“Turnout will be lower than in the spring,” said Maria Ostrow.')).toEqual([
      { content: '“Turnout will be lower than in the spring,”', cue: 'said', speaker: 'Maria Ostrow', entity: 'Maria Ostrow', mode: 'direct' },
    ]);
  });
});

describe('the cue in the middle of a quotation', () => {
  it('makes “A,” he said. “B.” one direct quote that runs from A through B and includes "he said"', () => {
    const text = '“We will not sell the farm,” she said. “It has been in the family for a century.”';
    // Nothing before "she" names a person, so the speaker resolves to no entity and `entity` is absent.
    const quotes = quotesIn(text);
    expect(quotes).toEqual([
      {
        content: '“We will not sell the farm,” she said. “It has been in the family for a century.”',
        cue: 'said',
        speaker: 'she',
        mode: 'direct',
      },
    ]);
    expect(quotes[0]?.content).toContain('she said');
  });

  it('keeps such a quote direct when the attribution between the two parts has an adjunct: "he said at the hearing."', () => {
    expect(quotesIn('“The bridge is safe,” Lee said at the hearing. “We checked every bolt.”')).toEqual([
      { content: '“The bridge is safe,” Lee said at the hearing. “We checked every bolt.”', cue: 'said', speaker: 'Lee', entity: 'Lee', mode: 'direct' },
    ]);
  });
});

describe('quote marks', () => {
  it('keeps a single-quoted quotation inside a double-quoted one in the content', () => {
    expect(quotesIn('“We heard him shout ‘fire’ twice,” the neighbor said.')).toEqual([
      { content: '“We heard him shout ‘fire’ twice,”', cue: 'said', speaker: 'the neighbor', entity: 'the neighbor', mode: 'direct' },
    ]);
  });

  it('reads « » as quote marks: «Y», said X.', () => {
    expect(quotesIn('«Nous sommes prêts», said the French minister.')).toEqual([
      { content: '«Nous sommes prêts»', cue: 'said', speaker: 'the French minister', entity: 'the French minister', mode: 'direct' },
    ]);
  });
});

describe('mixed quotes', () => {
  it('attributes reported speech with a quoted fragment as one mixed quote: X said the plan was “dead on arrival.”', () => {
    expect(quotesIn('The senator said the zoning plan was “dead on arrival.”')).toEqual([
      { content: 'the zoning plan was “dead on arrival.”', cue: 'said', speaker: 'The senator', entity: 'The senator', mode: 'mixed' },
    ]);
  });
});

describe('indirect speech', () => {
  it('attributes NP cue that clause, without the "that"', () => {
    expect(quotesIn('The professor argued that the tax would hurt renters.')).toEqual([
      { content: 'the tax would hurt renters', cue: 'argued', speaker: 'The professor', entity: 'The professor', mode: 'indirect' },
    ]);
  });

  it('attributes NP cue clause when "that" is left out', () => {
    expect(quotesIn('The professor argued the tax would hurt renters.')).toEqual([
      { content: 'the tax would hurt renters', cue: 'argued', speaker: 'The professor', entity: 'The professor', mode: 'indirect' },
    ]);
  });

  it('attributes a clause after an adjunct and "that": X said on Tuesday that Y.', () => {
    expect(quotesIn('The harbor master said on Tuesday that the ferry would run again.')).toEqual([
      { content: 'the ferry would run again', cue: 'said', speaker: 'The harbor master', entity: 'The harbor master', mode: 'indirect' },
    ]);
  });
});

describe('a view held', () => {
  it('reads "In X\'s view, Y" as a view of X', () => {
    expect(quotesIn("In Lind's opinion, the dam is a mistake.")).toEqual([
      { content: 'the dam is a mistake', cue: "In Lind's opinion", speaker: "Lind's", entity: 'Lind', mode: 'indirect' },
    ]);
  });
});

describe('according to', () => {
  it('keeps a relative clause with a leading source and a subordinate clause out of a trailing one', () => {
    expect(quotesIn('According to Pike, who reviewed the contracts, the state overpaid.')).toEqual([
      { content: 'the state overpaid', cue: 'According to', speaker: 'Pike, who reviewed the contracts', entity: 'Pike', mode: 'indirect' },
    ]);
    expect(quotesIn('Those figures are misleading, according to Dannen, because they leave out late ballots.')[0]).toMatchObject({ speaker: 'Dannen' });
  });

  it('reaches past a participle phrase to the clause before it: "X expects Y, affecting Z, according to W"', () => {
    expect(quotesIn('The mill expects to close two lines, affecting 600 workers, according to the filing.')).toEqual([
      { content: 'The mill expects to close two lines, affecting 600 workers', cue: 'according to', speaker: 'the filing', entity: 'the filing', mode: 'indirect' },
    ]);
  });

  it('covers the whole clause before it when the clause holds a relative clause and an expectation of its own', () => {
    expect(quotesIn('The dam, which is nearly done, is expected to open in 2027, according to the ministry.')).toEqual([
      { content: 'The dam, which is nearly done, is expected to open in 2027', cue: 'according to', speaker: 'the ministry', entity: 'the ministry', mode: 'indirect' },
    ]);
  });

  it('attributes the rest of the sentence after a leading "According to X, Y."', () => {
    expect(quotesIn('According to the fire chief, the blaze started in the kitchen.')).toEqual([
      { content: 'the blaze started in the kitchen', cue: 'According to', speaker: 'the fire chief', entity: 'the fire chief', mode: 'indirect' },
    ]);
  });

  it('keeps the appositive of the source in the speaker mention: "According to X, the Y, Z."', () => {
    expect(quotesIn('According to Tom Hale, the fire chief, the blaze started in the kitchen.')).toEqual([
      { content: 'the blaze started in the kitchen', cue: 'According to', speaker: 'Tom Hale, the fire chief', entity: 'Tom Hale', mode: 'indirect' },
    ]);
  });

  it('attributes the clause before a trailing "Y, according to X."', () => {
    expect(quotesIn('The blaze started in the kitchen, according to the fire chief.')).toEqual([
      { content: 'The blaze started in the kitchen', cue: 'according to', speaker: 'the fire chief', entity: 'the fire chief', mode: 'indirect' },
    ]);
  });
});

describe('participles', () => {
  it('gives a participle after an "after" clause to that clause\'s subject: "Stocks fell after the bank raised rates, citing Y"', () => {
    expect(quotesIn('Stocks fell after the central bank raised rates, citing inflation.')).toEqual([
      { content: 'inflation', cue: 'citing', speaker: 'the central bank', entity: 'the central bank', mode: 'indirect' },
    ]);
  });

  it('skips a fronted past participle phrase when finding the subject of a chained cue: "Born in Chile, Vega ... and said"', () => {
    expect(quotesIn('Born in Chile, Vega moved to Ohio at 19 and often said the sea saved her.')[0]).toMatchObject({ speaker: 'Vega', content: 'the sea saved her' });
    expect(quotesIn('Frustrated by the loss, the coach left the court and later said the referees were wrong.')[0]).toMatchObject({ speaker: 'the coach' });
  });

  it('gives "..., describing Y" to the subject after a fronted participial phrase: "Facing X, the mayor ..., describing Y"', () => {
    expect(quotesIn('Facing criticism from both parties, the mayor released a statement on Saturday, describing the plan as a mistake.')).toEqual([
      { content: 'the plan as a mistake', cue: 'describing', speaker: 'the mayor', entity: 'the mayor', mode: 'indirect' },
    ]);
  });

  it('gives "..., saying Y" to the subject of the nearest clause before it: "X are angry, and Z has sued, saying Y"', () => {
    expect(quotesIn('Growers are angry, and the county has filed suit, saying the permits were never valid.')).toEqual([
      { content: 'the permits were never valid', cue: 'saying', speaker: 'the county', entity: 'the county', mode: 'indirect' },
    ]);
  });

  it('attributes "..., saying that Y" to the subject of the main clause', () => {
    expect(quotesIn('The union walked out of the talks on Monday, saying that the raise did not cover inflation.')).toEqual([
      { content: 'the raise did not cover inflation', cue: 'saying', speaker: 'The union', entity: 'The union', mode: 'indirect' },
    ]);
  });

  it('attributes "..., saying Y" without "that" to the subject of the main clause', () => {
    expect(quotesIn('The union walked out of the talks on Monday, saying the raise did not cover inflation.')).toEqual([
      { content: 'the raise did not cover inflation', cue: 'saying', speaker: 'The union', entity: 'The union', mode: 'indirect' },
    ]);
  });

  it('attributes ", adding that Y" to the speaker of the statement before it', () => {
    expect(quotesIn('The mayor said the bridge would reopen in March, adding that the tolls would stay the same.')).toEqual([
      { content: 'the bridge would reopen in March', cue: 'said', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
      { content: 'the tolls would stay the same', cue: 'adding', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });
});

describe('chained cues', () => {
  it('makes "X responded that A but emphasized that B" two statements by the same speaker mention', () => {
    const text = 'The governor responded that the audit was flawed but emphasized that the agency would cooperate.';
    expect(quotesIn(text)).toEqual([
      { content: 'the audit was flawed', cue: 'responded', speaker: 'The governor', entity: 'The governor', mode: 'indirect' },
      { content: 'the agency would cooperate', cue: 'emphasized', speaker: 'The governor', entity: 'The governor', mode: 'indirect' },
    ]);
    const [first, second] = analyze({ text }).quotes;
    expect(second?.speaker?.anchor.span).toEqual(first?.speaker?.anchor.span);
    expect(first?.speaker?.anchor.span).toEqual({ start: 0, end: 'The governor'.length });
  });
});

describe('headlines', () => {
  it('gives mode "headline" to Speaker: “words” in the first paragraph', () => {
    expect(quotesIn('Lindqvist: “We are ready to sign”\n\nThe talks in Oslo ended late on Tuesday.')).toEqual([
      { content: '“We are ready to sign”', cue: ':', speaker: 'Lindqvist', entity: 'Lindqvist', mode: 'headline' },
    ]);
  });

  it('runs a headline quote on past its closing mark when the headline goes on: Speaker: ‘A’ Has ‘B’', () => {
    expect(quotesIn('Lindqvist: ‘Tariffs’ Have ‘No Place in Trade’\n\nThe talks in Oslo ended late on Tuesday.')).toEqual([
      { content: '‘Tariffs’ Have ‘No Place in Trade’', cue: ':', speaker: 'Lindqvist', entity: 'Lindqvist', mode: 'headline' },
    ]);
  });

  it('gives a label before a colon to the name it comes from: A lesson from Speaker: “words”', () => {
    expect(quotesIn('A lesson from Greta Lind: “Plant trees early.”\n\nThe forester spoke in Umeå.')).toEqual([
      { content: '“Plant trees early.”', cue: ':', speaker: 'Greta Lind', entity: 'Greta Lind', mode: 'headline' },
    ]);
    expect(quotesIn('The lesson: “Plant trees early.”')).toEqual([]);
  });

  it('gives Speaker: “words” after the first paragraph the mode of a direct quote, not "headline"', () => {
    expect(quotesIn('The talks in Oslo ended late on Tuesday.\n\nLindqvist: “We are ready to sign”')).toEqual([
      { content: '“We are ready to sign”', cue: ':', speaker: 'Lindqvist', entity: 'Lindqvist', mode: 'direct' },
    ]);
  });
});

describe('quotations that run on from an earlier sentence or paragraph', () => {
  it('attributes a quotation in the next paragraph to the subject of a sentence that ends in a colon', () => {
    const text = 'The principal had a warning for the students:\n\n“Anyone caught vaping will be suspended for a week.”';
    expect(quotesIn(text)).toEqual([
      { content: '“Anyone caught vaping will be suspended for a week.”', cue: ':', speaker: 'The principal', entity: 'The principal', mode: 'direct' },
    ]);
  });

  it('makes “A,” he said.\\n\\n“B.” one quote that continues into the next paragraph', () => {
    const text = '“The river is rising faster than we expected,” the engineer said.\n\n“We need sandbags on every street by noon.”';
    expect(quotesIn(text)).toEqual([
      {
        content: '“The river is rising faster than we expected,” the engineer said.\n\n“We need sandbags on every street by noon.”',
        cue: 'said',
        speaker: 'the engineer', entity: 'the engineer',
        mode: 'direct',
      },
    ]);
  });

  it('runs the continued quotation on to the end of its sentence: “A,” she said. “B” to the voters.', () => {
    const text = '“We will not give up,” Pike said. “That is the message we are taking” to every town in the valley.';
    expect(quotesIn(text)).toEqual([
      { content: text.slice(0, -1), cue: 'said', speaker: 'Pike', entity: 'Pike', mode: 'mixed' },
    ]);
  });

  it('continues the quotation with a reopened quote of two words: “A,” she said. “Absolutely not.”', () => {
    const text = '“We will not yield,” Pike said. “Absolutely not.”';
    expect(quotesIn(text)).toEqual([{ content: text, cue: 'said', speaker: 'Pike', entity: 'Pike', mode: 'direct' }]);
  });

  it('continues the quotation after a sentence adverb: “A,” she said. Then, “B.”', () => {
    const text = '“We tried,” Pike said. Then, “We will try again next year.”';
    expect(quotesIn(text)).toEqual([{ content: text, cue: 'said', speaker: 'Pike', entity: 'Pike', mode: 'direct' }]);
  });
});

describe('cues whose object is the content', () => {
  it('attributes "accused X of Y" with the accused and the accusation as content', () => {
    expect(quotesIn('The mayor accused the council of hiding the cost of the stadium.')).toEqual([
      { content: 'the council of hiding the cost of the stadium', cue: 'accused', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('attributes "criticized X for Y" with the criticized and the reason as content', () => {
    expect(quotesIn('The bishop criticized the landlords for raising rents.')).toEqual([
      { content: 'the landlords for raising rents', cue: 'criticized', speaker: 'The bishop', entity: 'The bishop', mode: 'indirect' },
    ]);
  });

  it('attributes "described X as Y" with the described and the description as content', () => {
    expect(quotesIn('The inspector described the kitchen as filthy.')).toEqual([
      { content: 'the kitchen as filthy', cue: 'described', speaker: 'The inspector', entity: 'The inspector', mode: 'indirect' },
    ]);
  });

  it('attributes "called for X" with the two-word cue and what is called for as content', () => {
    expect(quotesIn('The nurses called for a second review of the staffing rules.')).toEqual([
      { content: 'a second review of the staffing rules', cue: 'called for', speaker: 'The nurses', entity: 'The nurses', mode: 'indirect' },
    ]);
  });
});

describe('a wording credited to its author', () => {
  it('reads "X put it bluntly: Y" and "X confirmed the breach"', () => {
    expect(quotesIn('The senator put it bluntly: the bill is dead.')).toEqual([
      { content: 'the bill is dead', cue: 'put it', speaker: 'The senator', entity: 'The senator', mode: 'indirect' },
    ]);
    expect(quotesIn('Dannen confirmed the breach.')[0]).toMatchObject({ content: 'the breach', cue: 'confirmed', speaker: 'Dannen' });
  });

  it('reads "As X put it, “Q”" and "“Q,” the sign read." as statements of X and of the sign', () => {
    expect(quotesIn('As Lee put it, “the plan is dead.”')).toEqual([
      { content: '“the plan is dead.”', cue: 'put it', speaker: 'Lee', entity: 'Lee', mode: 'direct' },
    ]);
    expect(quotesIn('“Farms first,” the sign read.')).toEqual([
      { content: '“Farms first,”', cue: 'read', speaker: 'the sign', entity: 'the sign', mode: 'direct' },
    ]);
  });
});

describe('beliefs and intentions', () => {
  it('takes the free relative with an intention: "what the mayor has threatened to do"', () => {
    expect(quotesIn('Voters worried about what the mayor has threatened to do.')).toEqual([
      { content: 'what the mayor has threatened to do', cue: 'threatened', speaker: 'the mayor', entity: 'the mayor', mode: 'indirect' },
    ]);
  });

  it('attributes a clause marked "reportedly" to no one named, and leaves "X reportedly said Y" to "said"', () => {
    expect(quotesIn('The council has reportedly dropped the plan for a new stadium.')).toEqual([
      { content: 'The council has reportedly dropped the plan for a new stadium', cue: 'reportedly', mode: 'indirect' },
    ]);
    expect(quotesIn('Reportedly, the mill will close in March.')).toEqual([{ content: 'the mill will close in March', cue: 'Reportedly', mode: 'indirect' }]);
    expect(quotesIn('Lee reportedly said the deal was dead.')).toEqual([
      { content: 'the deal was dead', cue: 'said', speaker: 'Lee', entity: 'Lee', mode: 'indirect' },
    ]);
  });

  it('attributes a belief: X believes Y.', () => {
    expect(quotesIn('The farmer believes the drought will last another year.')).toEqual([
      { content: 'the drought will last another year', cue: 'believes', speaker: 'The farmer', entity: 'The farmer', mode: 'indirect' },
    ]);
  });

  it('attributes a belief held by a group: Voters believe Y.', () => {
    expect(quotesIn('Voters believe the economy is getting worse.')).toEqual([
      { content: 'the economy is getting worse', cue: 'believe', speaker: 'Voters', entity: 'Voters', mode: 'indirect' },
    ]);
  });

  it('attributes evidence to its source: Polls show Y.', () => {
    expect(quotesIn('Polls show the incumbent trailing in the northern districts.')).toEqual([
      { content: 'the incumbent trailing in the northern districts', cue: 'show', speaker: 'Polls', entity: 'Polls', mode: 'indirect' },
    ]);
  });

  it('attributes an intention with its to-infinitive: X vowed to Y.', () => {
    expect(quotesIn('The new mayor vowed to clean up the harbor by the summer.')).toEqual([
      { content: 'to clean up the harbor by the summer', cue: 'vowed', speaker: 'The new mayor', entity: 'The new mayor', mode: 'indirect' },
    ]);
  });

  it('attributes a threat with its to-infinitive: X threatened to Y.', () => {
    expect(quotesIn('The candidate threatened to sue the newspaper.')).toEqual([
      { content: 'to sue the newspaper', cue: 'threatened', speaker: 'The candidate', entity: 'The candidate', mode: 'indirect' },
    ]);
  });
});

describe('transcripts', () => {
  it('reads "NAME: words" opening a paragraph as one turn that runs to the paragraph end', () => {
    const text = 'The host asked about the budget.\n\nHALVORSEN: We will balance it. It will take two years.';
    expect(quotesIn(text)).toEqual([
      { content: 'We will balance it. It will take two years', cue: ':', speaker: 'HALVORSEN', entity: 'HALVORSEN', mode: 'indirect' },
    ]);
  });

  it('does not read a label before a colon as a speaker: "The goal: ..."', () => {
    expect(quotesIn('The goal: to draw big audiences every night.')).toEqual([]);
  });
});

describe('passives', () => {
  it('attributes "X was criticized by Y" to Y, with X as the content', () => {
    expect(quotesIn('The mayor has been criticized by several council members for raising fares.')).toEqual([
      { content: 'The mayor', cue: 'criticized', speaker: 'several council members', entity: 'several council members', mode: 'indirect' },
    ]);
  });
});

describe('speakers', () => {
  it('makes the speaker mention of "Jane Roe, a pollster, said Y" cover the name and its appositive', () => {
    const text = 'Jane Roe, a pollster, said the race was tightening.';
    expect(quotesIn(text)).toEqual([{ content: 'the race was tightening', cue: 'said', speaker: 'Jane Roe, a pollster', entity: 'Jane Roe', mode: 'indirect' }]);
    expect(analyze({ text }).quotes[0]?.speaker?.anchor.span.start).toBe(0);
  });

  it('keeps a longer appositive in the speaker mention: "Jane Roe, a pollster at Castle Research, said Y"', () => {
    expect(quotesIn('Jane Roe, a pollster at Castle Research, said the race was tightening.')).toEqual([
      { content: 'the race was tightening', cue: 'said', speaker: 'Jane Roe, a pollster at Castle Research', entity: 'Jane Roe', mode: 'indirect' },
    ]);
  });

  it('keeps the appositive of a speaker before a post-posed cue: “Y,” X, a pollster, said.', () => {
    expect(quotesIn('“Turnout will be lower than in the spring,” Maria Ostrow, a pollster, said.')).toEqual([
      { content: '“Turnout will be lower than in the spring,”', cue: 'said', speaker: 'Maria Ostrow, a pollster', entity: 'Maria Ostrow', mode: 'direct' },
    ]);
  });

  it('attributes "He said Y" to the pronoun "He"', () => {
    const text = 'The ambassador arrived in Lisbon on Monday. He said the embassy would stay open.';
    expect(quotesIn(text)).toEqual([{ content: 'the embassy would stay open', cue: 'said', speaker: 'He', entity: 'The ambassador', mode: 'indirect' }]);
    expect(analyze({ text }).quotes[0]?.speaker?.kind).toBe('pronoun');
  });

  it('attributes “Y,” she said. to the pronoun "she"', () => {
    const text = 'The senator left the hearing early. “The questions were unfair,” she said.';
    expect(quotesIn(text)).toEqual([{ content: '“The questions were unfair,”', cue: 'said', speaker: 'she', entity: 'The senator', mode: 'direct' }]);
    expect(analyze({ text }).quotes[0]?.speaker?.kind).toBe('pronoun');
  });

  it('attributes "They said Y" to the pronoun "They"', () => {
    const text = 'The residents gathered outside the town hall. They said the water still tasted of rust.';
    expect(quotesIn(text)).toEqual([{ content: 'the water still tasted of rust', cue: 'said', speaker: 'They', entity: 'The residents', mode: 'indirect' }]);
    expect(analyze({ text }).quotes[0]?.speaker?.kind).toBe('pronoun');
  });

  it('attributes "..., who said Y" to the relative pronoun "who"', () => {
    const text = 'The trial was delayed because of Ruth Kessler, who said the evidence had been mishandled.';
    expect(quotesIn(text)).toEqual([{ content: 'the evidence had been mishandled', cue: 'said', speaker: 'who', entity: 'Ruth Kessler', mode: 'indirect' }]);
    expect(analyze({ text }).quotes[0]?.speaker?.kind).toBe('pronoun');
  });

  it('attributes speech to a possessive noun phrase as a whole: "The minister’s aides said Y"', () => {
    expect(quotesIn('The minister’s aides said the trip was cancelled.')).toEqual([
      { content: 'the trip was cancelled', cue: 'said', speaker: 'The minister’s aides', entity: 'The minister’s aides', mode: 'indirect' },
    ]);
  });
});

describe('the cue lexicon', () => {
  it('is extensible: extendCueLexicon adds a cue the default lexicon does not know', () => {
    const text = 'The goalkeeper muttered that the pitch was too wet.';
    expect(quotesIn(text)).toEqual([]);
    const cues = extendCueLexicon(DEFAULT_CUE_LEXICON, [{ lemma: 'mutter', kind: 'speech', frames: ['clause', 'postposed'] }]);
    expect(quotesIn(text, { cues })).toEqual([
      { content: 'the pitch was too wet', cue: 'muttered', speaker: 'The goalkeeper', entity: 'The goalkeeper', mode: 'indirect' },
    ]);
    expect(quotesIn('“The pitch is too wet,” the goalkeeper muttered.', { cues })).toEqual([
      { content: '“The pitch is too wet,”', cue: 'muttered', speaker: 'the goalkeeper', entity: 'the goalkeeper', mode: 'direct' },
    ]);
  });
});

describe('no attribution', () => {
  it('finds nothing in a sentence without a cue', () => {
    expect(quotesIn('The bakery opened at dawn and closed at noon.')).toEqual([]);
  });

  it('does not read the noun "states" as the verb: "Ten of the 16 states sued the agency."', () => {
    expect(quotesIn('Ten of the 16 states sued the agency.')).toEqual([]);
  });

  it('does not read "estimated" after a determiner as a cue: "An estimated 5,000 people marched."', () => {
    expect(quotesIn('An estimated 5,000 people marched through the city.')).toEqual([]);
  });

  it('does not read "so-called" as the cue "call": "The so-called plan was never published."', () => {
    expect(quotesIn('The so-called plan was never published.')).toEqual([]);
  });

  it('does not read the name "United States" as the cue "state"', () => {
    expect(quotesIn('The United States imposed new tariffs on steel.')).toEqual([]);
  });

  it('finds nothing in an empty text or one of white space only', () => {
    expect(quotesIn('')).toEqual([]);
    expect(quotesIn(' \n\n\t ')).toEqual([]);
  });
});

describe('an inverted cue opening the sentence', () => {
  it('steps over an appositive or relative clause: "Said X, who Y, “Q”"', () => {
    expect(quotesIn('Said Dora Poynter, who grew up with him, “We all felt so proud of him.”')).toEqual([
      { content: '“We all felt so proud of him.”', cue: 'Said', speaker: 'Dora Poynter, who grew up with him', entity: 'Dora Poynter', mode: 'direct' },
    ]);
  });
});

describe('a pronoun and a name', () => {
  it('reads "he and Mr. Allen said" as one speaker', () => {
    expect(quotesIn('The dam must wait, he and Mr. Allen said.')[0]).toMatchObject({ content: 'The dam must wait', speaker: 'he and Mr. Allen' });
  });
});

describe('a speaker with a possessive inside', () => {
  it('keeps a plural possessive with a bare apostrophe: "The teachers\' union said"', () => {
    expect(quotesIn("The teachers' union said the strike would go on.")[0]?.speaker).toBe("The teachers' union");
  });

  it('keeps "Two members of his caucus" and "The leader of their party" whole', () => {
    expect(quotesIn('Two members of his caucus told reporters they remained undecided.')[0]?.speaker).toBe('Two members of his caucus');
    expect(quotesIn('The leader of their party said the count was fair.')[0]?.speaker).toBe('The leader of their party');
  });
});

describe('two statements joined by a semicolon', () => {
  it('gives the second its own speaker with an appositive: "X said A; Y, his rival, said B"', () => {
    expect(quotesIn('Moreau said the court would rule quickly; Jo Whitcomb, his rival, said it would not.')[1]).toMatchObject({
      content: 'it would not',
      speaker: 'Jo Whitcomb, his rival',
      entity: 'Jo Whitcomb',
    });
  });
});

describe('speakers with commas', () => {
  it('keeps a sentence adverb out and a listed name in: "Separately, the mayor, Jean Roux,", "the Department for Culture, Media and Sport"', () => {
    expect(quotesIn('Separately, the mayor, Jean Roux, said the line would open in May.')[0]?.speaker).toBe('the mayor, Jean Roux');
    expect(quotesIn('A spokesman for the Department for Parks, Roads and Bridges said the line would open in May.')[0]?.speaker).toBe(
      'A spokesman for the Department for Parks, Roads and Bridges',
    );
    expect(quotesIn('In Lund, Pike and Lind said the race was close.')[0]?.speaker).toBe('Pike and Lind');
  });
});

describe('stands taken', () => {
  it('reads "hinted at", "rebuffed" and "came out against" as cues whose object is the content', () => {
    expect(quotesIn('Three mayors came out against the dam on Friday.')).toEqual([
      { content: 'the dam', cue: 'came out against', speaker: 'Three mayors', entity: 'Three mayors', mode: 'indirect' },
    ]);
    expect(quotesIn('The council rebuffed the offer.')[0]).toMatchObject({ content: 'the offer', cue: 'rebuffed' });
    expect(quotesIn('The governor named Ana Pike her chief of staff.')[0]).toMatchObject({ content: 'Ana Pike her chief of staff', cue: 'named' });
    expect(quotesIn('The council nominated Ana Pike for the seat.')[0]).toMatchObject({ content: 'Ana Pike for the seat', cue: 'nominated' });
    expect(quotesIn('The mill did not respond to a request for comment.')[0]).toMatchObject({ content: 'a request for comment', cue: 'respond to' });
    expect(quotesIn('Pike hinted at a run for governor.')[0]).toMatchObject({ content: 'a run for governor', cue: 'hinted at' });
  });
});

describe('a statement as the purpose of a move onto a platform', () => {
  it('reads "took to Facebook to say that", "went on television to say that" as statements of the subject', () => {
    expect(quotesIn('Harte took to Facebook to say that Morrow was wrong.')).toEqual([
      { content: 'Morrow was wrong', cue: 'say', speaker: 'Harte', entity: 'Harte', mode: 'indirect' },
    ]);
    expect(quotesIn('Harte went on television to say that Morrow was wrong.')[0]).toMatchObject({ content: 'Morrow was wrong', speaker: 'Harte' });
    expect(quotesIn('Harte took the train to say goodbye.')).toEqual([]);
  });
});

describe('posts and counters', () => {
  it('reads "posted on Instagram that", "countered that" and "objected that" as cues, and "posted a loss" as none', () => {
    expect(quotesIn('Morrow posted on Instagram that the tour was over.')).toEqual([
      { content: 'the tour was over', cue: 'posted', speaker: 'Morrow', entity: 'Morrow', mode: 'indirect' },
    ]);
    expect(quotesIn('Prosecutors countered that the defendant lied.')[0]).toMatchObject({ content: 'the defendant lied', cue: 'countered' });
    expect(quotesIn('The defense objected that the evidence was late.')[0]).toMatchObject({ content: 'the evidence was late', cue: 'objected' });
    expect(quotesIn('The firm posted a loss that shocked investors.')).toEqual([]);
  });
});

describe('forecasts and crowds', () => {
  it('reads "forecast that" and "“Q!” the crowd roared." as cues', () => {
    expect(quotesIn('Analysts forecast that deficits would grow.')[0]).toMatchObject({ content: 'deficits would grow', cue: 'forecast', speaker: 'Analysts' });
    expect(quotesIn('“Yes!” the crowd roared.')).toEqual([{ content: '“Yes!”', cue: 'roared', speaker: 'the crowd', entity: 'the crowd', mode: 'direct' }]);
  });
});

describe('retorts', () => {
  it('reads "shot back that", "fired back at" and "“Q,” X fired back." as cues', () => {
    expect(quotesIn('Petrakis shot back that she had voted against the levy.')).toEqual([
      { content: 'she had voted against the levy', cue: 'shot back', speaker: 'Petrakis', entity: 'Petrakis', mode: 'indirect' },
    ]);
    expect(quotesIn('Lind fired back at the mayor.')).toEqual([{ content: 'the mayor', cue: 'fired back at', speaker: 'Lind', entity: 'Lind', mode: 'indirect' }]);
    expect(quotesIn('“Not true,” Lind fired back.')).toEqual([{ content: '“Not true,”', cue: 'fired back', speaker: 'Lind', entity: 'Lind', mode: 'direct' }]);
  });
});

describe('"that" as a determiner', () => {
  it('drops "that" before a plural or a pronoun, where it is a conjunction: "recommends that adults get ..."', () => {
    expect(quotesIn('The board recommends that adults get vaccinated.')[0]).toMatchObject({ content: 'adults get vaccinated', cue: 'recommends' });
  });

  it('keeps "that" in what a cue without a clause names: "called that claim a lie"', () => {
    expect(quotesIn('The mayor called that claim a lie.')).toEqual([
      { content: 'that claim a lie', cue: 'called', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });
});

describe('impersonal passives', () => {
  it('gives "It was announced that Y" no speaker, where "It said Y" keeps its pronoun', () => {
    expect(quotesIn('It was announced on Monday that the ferry would stop in June.')).toEqual([
      { content: 'the ferry would stop in June', cue: 'announced', mode: 'indirect' },
    ]);
    expect(quotesIn('The ferry company said fares would rise. It said the route would stop in June.')[1]).toMatchObject({ speaker: 'It', entity: 'The ferry company' });
  });
});

describe('perfect progressives', () => {
  it('reads "has been saying for months that" and "had been insisting that" as cues', () => {
    expect(quotesIn('Whitcomb has been saying for months that the count was wrong.')).toEqual([
      { content: 'the count was wrong', cue: 'saying', speaker: 'Whitcomb', entity: 'Whitcomb', mode: 'indirect' },
    ]);
    expect(quotesIn('Whitcomb had been insisting that the count was wrong.')[0]).toMatchObject({ content: 'the count was wrong', cue: 'insisting' });
  });
});

describe('quoted as saying', () => {
  it('gives "X was quoted (by Y) as saying Z" to X', () => {
    expect(quotesIn('Holt was quoted by the local paper as saying the talks had failed.')).toEqual([
      { content: 'the talks had failed', cue: 'saying', speaker: 'Holt', entity: 'Holt', mode: 'indirect' },
    ]);
    expect(quotesIn('The minister has been quoted as saying, “The dam is safe.”')).toEqual([
      { content: '“The dam is safe.”', cue: 'saying', speaker: 'The minister', entity: 'The minister', mode: 'direct' },
    ]);
  });
});

describe('cues inside a relative clause', () => {
  it('ends the relative clause where the main clause resumes, also after a verb in -ed or a comma inside a closing mark', () => {
    expect(quotesIn('The decision, which officials said was final, angered farmers.')).toEqual([
      { content: 'which officials said was final', cue: 'said', speaker: 'officials', entity: 'officials', mode: 'indirect' },
    ]);
    expect(quotesIn('Pike said the plan, which she called “reckless,” would fail.')).toEqual([
      { content: 'the plan, which she called “reckless,” would fail', cue: 'said', speaker: 'Pike', entity: 'Pike', mode: 'mixed' },
    ]);
  });
});

describe('relative pronouns that speak', () => {
  it('ends what a relative "who" or "which" said where the main clause resumes: "X, which said Y, was Z"', () => {
    expect(quotesIn('The report, which said the dam leaks, was released on Monday.')).toEqual([
      { content: 'the dam leaks', cue: 'said', speaker: 'which', entity: 'The report', mode: 'indirect' },
    ]);
  });

  it('reads a relative "that" before "said" as the speaker: "a poster that said “Q”"', () => {
    expect(quotesIn('A farmer held a poster that said “No dam.”')[0]).toMatchObject({ content: '“No dam.”', cue: 'said', speaker: 'that', mode: 'direct' });
  });
});

describe('fact checks', () => {
  it('leaves the writer\'s verdict out of a claim named as a subject, and reads "CLAIM:" and "THE FACTS:" as labels', () => {
    expect(quotesIn("Pellham's claim that crime fell is false.")).toEqual([
      { content: 'crime fell', cue: 'claim', speaker: "Pellham's", entity: 'Pellham', mode: 'indirect' },
    ]);
    expect(quotesIn('CLAIM: Governor Wade Pellham said crime fell by 40 percent.\n\nTHE FACTS: Crime fell by 4 percent.')).toEqual([
      { content: 'crime fell by 40 percent', cue: 'said', speaker: 'Governor Wade Pellham', entity: 'Wade Pellham', mode: 'indirect' },
    ]);
  });

  it('leaves out a verdict of support or proof as well: "is backed by", "has not been borne out"', () => {
    expect(quotesIn("Pellham's claim that the port is safe is backed by two audits.")).toEqual([
      { content: 'the port is safe', cue: 'claim', speaker: "Pellham's", entity: 'Pellham', mode: 'indirect' },
    ]);
    expect(quotesIn("Pellham's claim that crime fell has not been borne out by the figures.")).toEqual([
      { content: 'crime fell', cue: 'claim', speaker: "Pellham's", entity: 'Pellham', mode: 'indirect' },
    ]);
  });
});

describe('impressions inside a reported clause', () => {
  it('starts an impression at the relative pronoun that opens its clause: "for what appears to be Y"', () => {
    expect(quotesIn('The mayor was fined over what appears to be a slight breach of the rules.')).toEqual([
      { content: 'what appears to be a slight breach of the rules', cue: 'appears', mode: 'indirect' },
    ]);
  });

  it('adds no statement of its own for "seemed" or "appeared" inside what someone said', () => {
    expect(quotesIn('Officials said the suspect appeared to have acted alone.')).toEqual([
      { content: 'the suspect appeared to have acted alone', cue: 'said', speaker: 'Officials', entity: 'Officials', mode: 'indirect' },
    ]);
  });
});

describe('acronyms that look like pronouns', () => {
  it('reads "The US" and "The WHO" as speakers', () => {
    expect(quotesIn('The US said the talks had failed.')[0]).toMatchObject({ speaker: 'The US', content: 'the talks had failed' });
    expect(quotesIn('The WHO warned that cases could triple.')[0]).toMatchObject({ speaker: 'The WHO', content: 'cases could triple' });
  });
});

describe('anonymous sources', () => {
  it('keeps "close to", "briefed on" and "involved in" inside the source, before or after the cue', () => {
    const speakerOf = (text: string) => quotesIn(text).map((q) => q.speaker);
    expect(speakerOf('People close to the mayor said the dam would wait.')).toEqual(['People close to the mayor']);
    expect(speakerOf('The dam will wait, people close to the mayor said.')).toEqual(['people close to the mayor']);
    expect(speakerOf('The dam will wait, said two officials briefed on the plan.')).toEqual(['two officials briefed on the plan']);
    expect(speakerOf('A person involved in the talks said the dam would wait.')).toEqual(['A person involved in the talks']);
    expect(speakerOf('The dam will wait, according to people close to him.')).toEqual(['people close to him']);
  });
});

describe('datelines and time stamps', () => {
  it('keeps a dateline or a live-blog time stamp out of the content and the speaker', () => {
    expect(quotesIn('OSLO (Reuters) — “We are ready,” Jane Holt said on Tuesday.')).toEqual([
      { content: '“We are ready,”', cue: 'said', speaker: 'Jane Holt', entity: 'Jane Holt', mode: 'direct' },
    ]);
    expect(quotesIn('14:12 — “Stay indoors,” the mayor said.')).toEqual([
      { content: '“Stay indoors,”', cue: 'said', speaker: 'the mayor', entity: 'the mayor', mode: 'direct' },
    ]);
    expect(quotesIn('BERGEN, Norway, March 3 — Fjordline, a ferry company, announced that its new route would open in May.')[0]).toMatchObject({
      content: 'its new route would open in May',
      speaker: 'Fjordline, a ferry company',
    });
  });
});

describe('told reporters (that) Y', () => {
  it('keeps a programme\'s name, a place and a time out of what was told', () => {
    expect(quotesIn("Holt told the BBC's Today programme the levy had failed.")).toEqual([
      { content: 'the levy had failed', cue: 'told', speaker: 'Holt', entity: 'Holt', mode: 'indirect' },
    ]);
    expect(quotesIn('Holt told reporters outside the court that the inquiry was overdue.')).toEqual([
      { content: 'the inquiry was overdue', cue: 'told', speaker: 'Holt', entity: 'Holt', mode: 'indirect' },
    ]);
    expect(quotesIn('Holt told the paper in an interview published on Sunday that the inquiry was overdue.')).toEqual([
      { content: 'the inquiry was overdue', cue: 'told', speaker: 'Holt', entity: 'Holt', mode: 'indirect' },
    ]);
    expect(quotesIn('Holt told reporters Lind was wrong.')).toEqual([{ content: 'Lind was wrong', cue: 'told', speaker: 'Holt', entity: 'Holt', mode: 'indirect' }]);
  });

  it('reads "that" before a verb in the adjunct as a relative pronoun: "said in an interview that aired Sunday"', () => {
    expect(quotesIn('Holt said in an interview that aired Sunday that the plan had failed.')).toEqual([
      { content: 'the plan had failed', cue: 'said', speaker: 'Holt', entity: 'Holt', mode: 'indirect' },
    ]);
    expect(quotesIn('“We are done,” Holt said in an interview that aired Sunday.')).toEqual([
      { content: '“We are done,”', cue: 'said', speaker: 'Holt', entity: 'Holt', mode: 'direct' },
    ]);
  });

  it('reads a noun in the adjunct before "that" as part of it: "said in a Facebook post that", "in its annual report that"', () => {
    for (const adjunct of ['in a Facebook post', 'in its annual report', 'in a 2022 report', 'in a statement posted on its website', 'in remarks carried by the local radio']) {
      expect(quotesIn(`The ministry said ${adjunct} that the dam was safe.`)).toEqual([
        { content: 'the dam was safe', cue: 'said', speaker: 'The ministry', entity: 'The ministry', mode: 'indirect' },
      ]);
    }
  });

  it('attributes X told reporters Y when "that" is left out', () => {
    expect(quotesIn('The harbor master told reporters the ferry would run again on Friday.')).toEqual([
      { content: 'the ferry would run again on Friday', cue: 'told', speaker: 'The harbor master', entity: 'The harbor master', mode: 'indirect' },
    ]);
  });

  it('attributes X told a named listener Y when "that" is left out: "Smith told CNN the vote was rigged."', () => {
    expect(quotesIn('Smith told CNN the vote was rigged.')).toEqual([
      { content: 'the vote was rigged', cue: 'told', speaker: 'Smith', entity: 'Smith', mode: 'indirect' },
    ]);
  });

  it('attributes X told reporters on Tuesday that Y, with an adjunct between the listener and "that"', () => {
    expect(quotesIn('The harbor master told reporters on Tuesday that the ferry would run again.')).toEqual([
      { content: 'the ferry would run again', cue: 'told', speaker: 'The harbor master', entity: 'The harbor master', mode: 'indirect' },
    ]);
  });
});

describe('the cue in the middle of a quotation', () => {
  it('makes “A,” he said, “B.” one direct quote, like “A,” he said. “B.”', () => {
    const text = '“We will not sell the farm,” she said, “because it has been in the family for a century.”';
    // Nothing before "she" names a person, so the speaker resolves to no entity and `entity` is absent.
    expect(quotesIn(text)).toEqual([
      {
        content: '“We will not sell the farm,” she said, “because it has been in the family for a century.”',
        cue: 'said',
        speaker: 'she',
        mode: 'direct',
      },
    ]);
  });
});

describe('speakers', () => {
  it('keeps the appositive of an inverted speaker in the mention: “Y,” said X, a pollster.', () => {
    expect(quotesIn('“Turnout will be lower than in the spring,” said Maria Ostrow, a pollster.')).toEqual([
      { content: '“Turnout will be lower than in the spring,”', cue: 'said', speaker: 'Maria Ostrow, a pollster', entity: 'Maria Ostrow', mode: 'direct' },
    ]);
  });

  it('keeps the appositive of the source after a trailing "Y, according to X, the Z."', () => {
    expect(quotesIn('The blaze started in the kitchen, according to Tom Hale, the fire chief.')).toEqual([
      { content: 'The blaze started in the kitchen', cue: 'according to', speaker: 'Tom Hale, the fire chief', entity: 'Tom Hale', mode: 'indirect' },
    ]);
  });

  it('ends the subject of a colon-led sentence at its verb, even one it does not know: "The principal ended the assembly with a warning:"', () => {
    const text = 'The principal ended the assembly with a warning:\n\n“Anyone caught vaping will be suspended for a week.”';
    expect(quotesIn(text)).toEqual([
      { content: '“Anyone caught vaping will be suspended for a week.”', cue: ':', speaker: 'The principal', entity: 'The principal', mode: 'direct' },
    ]);
  });

  it('accepts a bare cue after an irregular plural subject: "The fishermen hope that Y."', () => {
    expect(quotesIn('The fishermen hope that the quota will be raised next season.')).toEqual([
      { content: 'the quota will be raised next season', cue: 'hope', speaker: 'The fishermen', entity: 'The fishermen', mode: 'indirect' },
    ]);
  });
});

describe('the extent of the content', () => {
  it('keeps a relative clause between commas inside the content: "X said the bridge, which opened in 1952, would reopen."', () => {
    expect(quotesIn('The mayor said the bridge, which opened in 1952, would reopen in March.')).toEqual([
      { content: 'the bridge, which opened in 1952, would reopen in March', cue: 'said', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('keeps an adjunct of the reason inside the content of "criticized X for Y": "... for raising rents during the winter."', () => {
    expect(quotesIn('The bishop criticized the landlords for raising rents during the winter.')).toEqual([
      { content: 'the landlords for raising rents during the winter', cue: 'criticized', speaker: 'The bishop', entity: 'The bishop', mode: 'indirect' },
    ]);
  });
});

describe('constructions added for PolNeAR recall', () => {
  it('reads "X, an appositive, said Y" as X speaking, not as a post-posed cue after the content', () => {
    expect(quotesIn('Councilwoman Ada Brill, a housing advocate, said landlords plan to raise rents in the spring.')).toEqual([
      { content: 'landlords plan to raise rents in the spring', cue: 'said', speaker: 'Councilwoman Ada Brill, a housing advocate', entity: 'Ada Brill', mode: 'indirect' },
    ]);
  });

  it('attributes "X is expected to Y" with the whole clause as content and no speaker', () => {
    expect(quotesIn('The county board is expected to approve the new budget next week.')).toEqual([
      { content: 'The county board is expected to approve the new budget next week', cue: 'expected', mode: 'indirect' },
    ]);
  });

  it('attributes the question of a fronted "Asked whether Y, X said Z" with no speaker', () => {
    expect(quotesIn('Asked whether the plant would close, the manager said no decision had been made.')).toEqual([
      { content: 'whether the plant would close', cue: 'Asked', mode: 'indirect' },
      { content: 'no decision had been made', cue: 'said', speaker: 'the manager', entity: 'the manager', mode: 'indirect' },
    ]);
  });

  it('attributes the question after "when asked by X whether Y" to the asker X', () => {
    expect(quotesIn('The coach smiled when asked by a fan whether he would retire.')).toEqual([
      { content: 'whether he would retire', cue: 'asked', speaker: 'a fan', entity: 'a fan', mode: 'indirect' },
    ]);
  });

  it('attributes “Y,” X told Z to X when the listener Z is a lower-case phrase', () => {
    expect(quotesIn('“The harvest came early this year,” the farmer told visiting students.')).toEqual([
      { content: '“The harvest came early this year,”', cue: 'told', speaker: 'the farmer', entity: 'the farmer', mode: 'direct' },
    ]);
  });

  it('attributes speech to a quantifier standing alone as the subject: "Some said Y."', () => {
    expect(quotesIn('The residents met on Tuesday. Some said the new road was too loud.')).toEqual([
      { content: 'the new road was too loud', cue: 'said', speaker: 'Some', entity: 'Some', mode: 'indirect' },
    ]);
  });

  it('accepts a short clause opened by a personal pronoun: "Many say they walk now."', () => {
    expect(quotesIn('The commuters met at the depot. Many say they walk now.')).toEqual([
      { content: 'they walk now', cue: 'say', speaker: 'Many', entity: 'Many', mode: 'indirect' },
    ]);
  });

  it('reads "plans to" after a subject as the verb: "The museum plans to Y."', () => {
    expect(quotesIn('The museum plans to reopen its east wing in the autumn.')).toEqual([
      { content: 'to reopen its east wing in the autumn', cue: 'plans', speaker: 'The museum', entity: 'The museum', mode: 'indirect' },
    ]);
  });

  it('does not read "plans to" after a possessive as a verb: "The museum’s plans to expand were shelved."', () => {
    expect(quotesIn('The museum’s plans to expand were shelved.')).toEqual([]);
  });

  it('reads "reports that" after a news outlet as the verb: "The Gazette reports that Y."', () => {
    expect(quotesIn('The Gazette reports that the factory will cut two hundred jobs.')).toEqual([
      { content: 'the factory will cut two hundred jobs', cue: 'reports', speaker: 'The Gazette', entity: 'The Gazette', mode: 'indirect' },
    ]);
  });

  it('attributes "X calls on Y to Z" with the listener and the infinitive as content', () => {
    expect(quotesIn('Okafor calls on the council to delay the vote.')).toEqual([
      { content: 'the council to delay the vote', cue: 'calls on', speaker: 'Okafor', entity: 'Okafor', mode: 'indirect' },
    ]);
  });

  it('attributes a progressive cue: "X is hoping that Y."', () => {
    expect(quotesIn('The principal is hoping that the repairs will be finished by September.')).toEqual([
      { content: 'the repairs will be finished by September', cue: 'hoping', speaker: 'The principal', entity: 'The principal', mode: 'indirect' },
    ]);
  });

  it('attributes the clause after a fronted poll: "In a new X poll, Y."', () => {
    expect(quotesIn('In a new Harbor Research poll, 58 percent of residents opposed the tunnel.')).toEqual([
      { content: '58 percent of residents opposed the tunnel', cue: 'In', speaker: 'a new Harbor Research poll', entity: 'a new Harbor Research poll', mode: 'indirect' },
    ]);
  });

  it('ends an inverted speaker with a relative clause at the sentence end: “Y,” said X who Z.', () => {
    expect(quotesIn('“Nobody saw this coming,” said a longtime organizer who asked not to be named.')).toEqual([
      { content: '“Nobody saw this coming,”', cue: 'said', speaker: 'a longtime organizer', entity: 'a longtime organizer', mode: 'direct' },
    ]);
  });

  it('attributes the whole sentence to a parenthetical cue after a fronted clause: "If A, X said, B."', () => {
    expect(quotesIn('If the rain continues, the engineer said, the dam could overflow.')).toEqual([
      { content: 'If the rain continues, the engineer said, the dam could overflow', cue: 'said', speaker: 'the engineer', entity: 'the engineer', mode: 'indirect' },
    ]);
  });

  it('keeps a relative clause that closes before a verb in -s inside the content: "X said the ruling, which A, illustrates B."', () => {
    expect(quotesIn('Advocates said the ruling, which struck down the fee, illustrates the stakes of the election.')).toEqual([
      { content: 'the ruling, which struck down the fee, illustrates the stakes of the election', cue: 'said', speaker: 'Advocates', entity: 'Advocates', mode: 'indirect' },
    ]);
  });

  it('reads "a source close to him" as one speaker phrase', () => {
    const text = 'The senator skipped the vote. He will change his approach, a source close to him says.';
    expect(quotesIn(text)).toEqual([
      { content: 'He will change his approach', cue: 'says', speaker: 'a source close to him', entity: 'a source close to him', mode: 'indirect' },
    ]);
  });

  it('reads "those surveyed" as a speaker phrase', () => {
    expect(quotesIn('Again, those surveyed said the mayor was best placed to handle the levy.')).toEqual([
      { content: 'the mayor was best placed to handle the levy', cue: 'said', speaker: 'those surveyed', entity: 'those surveyed', mode: 'indirect' },
    ]);
  });

  it('attributes a quotation after an adjunct and a colon: X said in a statement: “Y.”', () => {
    expect(quotesIn('The union said in a statement: “We will return to the table.”')).toEqual([
      { content: '“We will return to the table.”', cue: 'said', speaker: 'The union', entity: 'The union', mode: 'direct' },
    ]);
  });

  it('attributes speech to a speaker with an appositive between dashes: "X — who A — said Y"', () => {
    expect(quotesIn('The judge — who has clashed with the governor before — said the order was unlawful.')).toEqual([
      { content: 'the order was unlawful', cue: 'said', speaker: 'The judge — who has clashed with the governor before', entity: 'The judge', mode: 'indirect' },
    ]);
  });

  it('attributes "made it clear Y" without "that"', () => {
    expect(quotesIn('The coach made it clear the team would not travel.')).toEqual([
      { content: 'the team would not travel', cue: 'made it clear', speaker: 'The coach', entity: 'The coach', mode: 'indirect' },
    ]);
  });

  it('attributes "ruled that Y" with an adverb between the subject and the cue', () => {
    expect(quotesIn('The tribunal then ruled that the contract was void.')).toEqual([
      { content: 'the contract was void', cue: 'ruled', speaker: 'The tribunal', entity: 'The tribunal', mode: 'indirect' },
    ]);
  });

  it('attributes an attitude adjective with a that-clause: "X were frustrated that Y."', () => {
    expect(quotesIn('The tenants were frustrated that the heating had failed again.')).toEqual([
      { content: 'the heating had failed again', cue: 'frustrated', speaker: 'The tenants', entity: 'The tenants', mode: 'indirect' },
    ]);
  });

  it('skips an interposed phrase between commas before "that": "X warned, as did Z, that Y."', () => {
    expect(quotesIn('Several engineers warned, as did the builder itself, that the beams were too thin.')).toEqual([
      { content: 'the beams were too thin', cue: 'warned', speaker: 'Several engineers', entity: 'Several engineers', mode: 'indirect' },
    ]);
  });

  it('drops an object frame nested in what someone said: "X said he would support Y."', () => {
    expect(quotesIn('The mayor said he would support the new stadium.')).toEqual([
      { content: 'he would support the new stadium', cue: 'said', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('ends an intention at its first comma: "X declined to comment, citing Z."', () => {
    expect(quotesIn('The museum declined to comment, citing the lawsuit.')).toEqual([
      { content: 'to comment', cue: 'declined', speaker: 'The museum', entity: 'The museum', mode: 'indirect' },
      { content: 'the lawsuit', cue: 'citing', speaker: 'The museum', entity: 'The museum', mode: 'indirect' },
    ]);
  });

  it('keeps an appositive inside an intention: "X voted to fine Y, a former aide, for Z."', () => {
    expect(quotesIn('The board voted to fine Ada Lunn, a former treasurer of the club, for missing records.')).toEqual([
      { content: 'to fine Ada Lunn, a former treasurer of the club, for missing records', cue: 'voted', speaker: 'The board', entity: 'The board', mode: 'indirect' },
    ]);
  });

  it('leaves a subordinate clause after a post-posed cue out: “Y,” X said as she left.', () => {
    expect(quotesIn('“We will reopen the pier,” the harbor master said as she left the meeting.')).toEqual([
      { content: '“We will reopen the pier,”', cue: 'said', speaker: 'the harbor master', entity: 'the harbor master', mode: 'direct' },
    ]);
  });

  it('leaves a participle after a post-posed cue out: “Y,” X said answering a question.', () => {
    expect(quotesIn('“The tide is late,” the harbor master said answering a question.')).toEqual([
      { content: '“The tide is late,”', cue: 'said', speaker: 'the harbor master', entity: 'the harbor master', mode: 'direct' },
    ]);
  });

  it('attributes what a survey shows, without a verb of its own: "A new survey shows X with Y."', () => {
    expect(quotesIn('A new survey shows the mayor with a narrow lead over her rival.')).toEqual([
      { content: 'the mayor with a narrow lead over her rival', cue: 'shows', speaker: 'A new survey', entity: 'A new survey', mode: 'indirect' },
    ]);
  });

  it('attributes content before a post-posed record: "Y, city records show."', () => {
    expect(quotesIn('The ferry fares rose by a third last year, city records show.')).toEqual([
      { content: 'The ferry fares rose by a third last year', cue: 'show', speaker: 'city records', entity: 'city records', mode: 'indirect' },
    ]);
  });

  it('keeps the time of a poll with its source: "A survey out Tuesday finds Y."', () => {
    expect(quotesIn('A survey out Tuesday finds the mayor ahead.')).toEqual([
      { content: 'the mayor ahead', cue: 'finds', speaker: 'A survey', entity: 'A survey', mode: 'indirect' },
    ]);
  });

  it('ends a whole clause before "according to X," when the writer goes on: "Y, according to X, but Z."', () => {
    expect(quotesIn('The pier lost money for a decade, according to an audit by the city, but the council kept it open.')).toEqual([
      { content: 'The pier lost money for a decade', cue: 'according to', speaker: 'an audit', entity: 'an audit', mode: 'indirect' },
    ]);
  });

  it('keeps a clause that "according to X" interrupts whole: "The treasurer, according to X, will resign."', () => {
    expect(quotesIn('The treasurer, according to two aides, will resign in May.')).toEqual([
      { content: 'The treasurer, according to two aides, will resign in May', cue: 'according to', speaker: 'two aides', entity: 'two aides', mode: 'indirect' },
    ]);
  });
});

describe('where the content ends or starts', () => {
  it('keeps a percent sign that closes the sentence: "said the price rose 12%."', () => {
    expect(quotesIn('Morrow said the price rose 12%.')).toEqual([
      { content: 'the price rose 12%', cue: 'said', speaker: 'Morrow', entity: 'Morrow', mode: 'indirect' },
    ]);
  });

  it('ends what a cue names at a second verb: "X praised Y and signed Z."', () => {
    expect(quotesIn('The governor praised the new budget and signed a bill on school funding.')).toEqual([
      { content: 'the new budget', cue: 'praised', speaker: 'The governor', entity: 'The governor', mode: 'indirect' },
    ]);
  });

  it('ends what a cue names before a share with a verb of its own: "34% oppose it and 8% are undecided"', () => {
    expect(quotesIn('Most growers back the dam, while 34% oppose it and 8% are undecided.').find((q) => q.cue === 'oppose')).toMatchObject({ content: 'it', speaker: '34%' });
  });

  it('ends what a cue names at a dash: "X called Y a mistake — and Z."', () => {
    expect(quotesIn('The senator called the merger a mistake — and few of her colleagues disagreed.')).toEqual([
      { content: 'the merger a mistake', cue: 'called', speaker: 'The senator', entity: 'The senator', mode: 'indirect' },
    ]);
  });

  it('leaves a year after "since" out of what a cue names: "X has opposed Y since 2019"', () => {
    expect(quotesIn('The union has opposed the merger since 2019.')).toEqual([
      { content: 'the merger', cue: 'opposed', speaker: 'The union', entity: 'The union', mode: 'indirect' },
    ]);
  });

  it('ends a statement at "though" when a speaker and a cue of their own follow: "X believe Y, though Z expect W"', () => {
    expect(quotesIn('Engineers believe the tunnel will open in May, though planners expect delays to continue.')).toEqual([
      { content: 'the tunnel will open in May', cue: 'believe', speaker: 'Engineers', entity: 'Engineers', mode: 'indirect' },
      { content: 'delays to continue', cue: 'expect', speaker: 'planners', entity: 'planners', mode: 'indirect' },
    ]);
  });

  it('leaves out a closing comment on what was said: "X said Y, a figure that ..."', () => {
    expect(quotesIn('The company said it had closed 40 stores last year, a figure that surprised analysts.')).toEqual([
      { content: 'it had closed 40 stores last year', cue: 'said', speaker: 'The company', entity: 'The company', mode: 'indirect' },
    ]);
  });

  it('ends a statement in a fronted clause at its comma: "But when X announced that Y, Z."', () => {
    expect(quotesIn('But when the mayor announced that the bridge would close for repairs, the council postponed its vote.')).toEqual([
      { content: 'the bridge would close for repairs', cue: 'announced', speaker: 'the mayor', entity: 'the mayor', mode: 'indirect' },
    ]);
  });

  it('ends a statement in a fronted participle clause at its comma: "After claiming that Y, X left."', () => {
    expect(quotesIn('After claiming that the vote had been rigged, the candidate left the stage.')).toEqual([
      { content: 'the vote had been rigged', cue: 'claiming', speaker: 'the candidate', entity: 'the candidate', mode: 'indirect' },
    ]);
  });

  it('starts a relative clause at its pronoun and ends it before the main verb: "The levy, which X said had cost Y, was repealed."', () => {
    expect(quotesIn('The levy, which the treasurer said had cost the city millions, was repealed in May.')).toEqual([
      { content: 'which the treasurer said had cost the city millions', cue: 'said', speaker: 'the treasurer', entity: 'the treasurer', mode: 'indirect' },
    ]);
  });

  it('joins words before "X said," to a quotation that goes on in lower case', () => {
    expect(quotesIn('A slower economy, the treasurer said, "might be the right moment to pay off debt."')).toEqual([
      { content: 'A slower economy, the treasurer said, "might be the right moment to pay off debt."', cue: 'said', speaker: 'the treasurer', entity: 'the treasurer', mode: 'mixed' },
    ]);
  });

  it('ends an impression before a subordinate clause: "X seemed ready to Y after Z."', () => {
    expect(quotesIn('The senator seemed ready to compromise after the second round of talks.')).toEqual([
      { content: 'The senator seemed ready to compromise', cue: 'seemed', mode: 'indirect' },
    ]);
  });
});

describe('statements nested in statements and second verbs in what a cue names', () => {
  it('takes no speaker from the words before "and" for a bare verb: "The ads promote X and attack Y."', () => {
    expect(quotesIn('The ads promote the mayor and attack her rival.')).toEqual([]);
  });

  it('ends what a cue names at a second verb after modifiers: "X praised Y and once again vetoed Z."', () => {
    expect(quotesIn('The governor praised the budget and once again vetoed the transit bill.')).toEqual([
      { content: 'the budget', cue: 'praised', speaker: 'The governor', entity: 'The governor', mode: 'indirect' },
    ]);
  });

  it('ends what a cue names where "and" brings in a subject of its own: "X decried Y and he ordered Z."', () => {
    expect(quotesIn('The mayor decried the waste and he ordered an audit of every contract.')).toEqual([
      { content: 'the waste', cue: 'decried', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('ends a content before "and" and a clause in which someone else says something: "X opposed Y and Z said W."', () => {
    expect(quotesIn('The council opposed the plan and the mayor said the cost was too high.')).toEqual([
      { content: 'the plan', cue: 'opposed', speaker: 'The council', entity: 'The council', mode: 'indirect' },
      { content: 'the cost was too high', cue: 'said', speaker: 'the mayor', entity: 'the mayor', mode: 'indirect' },
    ]);
  });

  it('keeps a statement inside a reported clause as part of it: "X said that Z had argued W."', () => {
    expect(quotesIn('The treasurer said that two council members had argued the levy was unfair.')).toEqual([
      { content: 'two council members had argued the levy was unfair', cue: 'said', speaker: 'The treasurer', entity: 'The treasurer', mode: 'indirect' },
    ]);
  });

  it('keeps a statement inside what "according to" covers as part of it: "X said Y, according to Z."', () => {
    expect(quotesIn('The clerk said the ferry was late, according to the harbor log.')).toEqual([
      { content: 'The clerk said the ferry was late', cue: 'according to', speaker: 'the harbor log', entity: 'the harbor log', mode: 'indirect' },
    ]);
  });

  it('does not start what is cited at a relative pronoun after a preposition: "a ruling in which she cited Y"', () => {
    expect(quotesIn('The judge issued a ruling in which she cited heightened concern about privacy.')).toEqual([
      { content: 'heightened concern about privacy', cue: 'cited', speaker: 'she', entity: 'The judge', mode: 'indirect' },
    ]);
  });

  it('attributes the clause a noun of attitude takes: "X expressed concern that Y."', () => {
    expect(quotesIn('The union expressed concern that the new rules would cut wages.')).toEqual([
      { content: 'the new rules would cut wages', cue: 'expressed', speaker: 'The union', entity: 'The union', mode: 'indirect' },
    ]);
  });

  it('attributes the phrase a noun of attitude takes: "X voiced support for Y."', () => {
    expect(quotesIn('The mayor voiced support for the ferry plan.')).toEqual([
      { content: 'the ferry plan', cue: 'voiced', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('reads "a group called Name" as a name, not a statement', () => {
    expect(quotesIn('She founded a group called Harbor Watch.')).toEqual([]);
  });

  it('starts what is named at "what": "what X called Y"', () => {
    expect(quotesIn('Voters are tired of what the mayor called a budget crisis.')).toEqual([
      { content: 'what the mayor called a budget crisis', cue: 'called', speaker: 'the mayor', entity: 'the mayor', mode: 'indirect' },
    ]);
  });
});

describe('common cues in less common positions', () => {
  it('attributes the main clause to an "as" clause of saying before it: "As X noted, Y."', () => {
    expect(quotesIn('As the county clerk noted, the ballots will be counted by hand.')).toEqual([
      { content: 'the ballots will be counted by hand', cue: 'noted', speaker: 'the county clerk', entity: 'the county clerk', mode: 'indirect' },
    ]);
  });

  it('attributes the main clause to an "as" clause of saying after it: "Y, as X noted."', () => {
    expect(quotesIn('Turnout fell in every precinct, as the county clerk noted.')).toEqual([
      { content: 'Turnout fell in every precinct', cue: 'noted', speaker: 'the county clerk', entity: 'the county clerk', mode: 'indirect' },
    ]);
  });

  it('reads "say" after a plural family name with "the": "The Hendersons say Y."', () => {
    expect(quotesIn('The Hendersons say they will sell the farm next year.')).toEqual([
      { content: 'they will sell the farm next year', cue: 'say', speaker: 'The Hendersons', entity: 'Hendersons', mode: 'indirect' },
    ]);
  });

  it('reads "say" after "those" with a participle: "Those polled say Y."', () => {
    expect(quotesIn('Those polled say the roads have gotten worse.')).toEqual([
      { content: 'the roads have gotten worse', cue: 'say', speaker: 'Those polled', entity: 'Those polled', mode: 'indirect' },
    ]);
  });

  it('keeps a month named "May" in the tail of a post-posed cue: "“Q,” X said in May."', () => {
    expect(quotesIn('“We will rebuild the pier,” the harbor master said in May.')).toEqual([
      { content: '“We will rebuild the pier,”', cue: 'said', speaker: 'the harbor master', entity: 'the harbor master', mode: 'direct' },
    ]);
  });

  it('reads "shortly after ..." as the tail of a post-posed cue', () => {
    expect(quotesIn('“We will rebuild the pier,” the harbor master said shortly after the storm.')).toEqual([
      { content: '“We will rebuild the pier,”', cue: 'said', speaker: 'the harbor master', entity: 'the harbor master', mode: 'direct' },
    ]);
  });

  it('keeps a place adverb with a plural subject: "The fishermen here said Y."', () => {
    expect(quotesIn('The fishermen here said the catch had dropped by half.')).toEqual([
      { content: 'the catch had dropped by half', cue: 'said', speaker: 'The fishermen', entity: 'The fishermen', mode: 'indirect' },
    ]);
  });

  it('reads a question forwards after a fronted adjunct: "Last week, X asked Y whether Z."', () => {
    expect(quotesIn('Last week, the reporter asked the governor whether she would sign the bill.')).toEqual([
      { content: 'whether she would sign the bill', cue: 'asked', speaker: 'the reporter', entity: 'the reporter', mode: 'indirect' },
    ]);
  });

  it('reads an appositive between double hyphens: "X -- who ... -- said Y."', () => {
    expect(quotesIn('The mayor -- who has run the city since 2010 -- said the budget was balanced.')).toEqual([
      { content: 'the budget was balanced', cue: 'said', speaker: 'The mayor -- who has run the city since 2010', entity: 'The mayor', mode: 'indirect' },
    ]);
  });

  it('keeps the subject of an infinitive in what is wanted: "X wants Y to Z."', () => {
    expect(quotesIn('The union wants the company to raise wages.')).toEqual([
      { content: 'the company to raise wages', cue: 'wants', speaker: 'The union', entity: 'The union', mode: 'indirect' },
    ]);
  });

  it('reads the clause after a comma that follows the cue: "X says, Y."', () => {
    expect(quotesIn('The treasurer says, rain or shine, the fair will open on Friday.')).toEqual([
      { content: 'rain or shine, the fair will open on Friday', cue: 'says', speaker: 'The treasurer', entity: 'The treasurer', mode: 'indirect' },
    ]);
  });

  it('reads the verb after a relative clause that holds a cue as the main verb: "“Q,” X, who endorsed Z, told Y."', () => {
    expect(quotesIn('“The levy must go,” the senator, who has not endorsed a rival, told reporters.')).toEqual([
      { content: '“The levy must go,”', cue: 'told', speaker: 'the senator, who has not endorsed a rival', entity: 'the senator', mode: 'direct' },
      { content: 'a rival', cue: 'endorsed', speaker: 'who', entity: 'the senator', mode: 'indirect' },
    ]);
  });

  it('reads an abbreviated month as the tail of a post-posed cue: "“Q,” X said Oct. 3."', () => {
    expect(quotesIn('“The levy must go,” the senator said Oct. 3 in Dover.')).toEqual([
      { content: '“The levy must go,”', cue: 'said', speaker: 'the senator', entity: 'the senator', mode: 'direct' },
    ]);
  });
});

describe('verbs whose object is seldom a statement', () => {
  it('reads no statement in "backed", "requested", "hit" or "unveiled" with an object', () => {
    expect(quotesIn('The council backed the mayor in the vote.')).toEqual([]);
    expect(quotesIn('The official requested anonymity.')).toEqual([]);
    expect(quotesIn('The talks hit a wall on Friday.')).toEqual([]);
    expect(quotesIn('The campaign unveiled a new ad on Monday.')).toEqual([]);
  });

  it('still reads the object of a verb of judging as the statement', () => {
    expect(quotesIn('The mayor criticized the council for its delay.')).toEqual([
      { content: 'the council for its delay', cue: 'criticized', speaker: 'The mayor', entity: 'The mayor', mode: 'indirect' },
    ]);
  });
});

describe('quantifiers, partitives and approximate numbers', () => {
  it('reads "Another said" and "Yet another said" as a speaker', () => {
    expect(quotesIn('Another said the dam would fail.')[0]).toMatchObject({ content: 'the dam would fail', speaker: 'Another' });
    expect(quotesIn('Yet another said, “The dam will fail.”')[0]).toMatchObject({ content: '“The dam will fail.”', speaker: 'another' });
  });

  const contentOf = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('reads a quantifier opening the clause as the subject, even where it could be an adverb: "Both said Y."', () => {
    expect(contentOf('The two envoys met at noon. Both said the border would stay open.')).toEqual([['the border would stay open', 'said', 'Both']]);
    expect(contentOf('Later, each said the border would stay open.')).toEqual([['the border would stay open', 'said', 'each']]);
    expect(contentOf('The growers all said the frost came early.')).toEqual([['the frost came early', 'said', 'The growers']]);
    expect(contentOf('They both said the frost came early.')).toEqual([['the frost came early', 'said', 'They']]);
  });

  it('reads a partitive of a pronoun as a group speaker: "Most of them said Y."', () => {
    expect(quotesIn('The workers gathered outside. Most of them said the old plant had been better.')).toEqual([
      { content: 'the old plant had been better', cue: 'said', speaker: 'Most of them', entity: 'Most of them', mode: 'indirect' },
    ]);
    expect(contentOf('None of us said the vote was fair.')).toEqual([['the vote was fair', 'said', 'None of us']]);
  });

  it('reads a clause that opens with an approximate number: "X said about half of Y were Z."', () => {
    expect(contentOf('The ferry board said about half of its new costs were temporary.')).toEqual([
      ['about half of its new costs were temporary', 'said', 'The ferry board'],
    ]);
  });

  it('ends the attribution of a quotation at a second verb joined by "and": "“Q,” she said and left."', () => {
    expect(contentOf('“I am done here,” she said and quickly left the stage.')).toEqual([['“I am done here,”', 'said', 'she']]);
  });

  it('does not read the verb after a personal pronoun as part of a later speaker\'s name: "I hope in 2030 the city says Y"', () => {
    expect(contentOf('I hope in 2030 Springfield says yes to the tram.')).toEqual([['in 2030 Springfield says yes to the tram', 'hope', 'I']]);
  });
});

describe('relative clauses inside an intention', () => {
  it('keeps an intention going past a relative clause on its object when the infinitive resumes', () => {
    expect(quotesIn('The governor vowed to set up a water board, which would include farmers, to settle the dispute.').map((q) => q.content)).toEqual([
      'to set up a water board, which would include farmers, to settle the dispute',
    ]);
  });

  it('still ends an intention at its first comma otherwise', () => {
    expect(quotesIn('The governor vowed to set up a water board, which pleased the farmers.').map((q) => q.content)).toEqual(['to set up a water board']);
  });
});

describe('nouns of saying with a that-clause', () => {
  it('attributes the clause after a possessive and a noun of saying to the possessor', () => {
    expect(quotesIn('The footage contradicts the county police’s earlier claim that the driver had fled.')).toEqual([
      { content: 'the driver had fled', cue: 'claim', speaker: 'the county police’s', entity: 'the county police', mode: 'indirect' },
    ]);
    expect(quotesIn('The veteran found no fault with Mayor Jo Lind’s criticism that the council wasted money.').map((q) => [q.content, q.speaker])).toEqual([
      ['the council wasted money', 'Mayor Jo Lind’s'],
    ]);
  });

  it('ends the clause at the comma of a fronted phrase: "Despite X\'s claims that Y, Z."', () => {
    expect(quotesIn('Despite Mayor Jo Lind’s claims that the fund was solvent, the auditors found a gap.').map((q) => q.content)).toEqual(['the fund was solvent']);
  });

  it('reads no statement in a noun of saying without a possessor', () => {
    expect(quotesIn('The claim that the fund was solvent did not survive the audit.')).toEqual([]);
  });
});

describe('a document or an event that says something for its author', () => {
  it('attributes "X issued a statement saying Y" and "X spoke at a news conference announcing that Y" to X', () => {
    expect(quotesIn('The ministry issued a statement saying the dam was safe.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the dam was safe', 'saying', 'The ministry'],
    ]);
    expect(quotesIn('“We will finish the dam,” the minister said at a news conference announcing that her office was suing the builder.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['“We will finish the dam,”', 'said', 'the minister'],
      ['her office was suing the builder', 'announcing', 'the minister'],
    ]);
  });

  it('attributes "X wrote an article stating that Y" to X', () => {
    expect(quotesIn('The editor wrote an article stating that the dam was unsafe.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the dam was unsafe', 'stating', 'The editor'],
    ]);
  });

  it('does not attribute a participle after an ordinary noun phrase', () => {
    expect(quotesIn('The ministry built a dam saying nothing to the farmers.')).toEqual([]);
  });
});

describe('readiness after "be"', () => {
  it('reads "X were willing to Y" and "X is ready to Y" as an intention of X', () => {
    expect(quotesIn('Some growers were willing to sell the orchard to the town.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['to sell the orchard to the town', 'willing', 'Some growers'],
    ]);
    expect(quotesIn('The envoy is ready to meet the rebels in Oslo.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['to meet the rebels in Oslo', 'ready', 'The envoy'],
    ]);
  });

  it('reads no intention in the adjective without "be": "ready meals", "seemed ready to"', () => {
    expect(quotesIn('The ready meals sold out by noon.')).toEqual([]);
    expect(quotesIn('The envoy seemed ready to leave.').map((q) => q.cue)).toEqual(['seemed']);
  });

  it('keeps "to" as the start of an intention that later holds a "that": "vowed to pass a bill that would Y"', () => {
    expect(quotesIn('The council vowed to pass a bill that would cap rents.').map((q) => q.content)).toEqual(['to pass a bill that would cap rents']);
  });
});

describe('questions after "about"', () => {
  it('reads the question after "asked about whether" and "weighed in about whether"', () => {
    expect(quotesIn('The reporter asked about whether the ferry would run.').map((q) => [q.content, q.cue])).toEqual([['whether the ferry would run', 'asked']]);
    expect(quotesIn('Two aldermen weighed in Monday about whether the ferry should run.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['whether the ferry should run', 'weighed in', 'Two aldermen'],
    ]);
  });
});

describe('knowing and seeing without "that"', () => {
  it('gives a participle the speaker of the main statement, not of one nested in what it says', () => {
    const text = 'The mayor accused the board of plans that they knew the town could not afford, saying the aim was obvious.';
    expect(quotesIn(text).map((q) => [q.cue, q.speaker])).toEqual([
      ['accused', 'The mayor'],
      ['saying', 'The mayor'],
    ]);
  });

  it('reads the clause after "know" and "sees" as what is believed', () => {
    expect(quotesIn('The growers know the frost will come early.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the frost will come early', 'know', 'The growers'],
    ]);
    expect(quotesIn('The mayor sees the budget will shrink next year.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the budget will shrink next year', 'sees', 'The mayor'],
    ]);
  });

  it('still reads no statement in "know" or "see" with a plain object', () => {
    expect(quotesIn('The growers know the valley.')).toEqual([]);
    expect(quotesIn('The mayor saw the river.')).toEqual([]);
  });
});

describe('more verbs whose object is what is said', () => {
  it('reads the object of "repeated", "credited" and "congratulated" as the statement', () => {
    expect(quotesIn('The mayor repeated her pledge of a new bridge.').map((q) => [q.content, q.cue])).toEqual([['her pledge of a new bridge', 'repeated']]);
    expect(quotesIn('The coach credited the young defenders for the win.').map((q) => [q.content, q.cue])).toEqual([['the young defenders for the win', 'credited']]);
    expect(quotesIn('The governor congratulated the winning team.').map((q) => [q.content, q.cue])).toEqual([['the winning team', 'congratulated']]);
  });
});

describe('remark, chant and invoke', () => {
  it('reads them as cues in their usual frames', () => {
    expect(quotesIn('The senator remarked that the hall was half empty.').map((q) => [q.content, q.cue])).toEqual([['the hall was half empty', 'remarked']]);
    expect(quotesIn('“Build the dam,” the crowd chanted.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“Build the dam,”', 'chanted', 'the crowd']]);
    expect(quotesIn('The senator invoked the memory of the flood.').map((q) => [q.content, q.cue])).toEqual([['the memory of the flood', 'invoked']]);
  });
});

describe('an impression around a statement', () => {
  it('reads the statement inside "seem to (be) CUE" and "seemed ATTITUDE that", held by the subject', () => {
    expect(quotesIn('Many growers seem to be hoping for an early spring.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['an early spring', 'hoping for', 'Many growers'],
    ]);
    expect(quotesIn('The mayor seemed confident that the bridge would open in May.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the bridge would open in May', 'confident', 'The mayor'],
    ]);
  });

  it('still reads an impression with no statement inside as held by no one', () => {
    expect(quotesIn('The mayor seemed to be losing ground in the polls this week.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['The mayor seemed to be losing ground in the polls this week', 'seemed', undefined],
    ]);
  });
});

describe('nouns of attitude and nouns that look like verbs', () => {
  it('reads the clause after a qualified noun of attitude: "expressed deep regret that Y"', () => {
    expect(quotesIn('The mayor expressed deep regret that the bridge had closed.').map((q) => [q.content, q.cue])).toEqual([['the bridge had closed', 'expressed']]);
  });

  it('reads a present form before an adverb and a verb of saying as a noun: "Housing advocates also said Y"', () => {
    expect(quotesIn('Housing advocates also said the rents were too high.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the rents were too high', 'said', 'Housing advocates'],
    ]);
  });
});

describe('speakers with a participle, a percentage, a relative clause or "here"', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('reads a past form opening the speaker after an inverted cue: “Q,” said retired judge X.', () => {
    expect(found('“The court was right,” said retired judge Ana Pike.')).toEqual([['“The court was right,”', 'said', 'retired judge Ana Pike']]);
  });

  it('reads a percentage as the subject: "47% say Y"', () => {
    expect(found('Among farmers, 47% say the subsidy should end.')).toEqual([['the subsidy should end', 'say', '47%']]);
  });

  it('keeps a restrictive relative clause in the speaker: "The growers whose crops failed say Y"', () => {
    expect(found('The growers whose crops failed say the frost came early.')).toEqual([['the frost came early', 'say', 'The growers whose crops failed']]);
    expect(found('The rights that had been denied tenants were restored.')).toEqual([]);
  });

  it('skips "here" between the speaker or the listener and the rest', () => {
    expect(found('Advocates of rent control here say the rents are too high.')).toEqual([['the rents are too high', 'say', 'Advocates of rent control']]);
    expect(found('The mayor told farmers here that the dam would hold.')).toEqual([['the dam would hold', 'told', 'The mayor']]);
  });
});

describe('asides, titles and manners between the parts of a statement', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('steps over an aside between dashes before "that": "X said — on the radio, oddly — that Y"', () => {
    expect(found('The mayor said — on the radio, oddly — that the dam would hold.')).toEqual([['the dam would hold', 'said', 'The mayor']]);
  });

  it('steps over a quoted title in the adjunct before "that": "X said on “Morning Farm Report” that Y"', () => {
    expect(found('The mayor said on “The Morning Farm Report” that the dam would hold.')).toEqual([['the dam would hold', 'said', 'The mayor']]);
  });

  it('steps over a quoted title inside the appositive of the speaker', () => {
    expect(found('Lena Ortiz, the author of “Dry Valleys,” about the drought, said the dam would hold.')).toEqual([
      ['the dam would hold', 'said', 'Lena Ortiz, the author of “Dry Valleys,” about the drought'],
    ]);
  });

  it('reads a manner adverb after the listener: X told the agency simply, “Q.”', () => {
    expect(found('The chairman told the news agency simply, “We lost.”')).toEqual([['“We lost.”', 'told', 'The chairman']]);
  });
});

describe('one-word answers', () => {
  it('reads "said yes", "said no" and "said so" as the statement, and nothing in "said so much"', () => {
    expect(quotesIn('Most of the growers said yes.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['yes', 'said', 'Most of the growers']]);
    expect(quotesIn('Half of them said so in the spring.').map((q) => [q.content, q.cue])).toEqual([['so', 'said']]);
    expect(quotesIn('He said so much about the plan.')).toEqual([]);
  });
});

describe('sources at the sentence start and speakers in the next sentence', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('takes the whole phrase before the comma as the source of a leading "According to"', () => {
    expect(found('According to early returns of the survey conducted by the county, most growers want rain.')).toEqual([
      ['most growers want rain', 'According to', 'early returns of the survey conducted by the county'],
    ]);
  });

  it('attributes a quotation closing one sentence to a next sentence that is only "X said."', () => {
    expect(found('The dam held. “We will rebuild the road.” The mayor said on Monday.')).toEqual([
      ['“We will rebuild the road.”', 'said', 'The mayor'],
    ]);
    // Not across a paragraph break, and not with a report's byline.
    expect(found('“We will rebuild the road.”\n\nThe mayor said on Monday.')).toEqual([]);
  });
});

describe('roles joined by "to", a comma after a parenthesis, and a semicolon after a cue', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('keeps "aides to X" together as the speaker', () => {
    expect(found('Aides to the mayor say the dam will hold.')).toEqual([['the dam will hold', 'say', 'Aides to the mayor']]);
  });

  it('reads "X (D-Ore.), said Y" with the comma after the parenthesis', () => {
    expect(found('Sen. Ana Pike (D-Ore.), said on Tuesday that the dam would hold.')).toEqual([['the dam would hold', 'said', 'Sen. Ana Pike (D-Ore.)']]);
  });

  it('ends a post-posed attribution at a semicolon: "Y, analysts say; Z"', () => {
    expect(found('The dam will hold, engineers say; in 2019, it did not.')).toEqual([['The dam will hold', 'say', 'engineers']]);
  });
});

describe('documents that read', () => {
  it('attributes “Q,” the letter reads. to the letter', () => {
    expect(quotesIn('“The dam must be repaired,” the letter reads.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“The dam must be repaired,”', 'reads', 'the letter']]);
  });
});

describe('the subject after an opening adverbial', () => {
  it('skips "Ultimately," and "Late Tuesday," when a participle takes the sentence subject', () => {
    expect(quotesIn('Ultimately, the mayor left the hall, saying the vote was rigged.').map((q) => [q.cue, q.speaker])).toEqual([['saying', 'the mayor']]);
    expect(quotesIn('Late Tuesday, the council closed the road, calling it unsafe.').map((q) => [q.cue, q.speaker])).toEqual([['calling', 'the council']]);
  });
});

describe('a quotation introduced by a colon before a post-posed cue', () => {
  it('takes only the quotation after the colon as the statement', () => {
    expect(quotesIn('The mayor looked tired: “We need rain,” she said.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“We need rain,”', 'said', 'she']]);
  });
});

describe('datelines and time phrases before the subject', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.cue, q.speaker]);

  it('skips a dateline before the subject of a participle', () => {
    expect(found('OSLO — The minister on Monday closed the border, saying the storm was too strong.')).toEqual([['saying', 'The minister']]);
  });

  it('skips a time phrase and its comma, and keeps a pronoun after it as the subject', () => {
    expect(found('A month later, he closed the border and explained why the storm mattered.')).toEqual([['explained', 'he']]);
    expect(found('This year, she closed the border, saying the storm was too strong.')).toEqual([['saying', 'she']]);
  });
});

describe('appositives with commas of their own', () => {
  it('gives the statement to the name that opens the sentence, not to a word inside the appositive', () => {
    const found = (text: string) => quotesIn(text).map((q) => [q.content, q.speaker, q.entity]);
    expect(found('Ana Pike, 58, who farms outside Umeå, says the frost came early.')).toEqual([
      ['the frost came early', 'Ana Pike, 58, who farms outside Umeå', 'Ana Pike'],
    ]);
    expect(found('Jon Berg, who lost his barn in Lund, Sweden, in May 2019, said that the insurers had failed him.')).toEqual([
      ['the insurers had failed him', 'Jon Berg, who lost his barn in Lund, Sweden, in May 2019', 'Jon Berg'],
    ]);
  });
});

describe('a relative clause closing the subject', () => {
  it('keeps the clause in the speaker and resolves the speaker to its head, not to a name inside the clause', () => {
    expect(quotesIn('The farmers who spoke with Mayor Jo Lind said the frost came early.')).toEqual([
      { content: 'the frost came early', cue: 'said', speaker: 'The farmers who spoke with Mayor Jo Lind', entity: 'The farmers', mode: 'indirect' },
    ]);
  });
});

describe('a prepositional phrase between the auxiliary and the cue', () => {
  it('reads "X have in the past said Y" and "X has in fact said Y"', () => {
    expect(quotesIn('The growers have in the past said the frost came early.').map((q) => [q.content, q.speaker])).toEqual([['the frost came early', 'The growers']]);
    expect(quotesIn('The mayor has in fact said the dam would hold.').map((q) => [q.content, q.speaker])).toEqual([['the dam would hold', 'The mayor']]);
  });
});

describe('a participle joined by "and" to an earlier one', () => {
  it('gives "..., painting X as Y and suggesting that Z" to the subject', () => {
    expect(quotesIn('The mayor toured the plant, painting critics as timid and suggesting that the dam would hold.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the dam would hold', 'suggesting', 'The mayor'],
    ]);
  });
});

describe('adjuncts before a quotation and after a post-posed cue', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('reads "exclaimed upon seeing him" as the tail of a post-posed cue', () => {
    expect(found('“Oh, no,” an old farmer exclaimed upon seeing him.')).toEqual([['“Oh, no,”', 'exclaimed', 'an old farmer']]);
  });

  it('reads a quotation after an adjunct and its comma: "X declared in the spin room, “Q.”"', () => {
    expect(found('The senator declared in the spin room, “It is time to unite.”')).toEqual([['“It is time to unite.”', 'declared', 'The senator']]);
  });

  it('reads "pressed" after a question as the cue of the one asking', () => {
    expect(found('“Would it be negotiable?” the host pressed.')).toEqual([['“Would it be negotiable?”', 'pressed', 'the host']]);
  });
});

describe('an inverted cue opening the sentence', () => {
  it('reads Said X, “Q.” and Added X: “Q.”', () => {
    expect(quotesIn('Said the mayor, “We will rebuild the bridge.”').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“We will rebuild the bridge.”', 'Said', 'the mayor']]);
    expect(quotesIn('Added Jo Lind: “The dam will hold.”').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“The dam will hold.”', 'Added', 'Jo Lind']]);
  });
});

describe('writing and sending with a quotation or a clause', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('reads "X wrote in an email: “Q”"', () => {
    expect(found('The strategist wrote in an email: “Nobody slept that week.”')).toEqual([['“Nobody slept that week.”', 'wrote', 'The strategist']]);
  });

  it('reads "X sent a letter to Y saying Z" as said by X', () => {
    expect(found('The mayor sent a letter to the council saying the dam was unsafe.')).toEqual([['the dam was unsafe', 'saying', 'The mayor']]);
  });
});

describe('idioms of saying and nouns that act as verbs', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('reads "made clear Monday Y" and "left no doubt that Y"', () => {
    expect(found('The officials made clear Monday they would not pay.')).toEqual([['they would not pay', 'made clear', 'The officials']]);
    expect(found('The mayor left no doubt that she would run again.')).toEqual([['she would run again', 'left no doubt', 'The mayor']]);
  });

  it('reads a present form after a singular subject and before a determiner as the verb: "The lawsuit demands his reinstatement"', () => {
    expect(found('The union’s lawsuit demands his reinstatement.')).toEqual([['his reinstatement', 'demands', 'The union’s lawsuit']]);
    expect(found('The union demands the right to strike.')).toEqual([['the right to strike', 'demands', 'The union']]);
  });
});

describe('"calls it" and "urged" after a quotation', () => {
  it('reads a noun-like present form before an object pronoun as the verb, and "urged" after a quotation', () => {
    expect(quotesIn('The mayor calls it a “disaster.”').map((q) => [q.content, q.cue, q.speaker])).toEqual([['it a “disaster.”', 'calls', 'The mayor']]);
    expect(quotesIn('“Vote early,” the organizer urged.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“Vote early,”', 'urged', 'the organizer']]);
  });
});

describe('section labels and the plural noun "states"', () => {
  it('reads no statement after a section label: "The Latest: ...", "Contributing: ..."', () => {
    expect(quotesIn('The Latest: Mayor wins the second round')).toEqual([]);
    expect(quotesIn('The vote was close.\n\nContributing: Ana Pike')).toEqual([]);
  });

  it('reads "states" as a verb only after a determiner phrase or a pronoun', () => {
    expect(quotesIn('The report states that the dam is unsafe.').map((q) => [q.content, q.cue])).toEqual([['the dam is unsafe', 'states']]);
    expect(quotesIn('The race moves to Northern states next week that the mayor is counting on.')).toEqual([]);
  });
});

describe('a past form between a number and a plural', () => {
  it('reads "270 pledged delegates" as an adjective, not a cue', () => {
    expect(quotesIn('The mayor leads by 270 pledged delegates as the count ends.')).toEqual([]);
  });
});

describe('shares and questions to the reader', () => {
  it('reads "32% support gives him" as a noun and "47% support the plan" as a verb', () => {
    expect(quotesIn('His 32% support gives him a lead.')).toEqual([]);
    expect(quotesIn('Some 47% support the plan.').map((q) => [q.content, q.cue])).toEqual([['the plan', 'support']]);
  });

  it('reads no statement in a question put to the reader: "Do you support the plan?"', () => {
    expect(quotesIn('Do you support the plan?')).toEqual([]);
  });
});

describe('coordinated plural speakers, inverted bare forms and "too many"', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.content, q.cue, q.speaker]);

  it('keeps "teachers and union officials" together', () => {
    expect(found('The plan is strong, teachers and union officials told reporters.')).toEqual([['The plan is strong', 'told', 'teachers and union officials']]);
  });

  it('reads an inverted bare form before a plural: "Y, say some farmers."', () => {
    expect(found('The drought may not last, say some farmers.')).toEqual([['The drought may not last', 'say', 'some farmers']]);
  });

  it('reads a clause opening with "too many"', () => {
    expect(found('The mayor says too many farmers left the valley.')).toEqual([['too many farmers left the valley', 'says', 'The mayor']]);
  });
});

describe('a contracted pronoun after the listener, and "commented"', () => {
  it('reads "X assured voters he’d Y" and "Y, one reader commented."', () => {
    expect(quotesIn('The mayor assured voters she’d fix the bridge.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['she’d fix the bridge', 'assured', 'The mayor']]);
    expect(quotesIn('The bridge will never open, one reader commented.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['The bridge will never open', 'commented', 'one reader']]);
  });
});

describe('"As reported by X, Y"', () => {
  it('attributes the clause after the comma to the source after "by"', () => {
    expect(quotesIn('As first reported by the county paper, the mayor resigned.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['the mayor resigned', 'reported', 'the county paper']]);
  });
});

describe('remembering', () => {
  it('reads the clause after "remembers" as a belief of the subject', () => {
    expect(quotesIn('The old miller remembers the river was much wider.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['the river was much wider', 'remembers', 'The old miller']]);
  });
});

describe('nouns that look like cues', () => {
  it('reads no statement where an auxiliary follows the word ("the harvest report has given") or "add" adds a thing', () => {
    expect(quotesIn('The grim harvest report has given the bank room to act.')).toEqual([]);
    expect(quotesIn('The mayor could add another title to his long list.')).toEqual([]);
    expect(quotesIn('She won the towns of Lund, Umeå and her home state of Skåne.')).toEqual([]);
  });
});

describe('the subject after two fronted adjuncts, or after one with no comma', () => {
  const found = (text: string) => quotesIn(text).map((q) => [q.cue, q.speaker]);

  it('skips a second fronted adjunct: "On Monday, after staying neutral all spring, X endorsed Y, saying Z"', () => {
    expect(found('On Monday, after staying neutral all spring, the mayor toured the dam and praised the builders, saying the work was sound.')).toEqual([
      ['praised', 'the mayor'],
      ['saying', 'the mayor'],
    ]);
  });

  it('finds the name before a past form when the opening adjunct has no comma', () => {
    expect(found('In a speech at the depot -- which opened in 1901 -- Lind claimed victory and argued she is the stronger candidate.')).toEqual([
      ['claimed', 'Lind'],
      ['argued', 'Lind'],
    ]);
  });
});

describe('reduced and contracted relative clauses in the subject', () => {
  it('keeps "a letter ... obtained by X" and "leaders who’d rather Y" in the speaker', () => {
    expect(quotesIn('A letter from the growers obtained by the county paper warns that the dam is unsafe.').map((q) => [q.content, q.speaker, q.entity])).toEqual([
      ['the dam is unsafe', 'A letter from the growers obtained by the county paper', 'A letter from the growers'],
    ]);
    expect(quotesIn('Many of the local leaders who’d sooner be working for Mayor Lind said they had rallied behind the plan.').map((q) => [q.content, q.speaker])).toEqual([
      ['they had rallied behind the plan', 'Many of the local leaders who’d sooner be working for Mayor Lind'],
    ]);
  });
});

describe('"early returns" and "tweeted" with an object', () => {
  it('reads "according to early returns" and "tweeted her congratulations"', () => {
    expect(quotesIn('The mayor won the vote, according to early returns.').map((q) => [q.content, q.speaker])).toEqual([['The mayor won the vote', 'early returns']]);
    expect(quotesIn('The governor tweeted her congratulations to the mayor.').map((q) => [q.content, q.cue])).toEqual([['her congratulations to the mayor', 'tweeted']]);
  });
});

describe('sums and pledges in so many words', () => {
  it('reads "calls for $2 million ..." and "made a commitment that ..."', () => {
    expect(quotesIn('The mayor calls for $2 million in new spending on roads.').map((q) => [q.content, q.cue])).toEqual([['$2 million in new spending on roads', 'calls for']]);
    expect(quotesIn('The mayor made a commitment that she would fix the roads.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['she would fix the roads', 'made a commitment', 'The mayor']]);
  });
});

describe('"continues to" after a clause', () => {
  it('reads no statement in "hiring continues to grow" but keeps "“Q,” he continued."', () => {
    expect(quotesIn('Despite the slump, hiring continues to grow.')).toEqual([]);
    expect(quotesIn('“We will win,” he continued.').map((q) => [q.content, q.cue])).toEqual([['“We will win,”', 'continued']]);
  });
});

describe('"calls" after a name', () => {
  it('reads "Ortiz calls the port “a mistake”" as a statement but "the Avel calls" as none', () => {
    expect(quotesIn('Ortiz calls the port “a mistake.”').map((q) => [q.content, q.cue, q.speaker])).toEqual([['the port “a mistake.”', 'calls', 'Ortiz']]);
    expect(quotesIn('Lena Ortiz, a harbor pilot, calls Port Avel a mistake.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['Port Avel a mistake', 'calls', 'Lena Ortiz, a harbor pilot']]);
    expect(quotesIn('After the Avel attacks the town was quiet.')).toEqual([]);
  });
});

describe('a time phrase after a quotation and its cue', () => {
  it('keeps "the day after the storm" out of a tweeted quotation', () => {
    expect(quotesIn('“We pray for the town,” Romano tweeted the day after the storm.').map((q) => [q.content, q.cue, q.speaker, q.mode])).toEqual([
      ['“We pray for the town,”', 'tweeted', 'Romano', 'direct'],
    ]);
  });
});

describe('two roles of one speaker, and participles joined by "but"', () => {
  it('keeps "the county treasurer and former mayor" as one speaker', () => {
    expect(quotesIn('“The dam is unsafe,” the county treasurer and former mayor said on Friday.').map((q) => [q.content, q.speaker])).toEqual([
      ['“The dam is unsafe,”', 'the county treasurer and former mayor'],
    ]);
  });

  it('reads "praising X but warning that Z" as two statements by the subject', () => {
    expect(quotesIn('Lind issued a note, praising the crew but warning that the ferry had run late.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['the crew', 'praising', 'Lind'],
      ['the ferry had run late', 'warning', 'Lind'],
    ]);
  });
});

describe('the topic or time after a colon’s speaker', () => {
  it('keeps "On Tariffs" and "in 1992" out of the speaker', () => {
    expect(quotesIn('Port Director On Tariffs: ‘We Do Not Pay Twice’\n\nThe director spoke on Monday.').map((q) => [q.content, q.speaker, q.mode])).toEqual([
      ['‘We Do Not Pay Twice’', 'Port Director', 'headline'],
    ]);
    expect(quotesIn('Here’s Lind in 1992: “The harbor will pay for itself within ten years.”').map((q) => [q.content, q.speaker])).toEqual([
      ['“The harbor will pay for itself within ten years.”', 'Lind'],
    ]);
  });
});

describe('a statement the subject goes on to make', () => {
  it('reads "went on to call", "continue to warn that" and "began to question"', () => {
    expect(quotesIn('He went on to call Pike “the worst mayor in the valley.”').map((q) => [q.content, q.cue, q.speaker])).toEqual([['Pike “the worst mayor in the valley.”', 'call', 'He']]);
    expect(quotesIn('The growers continue to warn that the dam is unsafe.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['the dam is unsafe', 'warn', 'The growers']]);
    expect(quotesIn('Hiring continued to grow.')).toEqual([]);
  });
});

describe('"without", "amid" and "under" after a cue', () => {
  it('keeps "without further comment" out of the statement and reads past "under oath"', () => {
    expect(quotesIn('“That is a fact,” Lind said without further comment.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“That is a fact,”', 'said', 'Lind']]);
    expect(quotesIn('Lind said under oath that she never saw the memo.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['she never saw the memo', 'said', 'Lind']]);
  });
});

describe('"reports" closing a sentence, and negated infinitives', () => {
  it('reads "..., the Valley Courier reports." as a report of the clause before it', () => {
    expect(quotesIn('The growers will protest the dam, the Valley Courier reports.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['The growers will protest the dam', 'reports', 'the Valley Courier'],
    ]);
  });

  it('reads "vowed not to ..." as an intention', () => {
    expect(quotesIn('The mayor vowed not to raise taxes this year.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['not to raise taxes this year', 'vowed', 'The mayor']]);
  });
});

describe('a quotation closing an insert between subject and cue, and a pronoun joined to a phrase', () => {
  it('gives "said" the subject before "citing “...,”" or "who called it “...,”"', () => {
    expect(quotesIn('Mr. Hale, citing “the magic of the valley,” said the candidate could win.').map((q) => [q.content, q.cue, q.speaker])).toEqual([
      ['“the magic of the valley,”', 'citing', 'Mr. Hale'],
      ['the candidate could win', 'said', 'Mr. Hale'],
    ]);
    expect(quotesIn('Mr. Hale, who called it “magic,” said the candidate could win.').map((q) => [q.content, q.speaker])).toEqual([
      ['it “magic,”', 'who'],
      ['the candidate could win', 'Mr. Hale'],
    ]);
  });

  it('keeps "she and a colleague" whole as a group', () => {
    const analysis = analyze({ text: 'The guard pushed her aside, she and a colleague said.' });
    expect(analysis.quotes.map((q) => [q.content.exact, q.speaker?.text])).toEqual([['The guard pushed her aside', 'she and a colleague']]);
    expect(analysis.entities.find((e) => e.id === analysis.quotes[0]?.speaker?.entityId)?.kind).toBe('group');
  });
});

describe('interjections', () => {
  it('reads "interjected, “...”" and "chimed in that ..."', () => {
    expect(quotesIn('Pike interjected, “That is not true.”').map((q) => [q.content, q.cue, q.speaker])).toEqual([['“That is not true.”', 'interjected', 'Pike']]);
    expect(quotesIn('Lind chimed in that the dam was unsafe.').map((q) => [q.content, q.cue, q.speaker])).toEqual([['the dam was unsafe', 'chimed in', 'Lind']]);
  });
});

describe('a noun-like present form closing the text', () => {
  it('reads "states" as the last word without looking past the end', () => {
    expect(quotesIn('Sept. 4 United States')).toEqual([]);
  });
});
