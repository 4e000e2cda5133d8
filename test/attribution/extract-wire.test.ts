/**
 * Wire-style news: plain reported speech with a pronoun subject, present and irregular past
 * verbs, numbers, channels ("wrote on X", "in a statement"), listeners ("told reporters") and
 * quotations split by their attribution. Every statement a reader would mark is found, with its
 * content, cue and speaker. All names and events are invented.
 */
import { describe, expect, it } from 'vitest';
import { spokenQuotes as quotesIn } from './found-quotes.js';

describe('a subject "it" with its verb straight after it', () => {
  it('Norvania’s air force said it shot down 14 drones.', () => {
    expect(quotesIn('Norvania’s air force said it shot down 14 drones.')).toEqual([
      { content: 'it shot down 14 drones', cue: 'said', speaker: 'Norvania’s air force' },
    ]);
  });

  it('He said it destroys drones.', () => {
    expect(quotesIn('He said it destroys drones.')).toEqual([
      { content: 'it destroys drones', cue: 'said', speaker: 'He' },
    ]);
  });

  it('He said it costs too much.', () => {
    expect(quotesIn('He said it costs too much.')).toEqual([
      { content: 'it costs too much', cue: 'said', speaker: 'He' },
    ]);
  });

  it('He said it hurts farmers.', () => {
    expect(quotesIn('He said it hurts farmers.')).toEqual([
      { content: 'it hurts farmers', cue: 'said', speaker: 'He' },
    ]);
  });

  it('The army says it holds the town.', () => {
    expect(quotesIn('The army says it holds the town.')).toEqual([
      { content: 'it holds the town', cue: 'says', speaker: 'The army' },
    ]);
  });

  it('He says it works.', () => {
    expect(quotesIn('He says it works.')).toEqual([
      { content: 'it works', cue: 'says', speaker: 'He' },
    ]);
  });

  it('The navy said it sank a patrol boat.', () => {
    expect(quotesIn('The navy said it sank a patrol boat.')).toEqual([
      { content: 'it sank a patrol boat', cue: 'said', speaker: 'The navy' },
    ]);
  });

  it('The bank said it keeps rates on hold.', () => {
    expect(quotesIn('The bank said it keeps rates on hold.')).toEqual([
      { content: 'it keeps rates on hold', cue: 'said', speaker: 'The bank' },
    ]);
  });

  it('The ministry said it also shot down two drones.', () => {
    expect(quotesIn('The ministry said it also shot down two drones.')).toEqual([
      { content: 'it also shot down two drones', cue: 'said', speaker: 'The ministry' },
    ]);
  });

  it('Kolar told reporters it holds the town.', () => {
    expect(quotesIn('Kolar told reporters it holds the town.')).toEqual([
      { content: 'it holds the town', cue: 'told', speaker: 'Kolar' },
    ]);
  });

  it('He said it again.', () => {
    expect(quotesIn('He said it again.')).toEqual([]);
  });
});

describe('a subject "this" or a headline\'s "It" with its verb straight after it', () => {
  it('reads "this" before a present form in -s as the subject', () => {
    expect(quotesIn('He said this costs too much.')).toEqual([
      { content: 'this costs too much', cue: 'said', speaker: 'He' },
    ]);
  });

  it('keeps "this" before a noun as its determiner', () => {
    expect(quotesIn('He said this shot was lucky.')).toEqual([
      { content: 'this shot was lucky', cue: 'said', speaker: 'He' },
    ]);
  });

  it('reads a headline with capitalised words', () => {
    expect(quotesIn('Velmar Says It Shot Down 14 Drones')).toEqual([
      { content: 'It Shot Down 14 Drones', cue: 'Says', speaker: 'Velmar' },
    ]);
  });

  it('reads a present form in -s after "it" before a number', () => {
    expect(quotesIn('The firm says it employs 4,000 people.')).toEqual([
      { content: 'it employs 4,000 people', cue: 'says', speaker: 'The firm' },
    ]);
  });
});

