/**
 * Statements whose cue is in the lexicon but whose verb phrase takes a less common shape: a
 * contracted auxiliary on the subject, an adjunct before the content, a relative clause before
 * the cue.
 */
import { describe, expect, it } from 'vitest';
import { resolvedQuotes as quotesIn } from './found-quotes.js';

describe('a subject pronoun with a contracted auxiliary', () => {
  it('reads a progressive after "She\'s": She\'s suggesting that Y.', () => {
    expect(quotesIn('Senator Ana Mora met farmers in Dunmore. She\'s suggesting that the dam should wait.')).toEqual([
      { content: 'the dam should wait', cue: 'suggesting', speaker: "She's", entity: 'Ana Mora', mode: 'indirect' },
    ]);
  });

  it('reads a progressive after a curly apostrophe: They’re arguing that Y.', () => {
    expect(quotesIn('The farmers met on Monday. They’re arguing that the tax is unfair.')).toEqual([
      { content: 'the tax is unfair', cue: 'arguing', speaker: 'They’re', entity: 'The farmers', mode: 'indirect' },
    ]);
  });

  it('reads a modal in the contraction: I\'d add that Y.', () => {
    expect(quotesIn("I'd add that the vote was close.")).toEqual([{ content: 'the vote was close', cue: 'add', speaker: "I'd", mode: 'indirect' }]);
  });

  it('reads "\'s" before a participle as "has": He\'s said Y.', () => {
    expect(quotesIn("He's said the ferry will run again.")).toEqual([{ content: 'the ferry will run again', cue: 'said', speaker: "He's", mode: 'indirect' }]);
  });

  it('ends the content of a relative clause with a contracted pronoun at its comma', () => {
    expect(quotesIn("Tom Reyes, who's been calling for a recount, left early.")).toEqual([
      { content: 'a recount', cue: 'calling for', speaker: "who's", entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });
});

describe('a relative pronoun before the speaker and the cue', () => {
  it('reads a belief whose clause has the relative pronoun as subject: which X believes will Y', () => {
    expect(quotesIn('Ana Mora attacked the levy, which she believes will ruin the orchards.')).toContainEqual({
      content: 'which she believes will ruin the orchards',
      cue: 'believes',
      speaker: 'she',
      entity: 'Ana Mora',
      mode: 'indirect',
    });
  });

  it('reads "say" followed by the verb of the relative clause: which X say could Y', () => {
    expect(quotesIn('More farmers now sell at the market, which growers say could lower prices.')).toEqual([
      { content: 'which growers say could lower prices', cue: 'say', speaker: 'growers', entity: 'growers', mode: 'indirect' },
    ]);
  });

  it('reads what the relative pronoun was described as: whom X described as Y', () => {
    expect(quotesIn('Ana Mora met the marchers, whom she described as peaceful.')).toEqual([
      { content: 'whom she described as peaceful', cue: 'described', speaker: 'she', entity: 'Ana Mora', mode: 'indirect' },
    ]);
  });

  it('reads what the relative pronoun was called, up to the comma: which X called “Y,” ...', () => {
    expect(quotesIn('Tom Reyes voted for the levy, which Ana Mora had called “a disaster,” in March.')).toContainEqual({
      content: 'which Ana Mora had called “a disaster,”',
      cue: 'called',
      speaker: 'Ana Mora',
      entity: 'Ana Mora',
      mode: 'mixed',
    });
  });
});

describe('a question clause after a cue that ends in a preposition', () => {
  it('reads X talked about how Y', () => {
    expect(quotesIn('Tom Reyes talked about how the mill had changed the town.')).toEqual([
      { content: 'how the mill had changed the town', cue: 'talked about', speaker: 'Tom Reyes', entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });

  it('reads X were talking about why Y', () => {
    expect(quotesIn('The nurses were talking about why the clinic had closed.')).toEqual([
      { content: 'why the clinic had closed', cue: 'talking about', speaker: 'The nurses', entity: 'The nurses', mode: 'indirect' },
    ]);
  });

  it('keeps a chained question after a prepositional cue inside what was said before it', () => {
    expect(quotesIn('The clerks said she toured the county and talked about which roads needed work.')).toContainEqual({
      content: 'she toured the county and talked about which roads needed work',
      cue: 'said',
      speaker: 'The clerks',
      entity: 'The clerks',
      mode: 'indirect',
    });
  });
});

describe('a verb of aspect before the cue', () => {
  it('reads X continued to assert that Y', () => {
    expect(quotesIn('Ben Lind continued to assert that the dam was safe.')).toEqual([
      { content: 'the dam was safe', cue: 'assert', speaker: 'Ben Lind', entity: 'Ben Lind', mode: 'indirect' },
    ]);
  });

  it('reads X went on to call Y Z', () => {
    expect(quotesIn('Ben Lind went on to call the plan a mistake.')).toEqual([
      { content: 'the plan a mistake', cue: 'call', speaker: 'Ben Lind', entity: 'Ben Lind', mode: 'indirect' },
    ]);
  });

  it('reads X began to question whether Y', () => {
    expect(quotesIn('Ben Lind began to question whether the dam was safe.')).toEqual([
      { content: 'whether the dam was safe', cue: 'question', speaker: 'Ben Lind', entity: 'Ben Lind', mode: 'indirect' },
    ]);
  });

  it('reads an -ing cue after the verb of aspect: X kept insisting that Y', () => {
    expect(quotesIn('Ben Lind kept insisting that the dam was safe.')).toEqual([
      { content: 'the dam was safe', cue: 'insisting', speaker: 'Ben Lind', entity: 'Ben Lind', mode: 'indirect' },
    ]);
  });
});

describe('a present form that is also a plural noun, after a bare name', () => {
  it('reads X calls Y Z before a name', () => {
    expect(quotesIn('Tom Reyes calls Lind unqualified.')).toEqual([
      { content: 'Lind unqualified', cue: 'calls', speaker: 'Tom Reyes', entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });

  it('reads X calls himself Y', () => {
    expect(quotesIn('Tom Reyes calls himself a moderate.')).toEqual([
      { content: 'himself a moderate', cue: 'calls', speaker: 'Tom Reyes', entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });

  it('still reads a plural noun after a name with a determiner: the Dunmore attacks', () => {
    expect(quotesIn('After the Dunmore attacks Reyes spoke to the press.')).toEqual([]);
  });
});

describe('an expectation held by no one in particular', () => {
  it('ends one raised in a relative clause before the main verb', () => {
    expect(quotesIn('The levy, which is expected to pass easily, would cost millions.')).toEqual([
      { content: 'which is expected to pass easily', cue: 'expected', mode: 'indirect' },
    ]);
  });
});

describe('"about" separated from its verb', () => {
  it('reads a listener between the verb and "about": X talked to Y about Z', () => {
    expect(quotesIn('Tom Reyes talked to the growers about the new dam.')).toEqual([
      { content: 'the new dam', cue: 'talked to the growers about', speaker: 'Tom Reyes', entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });

  it('reads a manner between the verb and "about": X spoke at length about Z', () => {
    expect(quotesIn('Ana Mora spoke at length about the flood.')).toEqual([
      { content: 'the flood', cue: 'spoke at length about', speaker: 'Ana Mora', entity: 'Ana Mora', mode: 'indirect' },
    ]);
  });

  it('reads an -ly manner before "of": X spoke highly of Y', () => {
    expect(quotesIn('Tom Reyes spoke highly of the new mayor.')).toEqual([
      { content: 'the new mayor', cue: 'spoke highly of', speaker: 'Tom Reyes', entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });
});

describe('a relative pronoun as subject and a negated infinitive', () => {
  it('reads a present form that is also a plural noun after "who": X, who backs Y, ...', () => {
    expect(quotesIn('Ana Mora, who supports Tom Reyes, left early.')).toEqual([
      { content: 'Tom Reyes', cue: 'supports', speaker: 'who', entity: 'Ana Mora', mode: 'indirect' },
    ]);
  });

  it('reads a negated infinitive: X vowed not to Y', () => {
    expect(quotesIn('Ana Mora has vowed not to sell the farm.')).toEqual([
      { content: 'not to sell the farm', cue: 'vowed', speaker: 'Ana Mora', entity: 'Ana Mora', mode: 'indirect' },
    ]);
  });
});

describe('a participle of urging or questioning after a comma', () => {
  it('reads X wrote ..., urging Y to Z', () => {
    expect(quotesIn('Ana Mora wrote to the council on Monday, urging members to reject the levy.')).toEqual([
      { content: 'members to reject the levy', cue: 'urging', speaker: 'Ana Mora', entity: 'Ana Mora', mode: 'indirect' },
    ]);
  });

  it('reads X spoke ..., questioning whether Y', () => {
    expect(quotesIn('Tom Reyes spoke for an hour, questioning whether the dam was safe.')).toEqual([
      { content: 'whether the dam was safe', cue: 'questioning', speaker: 'Tom Reyes', entity: 'Tom Reyes', mode: 'indirect' },
    ]);
  });
});

describe('a lone question word after a refusal', () => {
  it('reads X did not say when.', () => {
    expect(quotesIn('Ana Mora said the mill would close, but Mora did not say when.')).toContainEqual({
      content: 'when',
      cue: 'say',
      speaker: 'Mora',
      entity: 'Ana Mora',
      mode: 'indirect',
    });
  });
});
