/**
 * Where the content of a statement starts: which words before or around the cue belong to what
 * was said, and which are the writer's framing.
 */
import { describe, expect, it } from 'vitest';
import { modedQuotes as quotesIn } from './found-quotes.js';

describe('a free relative "what" before the speaker', () => {
  it('keeps "what", the speaker and the cue when the clause lacks its subject', () => {
    expect(quotesIn('Officials pointed to what Lena Moss said was a sign of a wetter climate.')).toEqual([
      { content: 'what Lena Moss said was a sign of a wetter climate', cue: 'said', speaker: 'Lena Moss', mode: 'indirect' },
    ]);
  });

  it('still starts at the clause when it has a subject of its own', () => {
    expect(quotesIn('Officials cited what Lena Moss said she expected.')).toEqual([
      { content: 'she expected', cue: 'said', speaker: 'Lena Moss', mode: 'indirect' },
    ]);
  });

  it('keeps "what" before a quotation after a cue that names', () => {
    expect(quotesIn('The mayor praised what he called “a tidy harvest.”')).toEqual([
      { content: 'what he called “a tidy harvest.”', cue: 'called', speaker: 'The mayor', mode: 'mixed' },
    ]);
  });
});

describe('a fronted clause before a parenthetical attribution and a quotation', () => {
  it('keeps the fronted clause when the quotation goes on in lower case', () => {
    expect(quotesIn('While the river is rising, Moss said, “the levees will not hold another week.”')).toEqual([
      { content: 'While the river is rising, Moss said, “the levees will not hold another week.”', cue: 'said', speaker: 'Moss', mode: 'mixed' },
    ]);
  });

  it('leaves the fronted clause out when the quotation starts a sentence of its own', () => {
    expect(quotesIn('When the river rose, Moss said, “We will not leave.”')).toEqual([
      { content: '“We will not leave.”', cue: 'said', speaker: 'Moss', mode: 'direct' },
    ]);
  });
});

describe('a relative clause without "that" around the speaker', () => {
  it('keeps the head noun when the clause after the cue lacks its subject', () => {
    expect(quotesIn('The town cleared the dam, a project the council said was overdue.')).toEqual([
      { content: 'a project the council said was overdue', cue: 'said', speaker: 'the council', mode: 'indirect' },
    ]);
  });

  it('does so for a belief too', () => {
    expect(quotesIn('Kim hired the carpenters she thought were most careful.')).toEqual([
      { content: 'the carpenters she thought were most careful', cue: 'thought', speaker: 'she', mode: 'indirect' },
    ]);
  });

  it('still starts after the cue when the speaker opens the sentence', () => {
    expect(quotesIn('The council said the dam was overdue.')).toEqual([
      { content: 'the dam was overdue', cue: 'said', speaker: 'The council', mode: 'indirect' },
    ]);
  });
});

describe('a stance inside an intention', () => {
  it('takes the object of "endorse" after a refusal as the content', () => {
    expect(quotesIn('Lena Moss refused to endorse Tom Kale.')).toEqual([
      { content: 'Tom Kale', cue: 'refused', speaker: 'Lena Moss', mode: 'indirect' },
    ]);
  });

  it('does so for "disavow"', () => {
    expect(quotesIn('Lena Moss refused to disavow the group.')).toEqual([
      { content: 'the group', cue: 'refused', speaker: 'Lena Moss', mode: 'indirect' },
    ]);
  });

  it('keeps the infinitive of other verbs, and one with no object', () => {
    expect(quotesIn('Lena Moss refused to comment on the vote. Tom Kale plans to endorse.')).toEqual([
      { content: 'to comment on the vote', cue: 'refused', speaker: 'Lena Moss', mode: 'indirect' },
      { content: 'to endorse', cue: 'plans', speaker: 'Tom Kale', mode: 'indirect' },
    ]);
  });
});

describe('a clause after "According to X,"', () => {
  it('starts the content at a clause that opens with a determiner, not at the next comma', () => {
    expect(quotesIn('According to the log, a boat was sent from the harbor, Port Nell, to the island.')).toEqual([
      { content: 'a boat was sent from the harbor, Port Nell, to the island', cue: 'According to', speaker: 'the log', mode: 'indirect' },
    ]);
  });

  it('still takes an appositive, even one that ends in a relative clause, into the source', () => {
    expect(quotesIn('According to notes from Jane Roe, a friend of the miller who kept the books, the mill had lost money.')).toEqual([
      { content: 'the mill had lost money', cue: 'According to', speaker: 'notes from Jane Roe, a friend of the miller who kept the books', mode: 'indirect' },
    ]);
  });
});