describe('"that" as the determiner of a noun of saying', () => {
  it('Critics say that pledge is hard to believe.', () => {
    expect(quotesIn('Critics say that pledge is hard to believe.')).toEqual([
      { content: 'that pledge is hard to believe', cue: 'say', speaker: 'Critics' },
    ]);
  });

  it('He said that trade would follow.', () => {
    expect(quotesIn('He said that trade would follow.')).toEqual([
      { content: 'trade would follow', cue: 'said', speaker: 'He' },
    ]);
  });
});

describe('a pictograph after the cue', () => {
  it('Lind said 🚀 it was fine.', () => {
    expect(quotesIn('Lind said 🚀 it was fine.')).toEqual([
      { content: 'it was fine', cue: 'said', speaker: 'Lind' },
    ]);
  });

  it('Lind said ✅ the dam held.', () => {
    expect(quotesIn('Lind said ✅ the dam held.')).toEqual([
      { content: 'the dam held', cue: 'said', speaker: 'Lind' },
    ]);
  });
});

describe('plain reported speech', () => {
  it('Prime Minister Ana Kolar said the ceasefire would hold.', () => {
    expect(quotesIn('Prime Minister Ana Kolar said the ceasefire would hold.')).toEqual([
      { content: 'the ceasefire would hold', cue: 'said', speaker: 'Prime Minister Ana Kolar' },
    ]);
  });

  it('The ministry said three soldiers were killed in the attack.', () => {
    expect(quotesIn('The ministry said three soldiers were killed in the attack.')).toEqual([
      { content: 'three soldiers were killed in the attack', cue: 'said', speaker: 'The ministry' },
    ]);
  });

  it('"We will not give up an inch," Kolar said.', () => {
    expect(quotesIn('"We will not give up an inch," Kolar said.')).toEqual([
      { content: '"We will not give up an inch,"', cue: 'said', speaker: 'Kolar' },
    ]);
  });

  it('"We will not give up an inch," said Defence Minister Pavel Drun.', () => {
    expect(quotesIn('"We will not give up an inch," said Defence Minister Pavel Drun.')).toEqual([
      { content: '"We will not give up an inch,"', cue: 'said', speaker: 'Defence Minister Pavel Drun' },
    ]);
  });

  it('"The talks were useful," Drun said, "but much work remains."', () => {
    expect(quotesIn('"The talks were useful," Drun said, "but much work remains."')).toEqual([
      { content: '"The talks were useful," Drun said, "but much work remains."', cue: 'said', speaker: 'Drun' },
    ]);
  });

  it('The company said it expects sales to rise 5% this year.', () => {
    expect(quotesIn('The company said it expects sales to rise 5% this year.')).toEqual([
      { content: 'it expects sales to rise 5% this year', cue: 'said', speaker: 'The company' },
    ]);
  });

  it('The central bank said inflation fell to 3.2% in March.', () => {
    expect(quotesIn('The central bank said inflation fell to 3.2% in March.')).toEqual([
      { content: 'inflation fell to 3.2% in March', cue: 'said', speaker: 'The central bank' },
    ]);
  });

  it('The court ruled that the law was unconstitutional.', () => {
    expect(quotesIn('The court ruled that the law was unconstitutional.')).toEqual([
      { content: 'the law was unconstitutional', cue: 'ruled', speaker: 'The court' },
    ]);
  });

  it('The judge told the jury that the evidence was weak.', () => {
    expect(quotesIn('The judge told the jury that the evidence was weak.')).toEqual([
      { content: 'the evidence was weak', cue: 'told', speaker: 'The judge' },
    ]);
  });

  it('Kolar told reporters the talks had stalled.', () => {
    expect(quotesIn('Kolar told reporters the talks had stalled.')).toEqual([
      { content: 'the talks had stalled', cue: 'told', speaker: 'Kolar' },
    ]);
  });

  it('Drun warned that the fighting could spread.', () => {
    expect(quotesIn('Drun warned that the fighting could spread.')).toEqual([
      { content: 'the fighting could spread', cue: 'warned', speaker: 'Drun' },
    ]);
  });

  it('The airline said in a statement that flights would resume on Monday.', () => {
    expect(quotesIn('The airline said in a statement that flights would resume on Monday.')).toEqual([
      { content: 'flights would resume on Monday', cue: 'said', speaker: 'The airline' },
    ]);
  });

  it('In a statement, the airline said flights would resume on Monday.', () => {
    expect(quotesIn('In a statement, the airline said flights would resume on Monday.')).toEqual([
      { content: 'flights would resume on Monday', cue: 'said', speaker: 'the airline' },
    ]);
  });

  it('Kolar wrote on X that the attack was a war crime.', () => {
    expect(quotesIn('Kolar wrote on X that the attack was a war crime.')).toEqual([
      { content: 'the attack was a war crime', cue: 'wrote', speaker: 'Kolar' },
    ]);
  });

  it('The mayor posted on social media that the bridge was closed.', () => {
    expect(quotesIn('The mayor posted on social media that the bridge was closed.')).toEqual([
      { content: 'the bridge was closed', cue: 'posted', speaker: 'The mayor' },
    ]);
  });

  it('According to the ministry, 12 people were wounded.', () => {
    expect(quotesIn('According to the ministry, 12 people were wounded.')).toEqual([
      { content: '12 people were wounded', cue: 'According to', speaker: 'the ministry' },
    ]);
  });

  it('Twelve people were wounded, according to the ministry.', () => {
    expect(quotesIn('Twelve people were wounded, according to the ministry.')).toEqual([
      { content: 'Twelve people were wounded', cue: 'according to', speaker: 'the ministry' },
    ]);
  });

  it('They said they would appeal the ruling.', () => {
    expect(quotesIn('They said they would appeal the ruling.')).toEqual([
      { content: 'they would appeal the ruling', cue: 'said', speaker: 'They' },
    ]);
  });

  it('The firm said it sold 2 million cars last year.', () => {
    expect(quotesIn('The firm said it sold 2 million cars last year.')).toEqual([
      { content: 'it sold 2 million cars last year', cue: 'said', speaker: 'The firm' },
    ]);
  });

  it('The company said it won the contract.', () => {
    expect(quotesIn('The company said it won the contract.')).toEqual([
      { content: 'it won the contract', cue: 'said', speaker: 'The company' },
    ]);
  });

  it('Officials say the storm killed at least 40 people.', () => {
    expect(quotesIn('Officials say the storm killed at least 40 people.')).toEqual([
      { content: 'the storm killed at least 40 people', cue: 'say', speaker: 'Officials' },
    ]);
  });

  it('Drun denied that he had taken bribes.', () => {
    expect(quotesIn('Drun denied that he had taken bribes.')).toEqual([
      { content: 'he had taken bribes', cue: 'denied', speaker: 'Drun' },
    ]);
  });

  it('The White House said Tuesday it would send more aid.', () => {
    expect(quotesIn('The White House said Tuesday it would send more aid.')).toEqual([
      { content: 'it would send more aid', cue: 'said', speaker: 'The White House' },
    ]);
  });

  it('He said it rose by 4%.', () => {
    expect(quotesIn('He said it rose by 4%.')).toEqual([
      { content: 'it rose by 4%', cue: 'said', speaker: 'He' },
    ]);
  });

  it('The court said it threw out the case.', () => {
    expect(quotesIn('The court said it threw out the case.')).toEqual([
      { content: 'it threw out the case', cue: 'said', speaker: 'The court' },
    ]);
  });
});

describe('attributions after or inside what was said', () => {
  it('"We are ready to talk," Kolar told reporters in Brill on Monday.', () => {
    expect(quotesIn('"We are ready to talk," Kolar told reporters in Brill on Monday.')).toEqual([
      { content: '"We are ready to talk,"', cue: 'told', speaker: 'Kolar' },
    ]);
  });

  it('"We are ready to talk," Kolar wrote on X.', () => {
    expect(quotesIn('"We are ready to talk," Kolar wrote on X.')).toEqual([
      { content: '"We are ready to talk,"', cue: 'wrote', speaker: 'Kolar' },
    ]);
  });

  it('"We are ready to talk," the port authority said in a statement.', () => {
    expect(quotesIn('"We are ready to talk," the port authority said in a statement.')).toEqual([
      { content: '"We are ready to talk,"', cue: 'said', speaker: 'the port authority' },
    ]);
  });

  it('"We are ready to talk," Kolar posted on social media.', () => {
    expect(quotesIn('"We are ready to talk," Kolar posted on social media.')).toEqual([
      { content: '"We are ready to talk,"', cue: 'posted', speaker: 'Kolar' },
    ]);
  });

  it('The attack, he said, was "a clear act of terror."', () => {
    expect(quotesIn('The attack, he said, was "a clear act of terror."')).toEqual([
      { content: 'The attack, he said, was "a clear act of terror."', cue: 'said', speaker: 'he' },
    ]);
  });

  it('Prices will rise, the bank warned.', () => {
    expect(quotesIn('Prices will rise, the bank warned.')).toEqual([
      { content: 'Prices will rise', cue: 'warned', speaker: 'the bank' },
    ]);
  });

  it('The talks will resume in June, two people familiar with the matter sai', () => {
    expect(quotesIn('The talks will resume in June, two people familiar with the matter said.')).toEqual([
      { content: 'The talks will resume in June', cue: 'said', speaker: 'two people familiar with the matter' },
    ]);
  });

  it('The talks will resume in June, said Ana Kolar, a spokeswoman for the m', () => {
    expect(quotesIn('The talks will resume in June, said Ana Kolar, a spokeswoman for the ministry.')).toEqual([
      { content: 'The talks will resume in June', cue: 'said', speaker: 'Ana Kolar, a spokeswoman for the ministry' },
    ]);
  });

  it('It costs too much, he said.', () => {
    expect(quotesIn('It costs too much, he said.')).toEqual([
      { content: 'It costs too much', cue: 'said', speaker: 'he' },
    ]);
  });

  it('The firm, which employs 2,000 people, said it would close the plant.', () => {
    expect(quotesIn('The firm, which employs 2,000 people, said it would close the plant.')).toEqual([
      { content: 'it would close the plant', cue: 'said', speaker: 'The firm, which employs 2,000 people' },
    ]);
  });

  it('The rebels say they control the airport.', () => {
    expect(quotesIn('The rebels say they control the airport.')).toEqual([
      { content: 'they control the airport', cue: 'say', speaker: 'The rebels' },
    ]);
  });

  it('Drun told the court he was innocent.', () => {
    expect(quotesIn('Drun told the court he was innocent.')).toEqual([
      { content: 'he was innocent', cue: 'told', speaker: 'Drun' },
    ]);
  });

  it('Drun said: "We did nothing wrong."', () => {
    expect(quotesIn('Drun said: "We did nothing wrong."')).toEqual([
      { content: '"We did nothing wrong."', cue: 'said', speaker: 'Drun' },
    ]);
  });

  it('"It\'s over," he said. "We lost."', () => {
    expect(quotesIn('"It\'s over," he said. "We lost."')).toEqual([
      { content: '"It\'s over," he said. "We lost."', cue: 'said', speaker: 'he' },
    ]);
  });

  it('The minister will resign, the Brill Herald reported on Friday.', () => {
    expect(quotesIn('The minister will resign, the Brill Herald reported on Friday.')).toEqual([
      { content: 'The minister will resign', cue: 'reported', speaker: 'the Brill Herald' },
    ]);
  });
});