describe('a fronted condition before the speaker', () => {
  it('leaves the condition out of reported speech after the cue', () => {
    expect(quotesIn('If the rain continues, Kim Dale said the dam would hold.')).toEqual([
      { content: 'the dam would hold', cue: 'said', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('keeps it when the attribution interrupts the sentence', () => {
    expect(quotesIn('If the rain continues, Kim Dale said, the dam could overflow.')).toEqual([
      { content: 'If the rain continues, Kim Dale said, the dam could overflow', cue: 'said', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});

describe('an adjunct between the cue and "that"', () => {
  it('skips a long adjunct with a place in commas', () => {
    expect(quotesIn('Kim Dale said during a tour of the old flour mill in Dunmore, Ohio, that the roof was sound.')).toEqual([
      { content: 'the roof was sound', cue: 'said', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});

describe('"her" before a listener', () => {
  it('reads "her" as the determiner of the listener before "that"', () => {
    expect(quotesIn('Kim Dale told her supporters that the plan works.')).toEqual([
      { content: 'the plan works', cue: 'told', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('does so before a quotation and before a clause with its own subject', () => {
    expect(quotesIn('Kim Dale told her neighbors that “the bridge opens at noon.” Lena Moss told her aides they had won.')).toEqual([
      { content: '“the bridge opens at noon.”', cue: 'told', speaker: 'Kim Dale', mode: 'direct' },
      { content: 'they had won', cue: 'told', speaker: 'Lena Moss', mode: 'indirect' },
    ]);
  });

  it('still reads "her" alone as the listener', () => {
    expect(quotesIn('Kim Dale told her the plan works.')).toEqual([
      { content: 'the plan works', cue: 'told', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});

describe('a noun of attitude after "expressed"', () => {
  it('starts after a bare noun and its preposition', () => {
    expect(quotesIn('Kim Dale expressed concern about the dam.')).toEqual([
      { content: 'the dam', cue: 'expressed', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('does so after an article or an adjective too', () => {
    expect(quotesIn('Kim Dale voiced a wish for a stronger town. Lena Moss expressed deep concern about the vote.')).toEqual([
      { content: 'a stronger town', cue: 'voiced', speaker: 'Kim Dale', mode: 'indirect' },
      { content: 'the vote', cue: 'expressed', speaker: 'Lena Moss', mode: 'indirect' },
    ]);
  });

  it('keeps a noun that a possessive makes the speaker\'s own', () => {
    expect(quotesIn('Kim Dale expressed her support for the mayor.')).toEqual([
      { content: 'her support for the mayor', cue: 'expressed', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});

describe('adjuncts right after the cue', () => {
  it('skips a manner adverb and an adjunct before a colon and a quotation', () => {
    expect(quotesIn('Kim Dale responded dryly, with a nod: “The pumps work.”')).toEqual([
      { content: '“The pumps work.”', cue: 'responded', speaker: 'Kim Dale', mode: 'direct' },
    ]);
  });

  it('skips "later" with a weekday before "that"', () => {
    expect(quotesIn('Kim Dale said later Saturday that the dam was safe.')).toEqual([
      { content: 'the dam was safe', cue: 'said', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});

describe('a conjunction opening a sentence with a parenthetical attribution', () => {
  it('starts after the attribution when only the conjunction precedes it', () => {
    expect(quotesIn('But, Kim Dale added, the dam will hold.')).toEqual([
      { content: 'the dam will hold', cue: 'added', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('drops only the conjunction when more of the statement precedes the attribution', () => {
    expect(quotesIn('But with each new storm, Kim Dale said, the dam gets weaker.')).toEqual([
      { content: 'with each new storm, Kim Dale said, the dam gets weaker', cue: 'said', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('keeps a subject before the attribution', () => {
    expect(quotesIn('The dam, Kim Dale said, will hold.')).toEqual([
      { content: 'The dam, Kim Dale said, will hold', cue: 'said', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});

describe('an impression after an empty "it"', () => {
  it('starts after "it seems"', () => {
    expect(quotesIn('It seems the river has peaked for this spring at the old ford.')).toEqual([
      { content: 'the river has peaked for this spring at the old ford', cue: 'seems', mode: 'indirect' },
    ]);
  });

  it('starts after "it seems like"', () => {
    expect(quotesIn('It seems like every barn in the valley needs a new roof.')).toEqual([
      { content: 'every barn in the valley needs a new roof', cue: 'seems', mode: 'indirect' },
    ]);
  });

  it('keeps "it" before an infinitive, where it refers to something', () => {
    expect(quotesIn('It appeared to hold the river back for the whole night.')).toEqual([
      { content: 'It appeared to hold the river back for the whole night', cue: 'appeared', mode: 'indirect' },
    ]);
  });
});

describe('a noun that takes a that-clause after a cue that takes a listener', () => {
  it('keeps "the assertion that" in the content instead of reading it as a listener', () => {
    expect(quotesIn('Kim Dale challenged the assertion that Tom Kale had fixed the roof.')).toEqual([
      { content: 'the assertion that Tom Kale had fixed the roof', cue: 'challenged', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('does so for "the idea that"', () => {
    expect(quotesIn('Kim Dale questioned the idea that the ferry was too slow.')).toEqual([
      { content: 'the idea that the ferry was too slow', cue: 'questioned', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('still skips a listener before "that"', () => {
    expect(quotesIn('Kim Dale told the council that the dam was safe.')).toEqual([
      { content: 'the dam was safe', cue: 'told', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});

describe('a that-clause after an infinitive of saying', () => {
  it('starts after "that" when the infinitive is itself a cue of saying', () => {
    expect(quotesIn('Kim Dale refused to concede that the ferry was late.')).toEqual([
      { content: 'the ferry was late', cue: 'refused', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });

  it('keeps the infinitive when "that" is a determiner', () => {
    expect(quotesIn('Kim Dale refused to follow that script.')).toEqual([
      { content: 'to follow that script', cue: 'refused', speaker: 'Kim Dale', mode: 'indirect' },
    ]);
  });
});