describe('a manner adjunct with "without"', () => {
  it('Kolar said the blast was caused by a drone, without providing evidence', () => {
    expect(quotesIn('Kolar said the blast was caused by a drone, without providing evidence.')).toEqual([
      { content: 'the blast was caused by a drone', cue: 'said', speaker: 'Kolar' },
    ]);
  });

  it('Kolar said without elaborating that the army had advanced.', () => {
    expect(quotesIn('Kolar said without elaborating that the army had advanced.')).toEqual([
      { content: 'the army had advanced', cue: 'said', speaker: 'Kolar' },
    ]);
  });

  it('Kolar said, without giving details, that the army had advanced.', () => {
    expect(quotesIn('Kolar said, without giving details, that the army had advanced.')).toEqual([
      { content: 'the army had advanced', cue: 'said', speaker: 'Kolar' },
    ]);
  });
});

describe('statements with listeners, channels and numbers', () => {
  it('The strikes will continue, Drun said, adding that the army had "no cho', () => {
    expect(quotesIn('The strikes will continue, Drun said, adding that the army had "no choice."')).toEqual([
      { content: 'The strikes will continue', cue: 'said', speaker: 'Drun' },
      { content: 'the army had "no choice."', cue: 'adding', speaker: 'Drun' },
    ]);
  });

  it('Voss told analysts on a conference call that demand was strong.', () => {
    expect(quotesIn('Voss told analysts on a conference call that demand was strong.')).toEqual([
      { content: 'demand was strong', cue: 'told', speaker: 'Voss' },
    ]);
  });

  it('"We condemn this attack," the statement read.', () => {
    expect(quotesIn('"We condemn this attack," the statement read.')).toEqual([
      { content: '"We condemn this attack,"', cue: 'read', speaker: 'the statement' },
    ]);
  });

  it('More than 200 people were killed, the health ministry said.', () => {
    expect(quotesIn('More than 200 people were killed, the health ministry said.')).toEqual([
      { content: 'More than 200 people were killed', cue: 'said', speaker: 'the health ministry' },
    ]);
  });

  it('Drun has said he did nothing wrong.', () => {
    expect(quotesIn('Drun has said he did nothing wrong.')).toEqual([
      { content: 'he did nothing wrong', cue: 'said', speaker: 'Drun' },
    ]);
  });

  it('The group said on Chatline that it had downed a helicopter.', () => {
    expect(quotesIn('The group said on Chatline that it had downed a helicopter.')).toEqual([
      { content: 'it had downed a helicopter', cue: 'said', speaker: 'The group' },
    ]);
  });

  it('Revenue fell 8%, the firm said in a filing.', () => {
    expect(quotesIn('Revenue fell 8%, the firm said in a filing.')).toEqual([
      { content: 'Revenue fell 8%', cue: 'said', speaker: 'the firm' },
    ]);
  });

  it('A spokeswoman for the ministry told Brill Radio by phone that the border w', () => {
    expect(quotesIn('A spokeswoman for the ministry told Brill Radio by phone that the border was closed.')).toEqual([
      { content: 'the border was closed', cue: 'told', speaker: 'A spokeswoman for the ministry' },
    ]);
  });

  it('The ministry says 80 percent of the city has no power.', () => {
    expect(quotesIn('The ministry says 80 percent of the city has no power.')).toEqual([
      { content: '80 percent of the city has no power', cue: 'says', speaker: 'The ministry' },
    ]);
  });
});

describe('an adjunct of the saying between commas after the speaker', () => {
  it('leaves a participle of speaking out of the speaker', () => {
    expect(quotesIn('Kolar, speaking in Brill, said the talks had failed.')).toEqual([
      { content: 'the talks had failed', cue: 'said', speaker: 'Kolar' },
    ]);
  });

  it('leaves the channel of a statement out of the speaker', () => {
    expect(quotesIn('The ministry, in a statement on Sunday, said the border would reopen.')).toEqual([
      { content: 'the border would reopen', cue: 'said', speaker: 'The ministry' },
    ]);
  });

  it('keeps an appositive that says who the speaker is', () => {
    expect(quotesIn('Mara Voss, the company’s chief executive, said demand was strong.')).toEqual([
      { content: 'demand was strong', cue: 'said', speaker: 'Mara Voss, the company’s chief executive' },
    ]);
  });

  it('keeps the members a group includes', () => {
    expect(quotesIn('Several officials, including Kolar, said the plan had failed.')).toEqual([
      { content: 'the plan had failed', cue: 'said', speaker: 'Several officials, including Kolar' },
    ]);
  });
});

describe('a tally of votes before "that"', () => {
  it('leaves the tally out of what was ruled', () => {
    expect(quotesIn('The court ruled 5-4 that the law could stand.')).toEqual([
      { content: 'the law could stand', cue: 'ruled', speaker: 'The court' },
    ]);
  });

  it('still reads a time phrase before "that" as before', () => {
    expect(quotesIn('The court ruled on Friday that the law could stand.')).toEqual([
      { content: 'the law could stand', cue: 'ruled', speaker: 'The court' },
    ]);
  });
});

describe('a tally or a manner adverb before the to-infinitive of an intention', () => {
  it('leaves a tally out of what was voted', () => {
    expect(quotesIn('The board voted 7-2 to close the ferry.')).toEqual([
      { content: 'to close the ferry', cue: 'voted', speaker: 'The board' },
    ]);
  });

  it('leaves a tally and a time after it out', () => {
    expect(quotesIn('The board voted 7-2 on Monday to close the ferry.')).toEqual([
      { content: 'to close the ferry', cue: 'voted', speaker: 'The board' },
    ]);
  });

  it('leaves a manner adverb out', () => {
    expect(quotesIn('The Senate voted unanimously to close the ferry.')).toEqual([
      { content: 'to close the ferry', cue: 'voted', speaker: 'The Senate' },
    ]);
  });

  it('reads no intention when "to" only names a sum after the tally', () => {
    expect(quotesIn('The board voted 7-2 to the mayor’s dismay.')).toEqual([]);
  });
});

describe('a sum of money before a noun that looks like a verb', () => {
  it('finds no speaker in "a $2 billion plan to ..."', () => {
    expect(quotesIn('A $2 billion plan to widen the canal was shelved.')).toEqual([]);
  });

  it('finds none after a possessive either', () => {
    expect(quotesIn('The harbor board’s $40 million plan to dredge the bay was shelved.')).toEqual([]);
  });

  it('still reads a poll share as a speaker', () => {
    expect(quotesIn('About 40 percent want to widen the canal.')).toEqual([
      { content: 'to widen the canal', cue: 'want', speaker: '40 percent' },
    ]);
  });
});

describe('a subject noun that ends in -ly like an adverb', () => {
  it('reads "The family" as the speaker', () => {
    expect(quotesIn('The family said the ferry had been late.')).toEqual([
      { content: 'the ferry had been late', cue: 'said', speaker: 'The family' },
    ]);
  });

  it('reads "The assembly" as the speaker', () => {
    expect(quotesIn('The assembly voted unanimously to close the ferry.')).toEqual([
      { content: 'to close the ferry', cue: 'voted', speaker: 'The assembly' },
    ]);
  });

  it('still passes over a manner adverb between speaker and verb', () => {
    expect(quotesIn('The council sharply said the ferry had been late.')).toEqual([
      { content: 'the ferry had been late', cue: 'said', speaker: 'The council' },
    ]);
  });
});

describe('a short clause whose noun subject has its verb straight after it', () => {
  it('reads a form in -s before its object as the verb', () => {
    expect(quotesIn('Drun argued the levy hurts farmers.')).toEqual([
      { content: 'the levy hurts farmers', cue: 'argued', speaker: 'Drun' },
    ]);
  });

  it('reads it after a name', () => {
    expect(quotesIn('Drun insisted Velmar holds the town.')).toEqual([
      { content: 'Velmar holds the town', cue: 'insisted', speaker: 'Drun' },
    ]);
  });

  it('reads an irregular past as the verb', () => {
    expect(quotesIn('Kolar claimed the army sank the boat.')).toEqual([
      { content: 'the army sank the boat', cue: 'claimed', speaker: 'Kolar' },
    ]);
  });

  it('keeps a compound noun before "and" as what was admitted', () => {
    expect(quotesIn('The board admitted the repair costs and closed two ferries.')).toEqual([
      { content: 'the repair costs', cue: 'admitted', speaker: 'The board' },
    ]);
  });
});

describe('a named outlet with "reports" before a clause', () => {
  it('reads "reports" after a determined name as the verb', () => {
    expect(quotesIn('The Brill Herald reports the toll has risen.')).toEqual([
      { content: 'the toll has risen', cue: 'reports', speaker: 'The Brill Herald' },
    ]);
  });

  it('reads it before a possessive subject', () => {
    expect(quotesIn('The Brill Herald reports Kolar’s harbour speech was cut short.')).toEqual([
      { content: 'Kolar’s harbour speech was cut short', cue: 'reports', speaker: 'The Brill Herald' },
    ]);
  });

  it('leaves a plural noun after a place name alone', () => {
    expect(quotesIn('The Orsk attacks killed 130 people.')).toEqual([]);
  });

  it('leaves a plural noun after a name that a preposition governs alone', () => {
    expect(quotesIn('After the Orsk attacks Kolar spoke to the press.')).toEqual([]);
  });
});

describe('an absolute "with" phrase whose subject has an appositive in commas', () => {
  it('reads a title with the name after it as the speaker', () => {
    expect(quotesIn('The talks broke up, with the deputy envoy, Ivo Brann, saying his side would not return.')).toEqual([
      { content: 'his side would not return', cue: 'saying', speaker: 'the deputy envoy, Ivo Brann' },
    ]);
  });

  it('reads a name with its title after it as the speaker', () => {
    expect(quotesIn('The talks broke up, with Brann, the deputy envoy, saying his side would not return.')).toEqual([
      { content: 'his side would not return', cue: 'saying', speaker: 'Brann, the deputy envoy' },
    ]);
  });

  it('leaves the subject of the clause to speak when no "with" opens the phrase', () => {
    expect(quotesIn('The envoy left the talks, the third time this year, saying his side would not return.')).toEqual([
      { content: 'his side would not return', cue: 'saying', speaker: 'The envoy' },
    ]);
  });
});

describe('a present verb in -s before an article or a possessive', () => {
  it('ends a headline subject before the verb', () => {
    expect(quotesIn('Judge halts town’s new toll, citing “plain” bias against farmers')).toEqual([
      { content: '“plain” bias against farmers', cue: 'citing', speaker: 'Judge' },
    ]);
    expect(quotesIn('Mayor vetoes the ferry budget, citing the deficit')).toEqual([
      { content: 'the deficit', cue: 'citing', speaker: 'Mayor' },
    ]);
  });

  it('keeps a plural noun before a time word in the subject', () => {
    expect(quotesIn('Growers this week said the toll was unfair.')).toEqual([
      { content: 'the toll was unfair', cue: 'said', speaker: 'Growers' },
    ]);
  });
});

describe('an event that is called, in the sense of convened', () => {
  it('reports nothing for "called a rally" or "called a news conference"', () => {
    expect(quotesIn('The union has called a rally outside the depot for Saturday.')).toEqual([]);
    expect(quotesIn('The mayor called a news conference on Monday.')).toEqual([]);
    expect(quotesIn('The premier called a snap vote for June.')).toEqual([]);
  });

  it('still reads an event named as something', () => {
    expect(quotesIn('The mayor called a meeting “a farce”.')).toEqual([
      { content: 'a meeting “a farce”', cue: 'called', speaker: 'The mayor' },
    ]);
  });
});

describe('a reaction drawn by the phrase a relative clause is on', () => {
  it('reports the phrase, not the sentence before it', () => {
    expect(quotesIn('Vale apologized on Friday for remarks about pensions that drew sharp criticism from both parties.')).toContainEqual({
      content: 'remarks about pensions',
      cue: 'drew sharp criticism from',
      speaker: 'both parties',
    });
  });

  it('still reports the subject of a main clause', () => {
    expect(quotesIn('The remarks drew sharp criticism from both parties.')).toEqual([
      { content: 'The remarks', cue: 'drew sharp criticism from', speaker: 'both parties' },
    ]);
  });
});

describe('a headline verb of intention after a subject without a determiner', () => {
  it('reads "votes to" and "plans to" as verbs', () => {
    expect(quotesIn('School board votes to close two schools')).toEqual([
      { content: 'to close two schools', cue: 'votes', speaker: 'School board' },
    ]);
    expect(quotesIn('Mayor plans to sell the ferry')).toEqual([{ content: 'to sell the ferry', cue: 'plans', speaker: 'Mayor' }]);
  });

  it('leaves "the votes to" a noun', () => {
    expect(quotesIn('Kell lacks the votes to win.')).toEqual([]);
  });
});
